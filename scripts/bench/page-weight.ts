import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readHtmlPage } from '../links/html-page.ts';

/** Transfer size of one page: HTML, CSS and JS it loads up front, gzip-compressed. */
export interface PageWeight {
  readonly htmlBytes: number;
  readonly cssBytes: number;
  readonly jsBytes: number;
  readonly totalBytes: number;
}

/**
 * Weighs a built page as a first visit loads it: the HTML, its stylesheets, its scripts and their static
 * imports. Search (Pagefind), loaded only when the search dialog opens, is left out.
 */
export function weighPage(outDir: string, base: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile);
  const seen = new Set<string>();
  let cssBytes = 0;
  let jsBytes = 0;
  const resolveAsset = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:|^\/\//i.test(url) || url.includes('pagefind')) return undefined;
    const pathname = url.startsWith('/')
      ? url.slice(base.length)
      : path.relative(outDir, path.resolve(path.dirname(from), url));
    const file = path.join(outDir, pathname.split('?')[0] ?? pathname);
    return existsSync(file) ? file : undefined;
  };
  const addScript = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file);
    jsBytes += gzipSync(source).length;
    for (const match of source
      .toString('utf8')
      .matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const imported = resolveAsset(match[1] ?? '', file);
      if (imported) addScript(imported);
    }
  };
  for (const link of readHtmlPage(html.toString('utf8')).links) {
    const file = resolveAsset(link.url, htmlFile);
    if (!file || seen.has(file)) continue;
    if (link.source === 'link[href]' && file.endsWith('.css')) {
      seen.add(file);
      cssBytes += gzipSync(readFileSync(file)).length;
    } else if (link.source === 'script[src]') {
      addScript(file);
    }
  }
  for (const match of html.toString('utf8').matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const imported of (match[1] ?? '').matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const file = resolveAsset(imported[1] ?? '', htmlFile);
      if (file) addScript(file);
    }
  }
  const htmlBytes = gzipSync(html).length;
  return { htmlBytes, cssBytes, jsBytes, totalBytes: htmlBytes + cssBytes + jsBytes };
}
