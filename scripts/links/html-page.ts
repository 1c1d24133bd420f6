import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A link or asset reference found in a built page. */
export interface PageLink {
  /** The attribute value as written. */
  readonly url: string;
  /** Tag and attribute, e.g. `a[href]`. */
  readonly source: string;
  /** 1-based line and column in the HTML file. */
  readonly line: number;
  readonly column: number;
}

/** What the link checker needs from one built page. */
export interface HtmlPage {
  /** Every `id` (and `<a name>`) in the page: the anchors a `#fragment` may target. */
  readonly anchors: ReadonlySet<string>;
  readonly links: readonly PageLink[];
}

const linkAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Parses a built HTML page into its anchors and outgoing links. Pure. */
export function readHtmlPage(html: string): HtmlPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const anchors = new Set<string>();
  const links: PageLink[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) collect(node, anchors, links);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in node) visit(node.content);
  };
  visit(document);
  return { anchors, links };
}

function collect(element: Element, anchors: Set<string>, links: PageLink[]): void {
  for (const attribute of element.attrs) {
    if (attribute.name === 'id' || (element.tagName === 'a' && attribute.name === 'name')) anchors.add(attribute.value);
  }
  const location = element.sourceCodeLocation;
  const position = { line: location?.startLine ?? 1, column: location?.startCol ?? 1 };
  for (const name of linkAttributes[element.tagName] ?? []) {
    const value = element.attrs.find((attribute) => attribute.name === name)?.value;
    if (value === undefined) continue;
    if (element.tagName === 'link' && !isFetchedLink(element)) continue;
    links.push({ url: value, source: `${element.tagName}[${name}]`, ...position });
  }
  if (element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh') {
    const target = /url=(.+)$/i.exec(attr(element, 'content') ?? '')?.[1];
    if (target) links.push({ url: target.trim(), source: 'meta[refresh]', ...position });
  }
}

/** `<link rel=canonical>` and similar name a public address, not something this build must contain. */
function isFetchedLink(element: Element): boolean {
  const rel = attr(element, 'rel')?.toLowerCase() ?? '';
  return !/\b(canonical|alternate|me|preconnect|dns-prefetch)\b/.test(rel);
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}
