import { escapeHtml } from '../diagrams/figure.ts';
import { historyListHtml } from './history-html.ts';
import type { PermalinkPage } from './permalink-pages.ts';

/** What the permalink page needs of the site. */
export interface PermalinkSite {
  readonly title: string;
  /** The base path, starting and ending with `/`. */
  readonly base: string;
  /** The public address (SITE_URL), for canonical and Open Graph URLs; none when unknown. */
  readonly site: string | undefined;
}

const style = [
  'body { font: 1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #17181c; background: #fff; }',
  'a { color: #1a4fd6; }',
  '.notice { border-left: 4px solid #b25e00; padding: 0.25rem 0.75rem; background: #fff6e8; }',
  '.ab-history { padding-left: 1.25rem; }',
  '.ab-history__event { margin-bottom: 0.75rem; }',
  '.ab-history time { font-variant-numeric: tabular-nums; color: #4a4d57; }',
  '.ab-history__values { margin: 0.25rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.75rem; }',
  '.ab-history__values dt { font-weight: 600; }',
  '.ab-history__values dd { margin: 0; }',
].join('\n');

/**
 * A rule's permalink page as a whole HTML document. A rule that never changed gets a tiny page that sends
 * the browser to the rule's section (meta refresh, so it works without JavaScript) and carries the rule's
 * text for link previews in chat and review tools. A rule that changed, or was retired, keeps its reader:
 * the page shows what it says now and what it said before, so a link pasted into a review months ago tells
 * whether the rule moved since. Pure.
 */
export function permalinkHtml(page: PermalinkPage, { title: siteTitle, base, site }: PermalinkSite): string {
  const e = escapeHtml;
  const canonical = site === undefined ? undefined : new URL(page.target, site).href;
  const lastChange = page.history.findLast((event) => event.kind !== 'introduced');
  const verb =
    lastChange?.kind === 'retired'
      ? 'was retired'
      : lastChange?.kind === 'merged'
        ? `was merged into ${lastChange.into}`
        : 'changed';
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(page.title)} | ${e(siteTitle)}</title>`,
    `<link rel="icon" href="${e(base)}favicon.svg" type="image/svg+xml">`,
    `<meta name="description" content="${e(page.description)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:site_name" content="${e(siteTitle)}">`,
    `<meta property="og:title" content="${e(page.title)}">`,
    `<meta property="og:description" content="${e(page.description)}">`,
    canonical === undefined ? '' : `<meta property="og:url" content="${e(canonical)}">`,
    canonical === undefined ? '' : `<link rel="canonical" href="${e(canonical)}">`,
    '<meta name="twitter:card" content="summary">',
    '<meta name="robots" content="noindex, follow">',
    page.redirect ? `<meta http-equiv="refresh" content="0; url=${e(page.target)}">` : '',
    `<style>${style}</style>`,
    '</head><body><main>',
    `<p><a href="${e(base)}">${e(siteTitle)}</a> › <a href="${e(base)}rules/">Rules</a> › <a href="${e(base)}rules/changes/">Changes</a></p>`,
    `<h1>${e(page.title)}</h1>`,
    `<p>${e(page.lead)}</p>`,
    `<p>${e(page.description)}</p>`,
    lastChange === undefined
      ? ''
      : `<p class="notice">This rule ${e(verb)} on ${e(lastChange.date)}. Its history below shows what it said before.</p>`,
    `<p><a href="${e(page.target)}">${e(page.linkLabel)}</a></p>`,
    page.history.length === 0
      ? ''
      : `<section aria-labelledby="history"><h2 id="history">History</h2>${historyListHtml(page.history, base)}</section>`,
    '</main></body></html>\n',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
