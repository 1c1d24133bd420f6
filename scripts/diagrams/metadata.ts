/** What a page shows about a diagram besides the picture. */
export interface DiagramMetadata {
  readonly title: string;
  /** Text alternative: what the diagram shows, for screen readers and search. */
  readonly alt: string;
  /** Kind of diagram in words, e.g. `sequence diagram`. */
  readonly kind: string;
}

const kindNames: Record<string, string> = {
  SEQUENCE: 'sequence diagram',
  CLASS: 'class diagram',
  DESCRIPTION: 'diagram',
  ACTIVITY: 'activity diagram',
  STATE: 'state diagram',
  MINDMAP: 'mind map',
  WBS: 'work breakdown',
  GANTT: 'Gantt chart',
  JSON: 'JSON diagram',
  YAML: 'YAML diagram',
  TIMING: 'timing diagram',
  SALT: 'wireframe (Salt)',
  REGEX: 'regular expression diagram',
  EBNF: 'EBNF diagram',
  NWDIAG: 'network diagram',
  CHEN_EER: 'entity-relationship diagram (Chen)',
  FILES: 'file tree',
  CHART: 'chart',
  BOARD: 'board',
  WIRE: 'wireframe',
  GIT: 'Git graph',
};

/** Kinds whose SVG has no `data-diagram-type` (or that are PNG), by their `@start…` word. */
const startKindNames: Record<string, string> = {
  ditaa: 'ditaa diagram',
  math: 'formula',
  latex: 'formula',
  creole: 'text',
};

/**
 * Reads the title and text alternative a diagram declares in comment lines before `@startuml`:
 *
 * ```
 * ' title: Mills planner, component view
 * ' alt: The hexagonal layers of the mills planner: …
 * '   (further lines of the alt text, indented)
 * ```
 *
 * Without them, the title is PlantUML's `title` line or the file name, and the alternative lists what the SVG
 * names. Pure.
 * @param svg - the SVG, or '' for a PNG
 * @param fallbackName - file name without extension, or '' for a fence
 * @param startKind - the word after `@start` (`uml`, `ditaa`…)
 */
export function readMetadata(source: string, svg: string, fallbackName: string, startKind = 'uml'): DiagramMetadata {
  const header = readHeader(source);
  const type = /data-diagram-type="([A-Z_]+)"/.exec(svg)?.[1] ?? '';
  const kind =
    type === 'DESCRIPTION' || type === 'CLASS'
      ? describeKind(type, source)
      : (kindNames[type] ?? startKindNames[startKind] ?? 'diagram');
  const named = declaredTitle(source, fallbackName, header);
  const title = named || `PlantUML ${kind}`;
  const alt = header['alt'] ?? describe(named, kind, svg);
  return { title, alt, kind };
}

/**
 * The title a diagram's text gives it: its `' title:` comment, else PlantUML's `title` line, else the file
 * name; '' when none of them names one (then {@link readMetadata} names the diagram after its kind, which
 * only the picture tells). Pure.
 */
export function declaredTitle(source: string, fallbackName: string, header = readHeader(source)): string {
  const titleLine = /^\s*title\s+(.+)$/im.exec(source)?.[1];
  return header['title'] ?? (titleLine ? plain(titleLine) : humanise(fallbackName));
}

/** PlantUML calls use case, component and deployment diagrams all DESCRIPTION; the source tells them apart. */
function describeKind(type: string, source: string): string {
  if (/^\s*!include\s+<C4\//m.test(source)) return 'C4 diagram';
  if (/^\s*archimate\b/m.test(source)) return 'ArchiMate diagram';
  if (type === 'CLASS') return /^\s*entity\b/m.test(source) ? 'entity-relationship diagram' : 'class diagram';
  if (/^\s*usecase\b|^\s*\([^)]+\)/m.test(source)) return 'use case diagram';
  if (/^\s*component\b|^\s*\[[^\]]+\]/m.test(source))
    return /^\s*node\b/m.test(source) ? 'deployment diagram' : 'component diagram';
  if (/^\s*(node|database|cloud)\b/m.test(source)) return 'deployment diagram';
  return 'diagram';
}

function readHeader(source: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let last: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*@start/i.test(line)) break;
    const comment = /^\s*'(\s*)(.*)$/.exec(line);
    if (!comment) continue;
    const field = /^([a-z]+):\s*(.*)$/i.exec(comment[2] ?? '');
    if (field && (comment[1] ?? '').length <= 1) {
      last = (field[1] ?? '').toLowerCase();
      fields[last] = (field[2] ?? '').trim();
    } else if (last !== undefined && (comment[2] ?? '').trim() !== '') {
      fields[last] = `${fields[last] ?? ''} ${(comment[2] ?? '').trim()}`.trim();
    }
  }
  return fields;
}

function describe(title: string, kind: string, svg: string): string {
  const names = new Set<string>();
  const entityPattern =
    /<g class="(?:entity|participant[^"]*)"[^>]*?(?:data-qualified-name="([^"]*)")?[^>]*>([\s\S]*?)<\/g>|<g><title>([^<]+)<\/title>/g;
  for (const match of svg.matchAll(entityPattern)) {
    const texts = [...(match[2] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((text) => text[1] ?? '');
    const name = decode(texts.join(' ').trim() || match[1] || match[3] || '')
      .replace(/\s+/g, ' ')
      .trim();
    if (name !== '' && names.size < 20) names.add(name);
  }
  const listed = names.size > 0 ? ` showing ${[...names].join(', ')}` : '';
  const what = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${listed}.`;
  return title === '' ? what : `${title}: ${what}`;
}

function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|\/\/|""/g, '')
    .replace(/\\n/g, ' ')
    .trim();
}

function humanise(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
