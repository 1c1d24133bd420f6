import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerMessage } from 'astro';

/** A message Astro, Starlight or Vite prints that the author cannot act on, and why it is dropped. */
interface Noise {
  readonly label: string | null;
  readonly pattern: RegExp;
}

/** Each one narrow: its label and the start of its text, so that any other message still shows. */
const noise: readonly Noise[] = [
  // Every unknown address in dev: Starlight's catch-all routes match it, have no such page, and Astro
  // names their files in node_modules before serving the 404 page. The `[404] /path` line remains.
  { label: 'router', pattern: /^A `getStaticPaths\(\)` route pattern was matched, but no matching static path/ },
  // Starlight looks for an optional `404.md` among the pages and falls back to its own 404 page.
  { label: 'content', pattern: /^Entry docs → 404 was not found\.$/ },
  // Astro's compiled MDX pages start with this directive; the bundler warns that it drops it, harmlessly.
  { label: 'vite', pattern: /MODULE_LEVEL_DIRECTIVE[\s\S]*"use astro:head-inject"/ },
  // The dev server's module runner announcing its own connection to the dev server.
  { label: 'vite', pattern: /^connected\.$/ },
  // A page whose frontmatter is not valid YAML, compiled when it is requested in dev: Astro prints the
  // parser's stack; the rule check reports the same error as file:line, once.
  { label: null, pattern: /^YAMLException: / },
  // Astro waiting for a slow hook of ours; the hook prints its own progress line when done.
  { label: 'build', pattern: /^Waiting for integration "archbook[^"]*", hook / },
];

/** Warnings that can be acted on, said in the author's terms: what to set, where. */
const rewrites: readonly (Noise & { readonly message: string })[] = [
  {
    label: '@astrojs/sitemap',
    pattern: /requires the `site` astro\.config option/,
    message:
      'no sitemap.xml and no canonical URLs: SITE_URL is not set  (set it to the address the handbook is ' +
      'published at, e.g. `SITE_URL=https://acme.github.io npm run build`)',
  },
];

/**
 * The message to print for one of Astro's log messages: the same message, a clearer one, or undefined when
 * it is noise (see {@link noise}). Pure.
 */
export function quietMessage(event: AstroLoggerMessage): AstroLoggerMessage | undefined {
  const text = stripVTControlCharacters(event.message);
  const matches = (entry: Noise) => entry.label === event.label && entry.pattern.test(text);
  if (noise.some(matches)) return undefined;
  const rewrite = rewrites.find(matches);
  return rewrite === undefined ? event : { ...event, label: 'archbook', message: rewrite.message };
}

/**
 * A filter for one kind of repeat: when the dev server's content loader fails to reload a page
 * (`[glob-loader] Failed to reload guidelines/x.md: <reason>`), Astro prints the same reason again, unlabelled,
 * with a stack trace into the page. The first line stays (it names the page); the repeat is dropped. A page
 * requested while its Markdown is broken fails the same way in Vite, printed with a stack trace into the
 * Markdown file, sometimes before the loader's line (under load, the loader reloads a little later): that
 * message is dropped too, in either order, since the loader's line follows with the reason and archbook's own
 * check names the file and line.
 * @returns whether a message is such a repeat of the last reload failure
 */
export function createReloadRepeatFilter(): (event: AstroLoggerMessage) => boolean {
  let reason: string | undefined;
  return (event) => {
    const text = stripVTControlCharacters(event.message);
    if (event.label === 'glob-loader') {
      reason = /^Failed to reload [^\n]*?: ([^\n]+)/.exec(text)?.[1];
      return false;
    }
    if (event.label !== null || !/Stack trace:/.test(text)) return false;
    const repeat = (reason !== undefined && text.startsWith(reason)) || stackStartsInMarkdown(text);
    if (repeat) reason = undefined;
    return repeat;
  };
}

/** Whether a stack trace's first frame is in a Markdown page (`at /…/page.md?astroPropagatedAssets:2:16`). */
function stackStartsInMarkdown(text: string): boolean {
  const frame = /Stack trace:\n\s*at ([^\n]+)/.exec(text)?.[1] ?? '';
  return /\.md(\?[^:\s]*)?:\d+:\d+\)?$/.test(frame.trim());
}
