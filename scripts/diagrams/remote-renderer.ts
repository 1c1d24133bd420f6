import { deflateSync } from 'node:zlib';
import plantumlEncoder from 'plantuml-encoder';
import { ArchbookError } from '../errors.ts';
import { diagramHints } from './catalog.ts';
import { isPng } from './image-format.ts';
import type { DiagramImage, DiagramRenderer, RenderOutcome } from './renderer.ts';

/** Options of {@link createRemoteRenderer}. */
export interface RemoteRendererOptions {
  /** Base URL: `https://plantuml.example.org/plantuml` or a Kroki server `https://kroki.example.org`. */
  readonly server: string;
  readonly kind: 'plantuml' | 'kroki';
  readonly timeoutMs: number;
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Injected in tests. */
  readonly fetch?: typeof fetch;
}

/**
 * The URL that renders `text` as SVG (or PNG): `<server>/svg/<plantuml-encoded>` on a PlantUML server, or
 * `<server>/plantuml/svg/<deflate+base64url>` on Kroki. Pure.
 */
export function remoteSvgUrl(
  server: string,
  kind: 'plantuml' | 'kroki',
  text: string,
  format: DiagramImage['format'] = 'svg',
): string {
  const base = server.replace(/\/+$/, '');
  if (kind === 'kroki')
    return `${base}/plantuml/${format}/${deflateSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64url')}`;
  return `${base}/${format}/${plantumlEncoder.encode(text)}`;
}

/**
 * Renders on a PlantUML or Kroki server, for machines without Java. The server sees the expanded text only
 * (local includes are already inlined); its SVG is sanitized like the local one. A 4xx answer is the
 * diagram's fault and becomes an outcome with PlantUML's message and line; anything else stops the build.
 */
export function createRemoteRenderer(options: RemoteRendererOptions): DiagramRenderer {
  const doFetch = options.fetch ?? fetch;
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    if (active >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
  };
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return {
    id: `remote ${options.kind} ${options.server}`,
    label: `${options.kind === 'kroki' ? 'Kroki' : 'PlantUML'} server ${options.server}`,
    async render(text, format) {
      await acquire();
      try {
        const response = await doFetch(remoteSvgUrl(options.server, options.kind, text, format), {
          signal: AbortSignal.timeout(options.timeoutMs),
          headers: { accept: format === 'png' ? 'image/png' : 'image/svg+xml' },
        });
        const bytes = Buffer.from(await response.arrayBuffer());
        if (response.ok && isPng(bytes)) return { ok: true, image: { format: 'png', png: bytes } };
        const body = bytes.toString('utf8');
        if (response.ok && body.includes('<svg'))
          return { ok: true, image: { format: 'svg', svg: body.slice(body.indexOf('<svg')) } };
        if (response.status >= 400 && response.status < 500) return remoteError(response.headers, body);
        throw new Error(`HTTP ${response.status}`);
      } catch (error) {
        throw new ArchbookError(
          'DiagramRemoteFailed',
          `the diagram server ${options.server} failed: ${error instanceof Error ? error.message : String(error)}`,
          diagramHints.DiagramRemoteFailed,
        );
      } finally {
        release();
      }
    },
    close: () => Promise.resolve(),
  };
}

function remoteError(headers: Headers, body: string): RenderOutcome {
  const headerMessage = headers.get('x-plantuml-diagram-error');
  const headerLine = headers.get('x-plantuml-diagram-error-line');
  const text = body.startsWith('<') ? '' : body.trim();
  const message =
    headerMessage ?? (text.replace(/^Error \d+:\s*/, '').split('\n')[0] || 'the server rejected the diagram');
  const line = headerLine ?? /\bline[:\s]+(\d+)/i.exec(text)?.[1];
  return { ok: false, line: line === undefined ? undefined : Number(line) - 1, message };
}
