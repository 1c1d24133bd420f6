import path from 'node:path';
import type { Finding } from '../findings.ts';
import { readHtmlPage, type PageLink } from './html-page.ts';
import { readBuiltPage } from './repeated-block.ts';
import { detached } from '../detached-text.ts';
import { filesOnDisk, type OutputFiles } from './output-files.ts';

/** Options of {@link checkLinks}. */
export interface CheckLinksOptions {
  /** Built site folder. */
  readonly outDir: string;
  /** Base path the site was built for (`/` or `/handbook/`). */
  readonly base: string;
  /** Maps a page's URL path (with base) to the source file it was built from, for messages. */
  readonly sourceOf?: (pagePath: string) => SourceHint | undefined;
  /** How the site's files are read. @default the files in `outDir` */
  readonly files?: OutputFiles;
}

/** Where a page came from, to point a broken link at the line an author wrote. */
export interface SourceHint {
  /** Path to show, relative to the content root. */
  readonly file: string;
  /** The source text, searched for the link. */
  readonly text: string;
}

/**
 * Checks every internal link, asset and `#anchor` of a built site: the target file must exist under the
 * base path and the anchor must exist in it. External URLs are not fetched (the build stays offline).
 * @returns one finding per broken link, pointing at the source line when the page came from Markdown
 */
export function checkLinks({ outDir, base, sourceOf, files = filesOnDisk(outDir) }: CheckLinksOptions): Finding[] {
  // A sidebar met before holds the same links (checked then) and no anchors: its tags are passed over.
  const sidebars = new Set<string>();
  const read = (file: string) => {
    const { html, skip } = readBuiltPage(files.read(file), sidebars);
    return readHtmlPage(html, skip);
  };
  // Only the anchors of pages are kept; their links are checked once, while the page is read. A page a link
  // points into before its turn is read for its anchors then, its sidebar passed over as well: read whole,
  // 3,000 permalink pages checked before the 1,000 guidelines they point into took 6.7 s instead of 1.1 s.
  const anchorsByFile = new Map<string, ReadonlySet<string>>();
  const anchorsOf = (file: string): ReadonlySet<string> => {
    let anchors = anchorsByFile.get(file);
    if (!anchors) {
      anchors = detachedSet(read(file).anchors);
      anchorsByFile.set(file, anchors);
    }
    return anchors;
  };
  const findings: Finding[] = [];
  // A diagram's link appears on its own page and on every page that embeds it: report its line once.
  const reported = new Set<string>();
  // A sidebar repeats the same few hundred links on every page: resolve each target once.
  const verdicts = new Map<string, string | undefined>();
  for (const file of files.htmlFiles()) {
    const pagePath =
      base +
      path
        .relative(outDir, file)
        .split(path.sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1');
    const page = read(file);
    anchorsByFile.set(file, detachedSet(page.anchors));
    for (const link of page.links) {
      const key = link.url.startsWith('/') ? link.url : `${pagePath}\u0000${link.url}`;
      let problem = verdicts.get(key);
      if (!verdicts.has(key)) {
        problem = checkLink(link, pagePath, { outDir, base, anchorsOf, files });
        verdicts.set(detached(key), problem);
      }
      if (problem === undefined) continue;
      const finding = toFinding(problem, link, path.relative(outDir, file), sourceOf?.(pagePath), base);
      const { location } = finding;
      const seen = `${location.file}:${location.line ?? 0}:${location.column ?? 0} ${finding.message}`;
      if (reported.has(seen)) continue;
      reported.add(seen);
      findings.push(finding);
    }
  }
  return findings;
}

function detachedSet(texts: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(Array.from(texts, detached));
}

interface LinkContext {
  readonly outDir: string;
  readonly base: string;
  readonly anchorsOf: (file: string) => ReadonlySet<string>;
  readonly files: OutputFiles;
}

function checkLink(link: PageLink, pagePath: string, context: LinkContext): string | undefined {
  const { outDir, base, anchorsOf, files } = context;
  const raw = link.url.trim();
  if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) return undefined;
  const url = new URL(raw, `http://site${pagePath}`);
  const target = decodeURIComponent(url.pathname);
  if (!target.startsWith(base)) return `points outside the site's base path ${base}`;
  const file = resolveFile(outDir, target.slice(base.length), files);
  if (file === undefined) return 'points to a page or file that does not exist';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) return undefined;
  if (fragment.startsWith(':~:')) return undefined;
  return anchorsOf(file).has(fragment) ? undefined : `points to #${fragment}, which that page does not have`;
}

function resolveFile(outDir: string, relative: string, files: OutputFiles): string | undefined {
  const candidate = path.join(outDir, relative);
  if (!candidate.startsWith(outDir)) return undefined;
  if (files.isFile(candidate)) return candidate;
  const index = path.join(candidate, 'index.html');
  return files.isFile(index) ? index : undefined;
}

function toFinding(
  problem: string,
  link: PageLink,
  htmlFile: string,
  source: SourceHint | undefined,
  base: string,
): Finding {
  const line = source ? findLine(source.text, link.url, base) : undefined;
  const origin = /^(.+):(\d+):(\d+)$/.exec(link.origin ?? '');
  const location = origin
    ? { file: origin[1] ?? '', line: Number(origin[2]), column: Number(origin[3]) }
    : source && line !== undefined
      ? { file: source.file, line, column: 1 }
      : { file: `dist/${htmlFile.split(path.sep).join('/')}`, line: link.line, column: link.column };
  const rule = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}rules/([^/#]+)/?`).exec(link.url)?.[1];
  return {
    code: 'LinkBroken',
    message: `${link.source} "${link.url}" ${problem}`,
    hint:
      rule !== undefined && problem.includes('does not exist')
        ? `no rule has the ID ${rule}: check it against the rule index (/rules/)`
        : 'fix the link: root-relative paths are written without the base path, e.g. /guidelines/logging/#log-002',
    location,
  };
}

/** Finds the source line holding a link as the author wrote it (without the base path). */
function findLine(text: string, url: string, base: string): number | undefined {
  const written = url.startsWith(base) ? `/${url.slice(base.length)}` : url;
  const candidates = [written, written.split('#')[0] ?? written, url];
  const lines = text.split('\n');
  for (const candidate of candidates) {
    if (candidate === '' || candidate === '/') continue;
    const index = lines.findIndex((line) => line.includes(`(${candidate}`) || line.includes(`"${candidate}"`));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
