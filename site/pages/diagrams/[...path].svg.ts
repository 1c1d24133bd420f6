// The standalone SVG of each diagram: the same sanitized SVG the pages inline, for download and thumbnails.
import type { APIRoute, GetStaticPaths } from 'astro';
import diagrams from 'virtual:archbook/diagrams';

export const getStaticPaths = (() =>
  diagrams
    .filter((diagram) => diagram.format === 'svg')
    .map((diagram) => ({ params: { path: diagram.id }, props: { svg: diagram.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${(props as { svg: string }).svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
