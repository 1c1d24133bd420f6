/**
 * A copy of a string cut from a larger one. V8 keeps the whole text a substring was cut from alive as long
 * as the substring is: an anchor kept from each built page kept every page's HTML (3.9 GB at 3,000 pages),
 * a frontmatter block kept from each Markdown page would keep its whole source.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
