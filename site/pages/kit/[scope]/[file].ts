// Each kit file as a download: /kit/<scope>/pyproject.toml, setup.cfg, .editorconfig, Makefile.
import type { APIRoute, GetStaticPaths } from 'astro';
import data from 'virtual:archbook/kit';

export const getStaticPaths = (() =>
  data.kits.flatMap((kit) =>
    kit.files.map((file) => ({ params: { scope: kit.id, file: file.name }, props: { text: file.text } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
