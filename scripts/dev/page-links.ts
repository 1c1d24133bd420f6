import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.ts';
import { readHtmlPage } from '../links/html-page.ts';
import { contentRoot, relativeToRoot } from '../paths.ts';
import { astroRoot } from '../astro-root.ts';

/**
 * Query parameter marking the dev server's own requests for link targets, which are not checked in turn
 * (a parameter, not a header: reading request headers makes Astro warn on every prerendered page).
 */
export const linkCheckParameter = 'archbook-link-check';

/** What {@link checkPageLinks} checks. */
export interface PageLinksInput {
  /** The page as served. */
  readonly html: string;
  /** Its URL on the dev server. */
  readonly url: URL;
  /** Its source file, relative to Astro's root (Starlight's `entry.filePath`; see scripts/astro-root.ts). */
  readonly sourceFile: string;
}

/**
 * The dev server's link check of one page, run after the page is served: every internal link written in
 * the page's content (inside `<main>`, so not the generated sidebar) is requested from the dev server
 * itself, and its `#anchor` looked for in the answer, as the build's link check does on the output.
 * @returns one finding per broken link, at the line of the source file that holds it; undefined (nothing
 *   checked) while another page's check runs
 */
export function checkPageLinks(input: PageLinksInput): Promise<Finding[]> | undefined {
  // One check at a time: the pages it requests must not start checks of their own. A page served again
  // unchanged (a reload, a poll) is not checked again; a page that links to one that just changed may keep
  // a stale verdict until it changes itself, as in an editor's link check.
  const key = `${input.url.pathname}\0${input.html.length}\0${mainOf(input.html)}`;
  if (checking || checked.get(input.url.pathname) === key) return undefined;
  checking = true;
  return checkLinksOf(input)
    .then((findings) => {
      checked.set(input.url.pathname, key);
      return findings;
    })
    .finally(() => (checking = false));
}

let checking = false;
const checked = new Map<string, string>();
// Links of other pages found sound, by page: an edit that leaves a link as it was does not request its
// target again (each request renders a page, the rule index runs to megabytes, and those renders slowed the
// author's next save by half: 0.38 s per edit without the check, 0.43 to 0.97 s with it, measured). A link
// found broken is always looked at again, so creating the missing page clears the finding.
const soundLinks = new Map<string, Set<string>>();

function mainOf(html: string): string {
  const start = html.indexOf('<main');
  return start === -1 ? '' : html.slice(start, html.indexOf('</main>', start));
}

async function checkLinksOf({ html, url, sourceFile }: PageLinksInput): Promise<Finding[]> {
  const main = mainOf(html);
  const file = path.resolve(astroRoot, sourceFile);
  const source = readFileSync(file, 'utf8');
  const pageAnchors = readHtmlPage(html).anchors;
  const findings: Finding[] = [];
  const sound = soundLinks.get(url.pathname) ?? new Set<string>();
  const nowSound = new Set<string>();
  for (const link of readHtmlPage(main).links) {
    if (link.source !== 'a[href]' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.url)) continue;
    const target = new URL(link.url, url);
    const problem =
      target.pathname === url.pathname
        ? missingAnchor(target, pageAnchors)
        : sound.has(target.href)
          ? undefined
          : await fetchProblem(target).catch(() => undefined);
    if (problem === undefined) {
      if (target.pathname !== url.pathname) nowSound.add(target.href);
      continue;
    }
    const line = source.split('\n').findIndex((text) => text.includes(link.url.split('#')[0] || link.url)) + 1;
    findings.push({
      code: 'LinkBroken',
      message: `a[href] "${link.url}" ${problem}`,
      hint: 'fix the link: root-relative paths are written without the base path, e.g. /guidelines/logging/#log-002',
      location: { file: relativeToRoot(contentRoot, file), line: line === 0 ? undefined : line, column: 1 },
    });
  }
  soundLinks.set(url.pathname, nowSound);
  return findings;
}

async function fetchProblem(target: URL): Promise<string | undefined> {
  const request = new URL(target);
  request.searchParams.set(linkCheckParameter, '1');
  const response = await fetch(request);
  if (response.status === 404) return 'points to a page or file that does not exist';
  if (target.hash === '' || !(response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
  return missingAnchor(target, readHtmlPage(await response.text()).anchors);
}

function missingAnchor(target: URL, anchors: ReadonlySet<string>): string | undefined {
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (fragment === '' || fragment === 'top' || anchors.has(fragment)) return undefined;
  return `points to #${fragment}, which that page does not have`;
}
