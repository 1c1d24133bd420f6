/** Where the built handbook will be served: from `SITE_URL` and `BASE_PATH`. */
export interface Hosting {
  /** Absolute origin (and optional path) of the deployed site, or undefined when unknown. */
  readonly site: string | undefined;
  /** Sub-path the site is served under, always starting and ending with `/`. */
  readonly base: string;
}

/**
 * Reads the hosting settings from the environment, once, at the edge.
 * @param env - usually `process.env`
 * @throws Error when a value is not usable, naming the variable and what to set instead
 */
export function readHosting(env: NodeJS.ProcessEnv): Hosting {
  return { site: readSiteUrl(env['SITE_URL']), base: normaliseBase(env['BASE_PATH']) };
}

function readSiteUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: "${raw}". Set it like SITE_URL=https://acme.github.io`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${url.protocol}".`);
  }
  return url.href.replace(/\/$/, '');
}

/**
 * Turns `handbook`, `/handbook` or `/handbook/` into `/handbook/`; empty means `/`.
 * @param raw - the `BASE_PATH` value
 */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH has characters a URL path cannot hold: "${raw}". Use something like /handbook/`);
  }
  return `/${trimmed}/`;
}
