import { z } from 'zod';
import { ScopesSchema, SourcesSchema } from './rule-origins-schema.ts';
import { ApiSchema } from './api.ts';
import { SidebarSchema } from './sidebar-schema.ts';

/**
 * Where the handbook's source repository lives, for "Edit page" links and TypeDoc's "Defined in". Left
 * out, archbook takes it from CI (GitHub Actions, GitLab CI) or shows no such links.
 */
export const RepositorySchema = z
  .object({
    /**
     * Web URL of the repository, without a trailing slash.
     * @example 'https://github.com/acme/handbook'
     */
    url: z.url({ protocol: /^https?$/ }),
    /**
     * Branch that edit links point at.
     * @default 'main'
     */
    branch: z.string().min(1).default('main'),
    /**
     * URL pattern of the forge's edit view, relative to `url`.
     * `{branch}` is replaced; GitLab uses `/-/edit/{branch}/`.
     * @default '/edit/{branch}/'
     */
    editPath: z.string().startsWith('/').default('/edit/{branch}/'),
  })
  .strict();

/** Folders that hold the team's content, relative to the project root. */
export const ContentSchema = z
  .object({
    /** @default 'diagrams' */
    diagrams: z.string().min(1).default('diagrams'),
    /** @default 'specs' */
    specs: z.string().min(1).default('specs'),
  })
  .strict()
  .default({ diagrams: 'diagrams', specs: 'specs' });

/** Stable rule identifiers: the lock file and the list of retired IDs. */
export const RulesSchema = z
  .object({
    /**
     * JSON file that records every rule ID ever published; committed.
     * @default 'rules/rules.lock.json'
     */
    lockFile: z.string().min(1).default('rules/rules.lock.json'),
    /**
     * YAML file listing retired IDs and what replaced them.
     * @default 'rules/retired.yaml'
     */
    retiredFile: z.string().min(1).default('rules/retired.yaml'),
  })
  .strict()
  .default({ lockFile: 'rules/rules.lock.json', retiredFile: 'rules/retired.yaml' });

/** How PlantUML diagrams are rendered. */
export const DiagramsSchema = z
  .object({
    /**
     * `local` runs the bundled PlantUML jar on Java; `remote` asks a PlantUML or Kroki server.
     * @default 'local'
     */
    renderer: z.enum(['local', 'remote']).default('local'),
    /**
     * Server for the `remote` renderer, e.g. `http://localhost:8080/plantuml` or `http://localhost:8000` (Kroki).
     * Also used for "open in editor" links when set.
     */
    server: z.url().optional(),
    /**
     * What `server` is: a PlantUML server (`/svg/<encoded>`) or Kroki (`/plantuml/svg/<encoded>`).
     * @default 'plantuml'
     */
    serverKind: z.enum(['plantuml', 'kroki']).default('plantuml'),
    /**
     * Renders in flight at once on a remote server. The local JVM answers its pipe one diagram at a time
     * (about 10 ms each once warm), so this does not start more JVMs.
     * @default 2
     */
    threads: z.int().min(1).max(64).default(2),
    /**
     * Longest a single diagram may take, in milliseconds.
     * @default 30000
     */
    timeoutMs: z.int().min(1000).max(600_000).default(30_000),
    /**
     * Base URL of the online editor that "open in editor" links point to.
     * @default 'https://editor.plantuml.com/uml/'
     */
    editorUrl: z.url().default('https://editor.plantuml.com/uml/'),
  })
  .strict()
  .default({
    renderer: 'local',
    serverKind: 'plantuml',
    threads: 2,
    timeoutMs: 30_000,
    editorUrl: 'https://editor.plantuml.com/uml/',
  });

/** TypeDoc code reference. */
export const ReferenceSchema = z
  .object({
    /**
     * Entry points TypeDoc documents, relative to the project root. Empty (the default): no code reference.
     * @default []
     */
    entryPoints: z.array(z.string().min(1)).default([]),
    /**
     * tsconfig TypeDoc compiles with.
     * @default 'tsconfig.json'
     */
    tsconfig: z.string().min(1).default('tsconfig.json'),
    /**
     * Sidebar label of the reference group.
     * @default 'Code reference'
     */
    label: z.string().min(1).default('Code reference'),
  })
  .strict()
  .default({ entryPoints: [], tsconfig: 'tsconfig.json', label: 'Code reference' });

/** The whole team-specific configuration of a handbook: `archbook.config.ts`. */
export const ArchbookConfigSchema = z
  .object({
    /** Site title shown in the header and in every page's `<title>`. */
    title: z.string().min(1),
    /** One sentence about the handbook, used as the default meta description. */
    description: z.string().min(1),
    /**
     * Language of the content (BCP 47).
     * @default 'en'
     */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'Use a BCP 47 tag such as "en" or "pt-BR".')
      .default('en'),
    repository: RepositorySchema.optional(),
    content: ContentSchema,
    rules: RulesSchema,
    diagrams: DiagramsSchema,
    reference: ReferenceSchema,
    scopes: ScopesSchema,
    sources: SourcesSchema,
    api: ApiSchema,
    sidebar: SidebarSchema,
  })
  .strict();

/** What a team writes in `archbook.config.ts` (defaults may be left out). */
export type ArchbookUserConfig = z.input<typeof ArchbookConfigSchema>;
/** The configuration after validation, with every default filled in. */
export type ArchbookConfig = z.output<typeof ArchbookConfigSchema>;
