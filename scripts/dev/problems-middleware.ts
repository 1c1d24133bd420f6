import { defineMiddleware } from 'astro:middleware';
import { problemBanner } from './problem-banner.ts';
import { currentProblems } from './problems.ts';

/**
 * Dev-server middleware: while the handbook has problems, every HTML page opens with a banner listing them
 * (see problem-banner.ts). Registered by the archbook integration in dev only.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const findings = currentProblems();
  if (findings.length === 0 || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  const at = html.search(/<body[^>]*>/);
  const end = at === -1 ? 0 : html.indexOf('>', at) + 1;
  const body = html.slice(0, end) + problemBanner(findings) + html.slice(end);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});
