import type { DiagramImage } from './renderer.ts';

/**
 * Kinds PlantUML 1.2026 draws only as PNG. ditaa has no SVG output at all (asked for SVG, it answers with
 * PNG); math and LaTeX need Batik for SVG, which the jar does not ship, and without it PlantUML draws the
 * formula's source text in a monospace font instead of the formula.
 */
export const pngOnlyKinds: ReadonlySet<string> = new Set(['ditaa', 'math', 'latex']);

/** The format to ask the renderer for, from the kind of the `@start…` line (`uml`, `ditaa`…). Pure. */
export function imageFormat(kind: string): DiagramImage['format'] {
  return pngOnlyKinds.has(kind.toLowerCase()) ? 'png' : 'svg';
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True when the bytes start with the PNG signature. Pure. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > pngSignature.length && pngSignature.every((byte, index) => bytes[index] === byte);
}

/** Width and height in pixels from a PNG's IHDR chunk. Pure. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
