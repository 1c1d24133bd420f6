/**
 * The archbook toolkit: everything the engine in `scripts/` offers to a handbook and to other tools,
 * re-exported from one place. This file is TypeDoc's entry point for the engine's own API reference,
 * which `npm run docs:engine` writes to `.archbook/engine-docs/` (it is not part of any handbook).
 *
 * @packageDocumentation
 */

// Configuration: `archbook.config.ts`, validated once, at the edge.
export * from './config/schema.ts';
export * from './config/sidebar-schema.ts';
export * from './config/repository.ts';
export * from './config/parse.ts';
export * from './config/load.ts';
export * from './config/hosting.ts';

// Errors and findings: `path:line:col  message  (hint)`, collected and then reported.
export * from './errors.ts';
export * from './findings.ts';
export * from './paths.ts';

// Content: pages of the docs collection, their slugs and links.
export * from './content/slug.ts';
export * from './content/markdown-files.ts';
export * from './content/parse-page.ts';
export * from './content/rehype-base-links.ts';

// Rules with stable IDs: scan, registry, lock, retired IDs, and the remark plugins that render them.
export * from './rules/rule.ts';
export * from './rules/scan.ts';
export * from './rules/registry.ts';
export * from './rules/lock.ts';
export * from './rules/retired.ts';
export * from './rules/check.ts';
export * from './rules/context.ts';
export * from './rules/remark-rule.ts';
export * from './rules/remark-rule-reference.ts';
export type { DisputeEntry } from './rules/dispute.ts';
export type { RuleCatalog } from './rules/origin-values.ts';
export * from './kit/setting.ts';
export * from './kit/checked-by.ts';
export * from './kit/assemble.ts';
export * from './kit/kit-check.ts';
export * from './kit/kit-scopes.ts';
export * from './kit/publish.ts';
export * from './kit/coverage.ts';

// Rule history: the lock's state and history of each rule, how a build records changes, and what readers see.
export * from './rules/rule-state.ts';
export * from './rules/lock-file.ts';
export * from './rules/lock-plan.ts';
export * from './rules/build-date.ts';
export * from './rules/stale-lock.ts';
export * from './rules/settle-lock.ts';
export * from './rules/lock-handoff.ts';
export * from './rules/history.ts';
export * from './rules/published-history.ts';
export * from './rules/history-hast.ts';
export * from './rules/history-html.ts';
export * from './rules/remark-rule-history.ts';
export * from './rules/copy-link-buttons.ts';
export * from './rules/change-log.ts';
export * from './rules/atom-feed.ts';

// The link check of the built site.
export * from './links/check-links.ts';
export * from './links/html-page.ts';
export * from './links/output-files.ts';

// API reference: OpenAPI specs checked, linted and bundled with Redocly, rendered by starlight-openapi.
export * from './openapi/spec-files.ts';
export * from './openapi/spec-parse.ts';
export * from './openapi/redocly-cli.ts';
export * from './openapi/lint-report.ts';
export {
  displayPath,
  readRedoclyReports,
  type RedoclyLocation,
  type RedoclyProblem,
} from './openapi/redocly-output.ts';
export * from './openapi/lint.ts';
export * from './openapi/house-rules.ts';
export * from './openapi/house-checks.ts';
export * from './openapi/conformance.ts';
export * from './openapi/external-lint.ts';
export * from './openapi/description-links.ts';
export * from './openapi/check.ts';
export * from './openapi/bundle.ts';
export * from './openapi/page-document.ts';
export * from './openapi/schema-pages.ts';
export * from './openapi/sidebar.ts';
export * from './openapi/lean-sidebar.ts';
export * from './openapi/prepare.ts';
export * from './openapi/virtual-module.ts';
export * from './openapi/integration.ts';
export * from './openapi/plugin.ts';

// Code reference: TypeDoc through starlight-typedoc.
export * from './typedoc/options.ts';
export * from './typedoc/starlight-typedoc.ts';
export * from './typedoc/plugin.ts';

// Wiring: the Astro configuration, integration, Markdown plugins and Starlight options.
export * from './integration/astro-config.ts';
export * from './integration/archbook.ts';
export * from './integration/markdown-plugins.ts';
export * from './integration/starlight-options.ts';
export * from './integration/reference-plugins.ts';
export * from './sidebar/groups.ts';

// Diagrams: PlantUML rendered at build time, sanitized and cached.
export * from './diagrams/remark-diagrams.ts';
export * from './diagrams/sources.ts';
export * from './diagrams/expand.ts';
export * from './diagrams/pipeline.ts';
export * from './diagrams/render-set.ts';
export * from './diagrams/plan-set.ts';
export * from './diagrams/rule-links.ts';
export * from './diagrams/metadata.ts';
export * from './diagrams/renderer.ts';
export * from './diagrams/local-renderer.ts';
export * from './diagrams/remote-renderer.ts';
export * from './diagrams/jar.ts';
export * from './diagrams/sanitize.ts';
export * from './diagrams/cache.ts';
export * from './diagrams/integration.ts';
export * from './diagrams/catalog.ts';
export * from './diagrams/links.ts';
export * from './diagrams/image-format.ts';
export * from './diagrams/error-picture.ts';
export * from './diagrams/picture.ts';
export * from './diagrams/remark-rule-diagrams.ts';
export type { LiveSpecs } from './openapi/live-specs.ts';
export type { ContentSection } from './sidebar/sections.ts';
