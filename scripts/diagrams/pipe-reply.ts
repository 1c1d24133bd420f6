import { isPng } from './image-format.ts';
import type { RenderOutcome } from './renderer.ts';

/** What PlantUML answered for one diagram in pipe mode: a render outcome like any renderer's. */
export type PipeReply = RenderOutcome;

const reportPattern = /^[^\n]*?:(\d+):error:(.*)$/m;
const legacyPattern = /^ERROR\r?\n(\d+)\r?\n([\s\S]*)$/;

/**
 * Reads one reply (the bytes between two delimiters). A PNG or an SVG is a picture; anything else is an
 * error: the `-stdrpt:2` report `string:LINE:error:MESSAGE` (LINE 1-based), or the older `ERROR` / 0-based
 * line / message form. An error image is never returned as a picture: with `--no-error-image` there is
 * none, and a reply that starts with an error report is an error whatever follows it. (Pictures PlantUML
 * draws instead of a diagram without reporting an error are caught later, see error-picture.ts.) Pure.
 */
export function parsePipeReply(reply: Buffer | string): PipeReply {
  if (typeof reply !== 'string' && isPng(reply)) return { ok: true, image: { format: 'png', png: reply } };
  const text = (typeof reply === 'string' ? reply : reply.toString('utf8')).replace(/^\s+/, '');
  if (text.startsWith('<svg') || text.startsWith('<?xml')) {
    const start = text.indexOf('<svg');
    const end = text.lastIndexOf('</svg>');
    if (start !== -1 && end !== -1)
      return { ok: true, image: { format: 'svg', svg: text.slice(start, end + '</svg>'.length) } };
  }
  const report = reportPattern.exec(text);
  if (report) return { ok: false, line: Number(report[1]) - 1, message: (report[2] ?? '').trim() };
  const legacy = legacyPattern.exec(text.trim());
  if (legacy) {
    const message = (legacy[2] ?? '')
      .split(/\r?\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ');
    return { ok: false, line: Number(legacy[1]), message };
  }
  const message = text.trim().split(/\r?\n/)[0] ?? '';
  return {
    ok: false,
    line: undefined,
    message: message === '' ? 'PlantUML returned no picture' : message.slice(0, 300),
  };
}
