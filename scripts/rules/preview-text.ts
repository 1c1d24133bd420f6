/**
 * A rule's text as a link preview shows it: `[[ID]]` references as plain IDs, whitespace collapsed, and cut
 * after the last whole sentence that fits (or the last whole word, with an ellipsis), never mid-word.
 * @param text - the rule's summary as written
 * @param max - longest result, in characters
 */
export function previewText(text: string, max = 300): string {
  const plain = text
    .replace(/\[\[([A-Z]{2,6}-\d{3})\]\]/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const head = plain.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 3) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return `${head.slice(0, wordEnd > 0 ? wordEnd : max - 1)}…`;
}
