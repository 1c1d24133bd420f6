import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';
import { linkKind } from './links.ts';

let purifier: { purify: DOMPurify; window: JSDOM['window'] } | undefined;

function getPurifier(): { purify: DOMPurify; window: JSDOM['window'] } {
  if (purifier === undefined) {
    // jsdom takes one to two seconds to load: only a build or dev server that renders a diagram pays it.
    const jsdom = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
    const { window } = new jsdom.JSDOM('');
    purifier = { purify: createDOMPurify(window), window };
  }
  return purifier;
}

const urlReference = /url\(\s*(['"]?)#([^)'"\s]+)\1\s*\)/g;

/**
 * Makes PlantUML's SVG safe to inline in a page and to serve on its own. PlantUML passes `[[javascript:…]]`
 * and `[[data:text/html,…]]` links through under every security profile, `@startdot` keeps `URL="javascript:…"`
 * and `!pragma svginteractive` emits a `<script>`; DOMPurify's SVG profile removes all of that, and `<style>`
 * (which would restyle the whole page) and `<foreignObject>` go too.
 *
 * Links stay only when they lead into the handbook (a root-relative path, put under the base path later) or
 * to an `https:` address; any other link is unwrapped, its picture kept.
 *
 * Every `id` gets `idPrefix`, and the `url(#…)`/`href="#…"` references with it, so two diagrams on one page
 * cannot collide. The root loses its fixed pixel size style (CSS scales it) and `preserveAspectRatio="none"`.
 * @returns well-formed XML, usable inline in HTML and as an `.svg` file; '' when nothing safe remained
 */
export function sanitizeSvg(svg: string, idPrefix: string): string {
  const { purify, window } = getPurifier();
  const fragment = purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'use'],
    FORBID_ATTR: ['target'],
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.firstElementChild;
  if (root === null || root.localName !== 'svg') return '';
  keepHandbookLinks(root);
  prefixIds(root, idPrefix);
  const style = (root.getAttribute('style') ?? '')
    .replace(/(?:^|;)\s*(?:width|height)\s*:[^;]*/g, '')
    .replace(/^;/, '');
  if (style === '') root.removeAttribute('style');
  else root.setAttribute('style', style);
  if (root.getAttribute('preserveAspectRatio') === 'none') root.removeAttribute('preserveAspectRatio');
  root.removeAttribute('zoomAndPan');
  return new window.XMLSerializer().serializeToString(root);
}

function prefixIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of [root, ...root.querySelectorAll('[id]')]) {
    const id = element.getAttribute('id');
    if (id === null) continue;
    const next = `${prefix}${id}`;
    renamed.set(id, next);
    element.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      let value = attribute.value.replace(urlReference, (whole, quote: string, id: string) => {
        const next = renamed.get(id);
        return next === undefined ? whole : `url(${quote}#${next}${quote})`;
      });
      if (attribute.localName === 'href' && value.startsWith('#'))
        value = `#${renamed.get(value.slice(1)) ?? value.slice(1)}`;
      if (value !== attribute.value) element.setAttributeNS(attribute.namespaceURI, attribute.name, value);
    }
  }
}

function keepHandbookLinks(root: Element): void {
  for (const anchor of [...root.querySelectorAll('a')]) {
    const href = anchor.getAttribute('href') ?? anchor.getAttribute('xlink:href') ?? '';
    // `#id` points inside the SVG itself (its ids are prefixed below, the reference with them).
    if (href.startsWith('#') || linkKind(href.trim()) !== 'other') continue;
    anchor.replaceWith(...anchor.childNodes);
  }
}
