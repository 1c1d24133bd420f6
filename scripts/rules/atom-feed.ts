import type { ChangeLogDay, ChangeLogEntry } from './change-log.ts';

/** What the Atom feed of rule changes is made from. */
export interface AtomFeedInput {
  /** Feed title, e.g. `Acme handbook: rule changes`. */
  readonly title: string;
  /** Who publishes it (the handbook's title): Atom requires an author. */
  readonly author: string;
  /** URL of the feed itself and of the change page: absolute when the site's URL is known. */
  readonly feedUrl: string;
  readonly pageUrl: string;
  /** URL of a rule's permalink page. */
  permalink(id: string): string;
  /** Whether the URLs are absolute; entry IDs are then built from them, else from a URN. */
  readonly absolute: boolean;
  readonly days: readonly ChangeLogDay[];
}

/**
 * The rule changes as an Atom 1.0 feed (RFC 4287), newest first, one entry per change, each linking the
 * rule's permalink. Dates are days: entries are stamped at midnight UTC.
 */
export function atomFeed(input: AtomFeedInput): string {
  const entries = input.days.flatMap((day) => day.entries);
  const updated = stamp(input.days[0]?.date ?? '1970-01-01');
  const feedId = input.absolute ? input.feedUrl : 'urn:archbook:rule-changes';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(input.title)}</title>`,
    `  <id>${escapeXml(feedId)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.pageUrl)}"/>`,
    ...entries.map((entry) => atomEntry(entry, input)),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

function atomEntry(entry: ChangeLogEntry, input: AtomFeedInput): string {
  const { id, statement, event, position } = entry;
  const link = input.permalink(id);
  const entryId = input.absolute ? `${link}#history-${position}` : `urn:archbook:rule:${id}:history-${position}`;
  const details = event.changes
    .filter((change) => change.field === 'statement')
    .map((change) => `Before: ${change.from ?? '(none)'}\nAfter: ${change.to ?? '(none)'}`);
  return [
    '  <entry>',
    `    <title>${escapeXml(`${id}: ${event.summary}`)}</title>`,
    `    <id>${escapeXml(entryId)}</id>`,
    `    <updated>${stamp(event.date)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
    ...event.kinds.map((kind) => `    <category term="${kind}"/>`),
    `    <summary type="text">${escapeXml([`${id}: ${statement}`, event.summary, ...details].join('\n'))}</summary>`,
    '  </entry>',
  ].join('\n');
}

function stamp(date: string): string {
  return `${date}T00:00:00Z`;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
