import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { specs } from 'virtual:archbook/openapi';
import { addSchemaGroups } from './sidebar.ts';

/** Starlight route middleware: adds each spec's schema pages to its sidebar group, after starlight-openapi. */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = addSchemaGroups(route.sidebar, specs, context.url.pathname);
});
