import type { Scope, SourceDocument } from '../config/rule-origins-schema.ts';
import { suggestionHint } from '../suggest.ts';
import type { RuleSource } from './rule.ts';

/** The scopes and source documents a handbook declares in `archbook.config.ts`. */
export interface RuleCatalog {
  readonly scopes: readonly Scope[];
  readonly sources: readonly SourceDocument[];
}

/** What is wrong with a `scope` or `source` value, to be reported where it was written. */
export interface OriginProblem {
  readonly code: string;
  readonly message: string;
  readonly hint: string;
}

/** A value that was understood, or the problem with it. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: OriginProblem };

/** The value `source=house`: a rule the team adds itself, found in none of the source documents. */
export const houseSource = 'house';

/**
 * Looks a scope ID up in the catalog.
 * @param value - what a `scope=` attribute or a `scope:` frontmatter field says
 */
export function parseScope(value: string, catalog: RuleCatalog): Parsed<Scope> {
  const id = value.trim();
  const scope = catalog.scopes.find((entry) => entry.id === id);
  if (scope) return { ok: true, value: scope };
  const known = catalog.scopes.map((entry) => entry.id);
  return {
    ok: false,
    problem: {
      code: 'ScopeUnknown',
      message: `scope "${id}" is not declared`,
      hint: suggestionHint(id, known, 'the scopes in archbook.config.ts `scopes`'),
    },
  };
}

/**
 * Reads a source: `house`, `<document>` or `<document>#<section heading>`.
 * @param value - what a `source=` attribute or a `source:` frontmatter field says
 */
export function parseSource(value: string, catalog: RuleCatalog): Parsed<RuleSource> {
  const trimmed = value.trim();
  if (trimmed === houseSource) return { ok: true, value: { kind: 'house' } };
  const hash = trimmed.indexOf('#');
  const id = (hash === -1 ? trimmed : trimmed.slice(0, hash)).trim();
  const section = hash === -1 ? undefined : trimmed.slice(hash + 1).trim();
  const problem = (code: string, message: string, hint: string): Parsed<RuleSource> => ({
    ok: false,
    problem: { code, message, hint },
  });
  if (id === '') {
    return problem('SourceDocumentMissing', `source "${trimmed}" names no document`, sourceForm);
  }
  if (section === '') {
    return problem('SourceSectionEmpty', `source "${trimmed}" has an empty section after #`, sourceForm);
  }
  const document = catalog.sources.find((entry) => entry.id === id);
  if (document) return { ok: true, value: { kind: 'document', document: id, title: document.title, section } };
  const known = catalog.sources.map((entry) => entry.id);
  return problem(
    'SourceDocumentUnknown',
    `source document "${id}" is not declared`,
    id === houseSource ? 'write source=house alone, without a section' : suggestionHint(id, known, sourcesWhat),
  );
}

const sourcesWhat = 'the documents in archbook.config.ts `sources`';
const sourceForm = 'write source="<document>#<section heading>", or source=house for a rule of the team\'s own';
