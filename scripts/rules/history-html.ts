import { toHtml } from 'hast-util-to-html';
import type { HistoryEvent } from './history.ts';
import { historyItem, historyList } from './history-hast.ts';

/**
 * A rule's history as an HTML list, for the engine's pages (the permalink page, the change page).
 * @param base - the site's base path: links to other rules are written with it
 */
export function historyListHtml(events: readonly HistoryEvent[], base: string): string {
  return toHtml(historyList(events, { ruleLink: (id) => `${base}rules/${id}/` }));
}

/** One history event as an HTML `<li>`, for lists that mix rules (the change page). */
export function historyItemHtml(event: HistoryEvent, base: string): string {
  return toHtml(historyItem(event, { ruleLink: (id) => `${base}rules/${id}/` }));
}
