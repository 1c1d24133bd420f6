import { formatLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character] ?? character);
}

/**
 * The banner the dev server puts at the top of every page while the handbook has problems: one line per
 * finding, `file:line:col`, message, hint and check name, as the terminal prints it. It goes away on the
 * reload that follows the fix.
 */
export function problemBanner(findings: readonly Finding[]): string {
  const items = findings.map(
    (finding) =>
      `<li><code>${escape(formatLocation(finding.location))}</code> ${escape(finding.message)}` +
      ` <em>${escape(finding.hint)}</em> <small>[${escape(finding.code)}]</small></li>`,
  );
  const count = findings.length === 1 ? '1 problem' : `${findings.length} problems`;
  return (
    `<aside id="archbook-problems" role="alert" style="position:sticky;top:0;z-index:1000;margin:0;` +
    `padding:.75rem 1rem;background:#fff4e5;color:#5f2100;border-bottom:3px solid #d9480f;font:14px/1.5 ` +
    `system-ui,sans-serif"><strong>archbook: ${count} to fix</strong>` +
    `<ul style="margin:.25rem 0 0;padding-left:1.25rem">${items.join('')}</ul></aside>`
  );
}
