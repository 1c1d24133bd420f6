import { z } from 'zod';

/** How API descriptions are sorted into the team's own and third-party ones, and where their links go. */
export const ApiSchema = z
  .object({
    /**
     * Sub-folder of the specs folder that holds third-party API descriptions (the APIs the team calls).
     * Its top-level files are specs, its own sub-folders their fragments. They are rendered like the
     * team's own specs and validated as OpenAPI, but the house rules are only counted, not enforced.
     * @default 'external'
     */
    externalDir: z
      .string()
      .regex(/^[^/\\.][^/\\]*$/, 'Use the name of a folder directly inside the specs folder, e.g. "external".')
      .default('external'),
    /**
     * Documentation origin per spec, by its URL name (`/api/<name>/`): where relative and root-relative
     * links in that spec's descriptions point. Without an entry, a third-party spec's links resolve against
     * `externalDocs.url`, else the origin of its first server.
     * @example { 'api-github-com': 'https://docs.github.com/' }
     * @default {}
     */
    docsUrl: z.record(z.string().min(1), z.url({ protocol: /^https?$/ })).default({}),
  })
  .strict()
  .default({ externalDir: 'external', docsUrl: {} });

/** The `api` section after validation. */
export type ApiConfig = z.output<typeof ApiSchema>;
