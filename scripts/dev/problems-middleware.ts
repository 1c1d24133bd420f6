import { defineMiddleware } from 'astro:middleware';
import { checkPageLinks, linkCheckParameter } from './page-links.ts';
import { problemBanner } from './problem-banner.ts';
import { currentProblems, devProblems } from './problems.ts';

/**
 * Dev-server middleware: while the handbook has problems, every HTML page opens with a banner listing them
 * (see problem-banner.ts). A docs page viewed in the browser has its links checked after it is served.
 * Registered by the archbook integration in dev only.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    // A page that cannot be compiled (its frontmatter broken, say) because of a listed problem in its file:
    // the banner says what to fix, where, instead of Astro's stack trace. Any other error is Astro's to show.
    const findings = currentProblems();
    if (!findings.some((finding) => mentions(error, finding.location.file))) throw error;
    // Vite's client reloads the page once the problem is fixed, as on every page Astro renders.
    const client = `<script type="module" src="${import.meta.env.BASE_URL}@vite/client"></script>`;
    return new Response(`<!doctype html><html><head>${client}</head><body>${problemBanner(findings)}</body></html>`, {
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const selfCheck = context.url.searchParams.has(linkCheckParameter);
  const sourceFile = docsSourceFile(context.locals);
  const findings = currentProblems();
  if ((findings.length === 0 && (selfCheck || sourceFile === undefined)) || response.status >= 300) return response;
  const html = await response.text();
  if (!selfCheck && sourceFile !== undefined) {
    const url = new URL(context.url);
    void checkPageLinks({ html, url, sourceFile })?.then(
      (links) => devProblems()?.report('links', links, url.pathname),
      () => undefined,
    );
  }
  const at = html.search(/<body[^>]*>/);
  const end = at === -1 || findings.length === 0 ? 0 : html.indexOf('>', at) + 1;
  const body = findings.length === 0 ? html : html.slice(0, end) + problemBanner(findings) + html.slice(end);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
});

/** The source file of a Starlight docs page; engine pages have none (Starlight's getter throws there). */
function docsSourceFile(locals: object): string | undefined {
  try {
    return (locals as { starlightRoute?: { entry?: { filePath?: string } } }).starlightRoute?.entry?.filePath;
  } catch {
    return undefined;
  }
}

/** Whether an error names a file (relative to the content root) in its message, location or stack. */
function mentions(error: unknown, file: string | undefined): boolean {
  if (file === undefined || !(error instanceof Error)) return false;
  const location = (error as { loc?: { file?: string } }).loc?.file ?? '';
  return [error.message, error.stack ?? '', location].some((text) => text.includes(file));
}
