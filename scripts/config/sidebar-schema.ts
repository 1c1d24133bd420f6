import { z } from 'zod';

/** Label, place and state of one sidebar group, overriding what the content says. */
export const SidebarGroupSchema = z
  .object({
    /** Group label; by default the section index's `section.label`, else the folder name, capitalised. */
    label: z.string().min(1).optional(),
    /** Place among the groups, smallest first; by default the index's `section.order`, else 100. */
    order: z.number().optional(),
    /** Start the group folded; by default the index's `section.collapsed`, else `false`. */
    collapsed: z.boolean().optional(),
  })
  .strict();

/**
 * The sidebar. Every folder directly under `site/content/docs` is a group; the pages at its top form the
 * group `.`; the engine adds `rules`, `diagrams`, `api` and `reference` when they have content.
 */
export const SidebarSchema = z
  .object({
    /**
     * Overrides per group, keyed by folder name, `.`, or a generated group's key.
     * @default {}
     * @example { handbook: { label: 'Using the handbook', collapsed: true }, rules: { order: 15 } }
     */
    groups: z.record(z.string().min(1), SidebarGroupSchema).default({}),
    /**
     * The groups to show, in this order. Left out: every group, sorted by `order`. When set, a page in a
     * folder not listed fails the build unless its frontmatter says `unlisted: true`.
     */
    order: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .default({ groups: {} });

/** A sidebar group's overrides as configured. */
export type SidebarGroupOverride = z.output<typeof SidebarGroupSchema>;
/** The sidebar settings after validation. */
export type SidebarSettings = z.output<typeof SidebarSchema>;
