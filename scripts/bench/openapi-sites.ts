import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The large third-party description the API bench builds: GitHub's REST API, from its npm package. */
export const githubDescription = {
  packageSpec: '@octokit/openapi@23.0.2',
  file: 'package/generated/api.github.com.json',
} as const;

/**
 * Path of GitHub's REST API description, fetched once with `npm pack` into `<cacheDir>/octokit/` (under
 * `.archbook`, never committed) and reused by later runs.
 */
export function ensureGithubDescription(cacheDir: string): string {
  const folder = path.join(cacheDir, 'octokit');
  const file = path.join(folder, githubDescription.file);
  if (existsSync(file)) return file;
  mkdirSync(folder, { recursive: true });
  const tarball = execFileSync('npm', ['pack', githubDescription.packageSpec, '--silent'], { cwd: folder })
    .toString()
    .trim()
    .split('\n')
    .at(-1);
  if (tarball === undefined || tarball === '')
    throw new Error(`npm pack ${githubDescription.packageSpec} wrote no file`);
  execFileSync('tar', ['-xzf', tarball, githubDescription.file], { cwd: folder });
  return file;
}

/**
 * An archbook handbook with one page and the description as a third-party spec
 * (`specs/external/<file>`), linted with the content root's `redocly.yaml` when there is one.
 */
export function writeArchbookSite(root: string, description: string, houseRules: string | undefined): void {
  mkdirSync(path.join(root, 'specs', 'external'), { recursive: true });
  mkdirSync(path.join(root, 'site', 'content', 'docs'), { recursive: true });
  copyFileSync(description, path.join(root, 'specs', 'external', path.basename(description)));
  if (houseRules !== undefined && existsSync(houseRules)) copyFileSync(houseRules, path.join(root, 'redocly.yaml'));
  writeFileSync(
    path.join(root, 'archbook.config.ts'),
    "export default { title: 'API bench', description: 'A handbook with one large third-party API.', " +
      "repository: { url: 'https://example.org/acme/bench' }, reference: { entryPoints: [] } };\n",
  );
  writeFileSync(path.join(root, 'site', 'content', 'docs', 'index.md'), homePage);
}

/** A plain Starlight project with starlight-openapi rendering the same description, for comparison. */
export function writeBareSite(root: string, description: string): void {
  mkdirSync(path.join(root, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'content', 'docs', 'index.md'), homePage);
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "import starlightOpenAPI, { openAPISidebarGroups } from 'starlight-openapi';",
      'export default defineConfig({ integrations: [starlight({ title: "Bare Starlight",',
      `  plugins: [starlightOpenAPI([{ base: 'api/github', schema: ${JSON.stringify(description)} }])],`,
      "  sidebar: [{ label: 'API', items: openAPISidebarGroups }] })] });",
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
}

const homePage = '---\ntitle: API bench\ndescription: One large third-party API.\n---\n\nSee the API reference.\n';
