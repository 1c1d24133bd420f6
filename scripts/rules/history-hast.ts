import type { Element, ElementContent, Properties } from 'hast';
import type { HistoryEvent } from './history.ts';

/** Options of the history renderers. */
export interface HistoryHastOptions {
  /** URL of another rule's permalink (for "merged into"). */
  ruleLink(id: string): string;
}

/**
 * A rule's history as an ordered list, oldest first: the date, a one-line summary, and for a statement
 * change the text before and after. One renderer for the rule's section, its permalink and the change page.
 */
export function historyList(events: readonly HistoryEvent[], options: HistoryHastOptions): Element {
  return el(
    'ol',
    { className: ['ab-history'] },
    events.map((event) => historyItem(event, options)),
  );
}

/**
 * The collapsed "History" disclosure closing a rule's section. Search skips it, so a rule is not found by
 * words it no longer says.
 */
export function historyDisclosure(events: readonly HistoryEvent[], options: HistoryHastOptions): Element {
  const last = events.at(-1);
  const hint =
    last === undefined ? '' : last.kind === 'introduced' ? `introduced ${last.date}` : `last changed ${last.date}`;
  return el('details', { className: ['ab-rule-history'], dataPagefindIgnore: true }, [
    el('summary', {}, [
      text('History'),
      ...(hint ? [text(' '), el('span', { className: ['ab-rule-history__hint'] }, [text(hint)])] : []),
    ]),
    historyList(events, options),
  ]);
}

/** One event: `<li>` with its date, summary and, for a statement change, the old and new text. */
export function historyItem(event: HistoryEvent, options: HistoryHastOptions): Element {
  const values = event.changes
    .filter((change) => change.field === 'statement')
    .flatMap((change) => [
      el('dt', {}, [text('Before')]),
      el('dd', {}, [text(change.from ?? '(none)')]),
      el('dt', {}, [text('After')]),
      el('dd', {}, [text(change.to ?? '(none)')]),
    ]);
  return el('li', { className: ['ab-history__event'], dataKinds: event.kinds.join(' ') }, [
    el('time', { dateTime: event.date }, [text(event.date)]),
    text(' '),
    el('span', { className: ['ab-history__summary'] }, summaryContent(event, options)),
    ...(values.length > 0 ? [el('dl', { className: ['ab-history__values'] }, values)] : []),
  ]);
}

function summaryContent(event: HistoryEvent, options: HistoryHastOptions): ElementContent[] {
  const lead = event.into === null ? '' : `Merged into ${event.into}`;
  if (lead === '' || !event.summary.startsWith(lead)) return [text(event.summary)];
  const into = event.into ?? '';
  const link = el('a', { href: options.ruleLink(into) }, [text(into)]);
  const rest = event.summary.slice(lead.length);
  return [text('Merged into '), link, ...(rest ? [text(rest)] : [])];
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
