// The standalone PNG of each diagram PlantUML draws only as PNG (ditaa, math): what the pages show, for download.
import type { APIRoute, GetStaticPaths } from 'astro';
import diagrams from 'virtual:archbook/diagrams';

export const getStaticPaths = (() =>
  diagrams
    .filter((diagram) => diagram.format === 'png')
    .map((diagram) => ({ params: { path: diagram.id }, props: { png: diagram.png } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(Buffer.from((props as { png: string }).png, 'base64'), { headers: { 'Content-Type': 'image/png' } });
