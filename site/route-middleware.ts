import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight route middleware: a page titled like the site (the home page) gets the site title once in its
 * `<title>`, not "Handbook | Handbook".
 */
export const onRequest = defineRouteMiddleware((context) => {
  for (const entry of context.locals.starlightRoute.head) {
    if (entry.tag !== 'title' || typeof entry.content !== 'string') continue;
    const doubled = /^(.+) \S+ \1$/.exec(entry.content);
    if (doubled?.[1] !== undefined) entry.content = doubled[1];
  }
});
