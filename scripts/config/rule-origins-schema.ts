import { z } from 'zod';

/** Shape of a scope or source-document ID: lower-case words joined by dashes. */
const originIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const originId = z
  .string()
  .regex(originIdPattern, 'Use lower-case words joined by dashes, e.g. "cordio" or "ddd-readme".');

/** One kind of service a rule can apply to. */
export const ScopeSchema = z
  .object({
    /** What rules and frontmatter write: `scope=cordio`. */
    id: originId,
    /** Short name shown on the rule block and in the rule index, e.g. `CorDio services`. */
    label: z.string().min(1),
    /** One line saying which services the scope covers; shown as the scope's description. */
    covers: z.string().min(1),
    /**
     * True for the scope whose rules bind every service (e.g. `all`): the tool kit and check coverage of
     * every other scope include its rules. At most one scope is universal.
     * @default false
     */
    universal: z.boolean().default(false),
  })
  .strict();

/** One document the team's rules come from. */
export const SourceDocumentSchema = z
  .object({
    /** What rules and frontmatter write: `source="design-requirements#Logging"`. */
    id: originId.refine((id) => id !== 'house', '"house" is reserved for rules the team adds itself.'),
    /** The document's title, shown as "Source: <title> › <section>". */
    title: z.string().min(1),
  })
  .strict();

/** Rejects a list in which two entries share an ID, naming the second one's index. */
function uniqueIds(entries: readonly { id: string }[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      context.addIssue({ code: 'custom', message: `"${entry.id}" is declared twice`, path: [index, 'id'] });
    }
    seen.add(entry.id);
  });
}

/**
 * The scopes the team's rules are written for. Every rule needs one: from its `scope=` attribute, its
 * page's frontmatter `scope:` or its section index page's.
 * @default []
 */
export const ScopesSchema = z
  .array(ScopeSchema)
  .superRefine(uniqueIds)
  .superRefine((scopes, context) => {
    const universal = scopes.flatMap((scope, index) => (scope.universal ? [index] : []));
    for (const index of universal.slice(1)) {
      context.addIssue({ code: 'custom', message: 'only one scope can be universal', path: [index, 'universal'] });
    }
  })
  .default([]);

/**
 * The documents the team's rules come from. Every rule names one with `source="<id>#<section>"`, or says
 * `source=house` for a rule the team adds itself.
 * @default []
 */
export const SourcesSchema = z.array(SourceDocumentSchema).superRefine(uniqueIds).default([]);

/** A declared scope, after validation. */
export type Scope = z.output<typeof ScopeSchema>;
/** A declared source document, after validation. */
export type SourceDocument = z.output<typeof SourceDocumentSchema>;
