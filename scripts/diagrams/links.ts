import type { SourceLocation } from '../errors.ts';

/** A link into the handbook written in a diagram, and where it was written. */
export interface DiagramLink {
  /** Root-relative path as written, without the base: `/rules/ADP-001/`, `/guidelines/adapters/#ports`. */
  readonly target: string;
  readonly location: SourceLocation;
}

/** `[[…]]`: PlantUML's link on elements, arrows, notes and `url of X is [[…]]`. */
export const linkPattern = /\[\[([^\]]*)\]\]/g;
const rulePath = /^\/rules\/([A-Z]{2,6}-[0-9]{3})\/?(?:#.*)?$/;
const ruleIdLike = /^[A-Z]{2,6}-[0-9]{3}$/;

/** The target of a link's inside (`{tooltip} url label` → `url`). Pure. */
export function linkTarget(inner: string): string {
  return (
    inner
      .trim()
      .replace(/^\{[^}]*\}\s*/, '')
      .split(/[\s{]/)[0] ?? ''
  );
}

/** What a diagram may link to: a root-relative handbook path, or an `https:` address. Pure. */
export function linkKind(target: string): 'handbook' | 'https' | 'other' {
  if (target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')) return 'handbook';
  return /^https:\/\/[^\s]/i.test(target) ? 'https' : 'other';
}

/**
 * Why a link target without a scheme cannot stay, or undefined when it is not a link at all (`[[1, 2]]` in
 * data) or a handbook path. A relative path would resolve differently on the diagram's page and on each page
 * that embeds it, so only root-relative ones are allowed. Pure.
 */
export function relativeLinkProblem(target: string): string | undefined {
  if (ruleIdLike.test(target)) return `[[${target}]] is not a link to the rule; write [[/rules/${target}/ ${target}]]`;
  if (linkKind(target) !== 'other' || !/^[#.]|\//.test(target)) return undefined;
  return `the relative link ${target} would point elsewhere on every page that shows the diagram`;
}

/**
 * The handbook links of a diagram's lines (as sent to PlantUML, with where each came from); whole-line
 * comments are skipped. Pure.
 */
export function collectLinks(lines: readonly string[], origins: readonly SourceLocation[]): DiagramLink[] {
  const links: DiagramLink[] = [];
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith("'")) return;
    for (const match of line.matchAll(linkPattern)) {
      const target = linkTarget(match[1] ?? '');
      const origin = origins[index];
      if (linkKind(target) === 'handbook' && origin)
        links.push({ target, location: { ...origin, column: match.index + 1 } });
    }
  });
  return links;
}

/** The rule ID a handbook path names as its permalink (`/rules/ADP-001/`, `#…` allowed), if any. Pure. */
export function ruleLinkId(target: string): string | undefined {
  return rulePath.exec(target)?.[1];
}

/** The rule IDs a diagram links to (`/rules/ADP-001/`), once each, in order. Pure. */
export function linkedRules(links: readonly DiagramLink[]): string[] {
  const ids = links.map((link) => ruleLinkId(link.target)).filter((id) => id !== undefined);
  return [...new Set(ids)];
}
