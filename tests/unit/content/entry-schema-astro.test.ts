// Starlight's schema built once per folder gives Astro's parse of each page the same data as a schema
// built per page: Astro's own getEntryData, Starlight's own docsSchema, pages in two folders, and an
// image named without ./ that exists in one folder only (resolved against the page's folder).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { docsSchema } from '@astrojs/starlight/schema';
import { parsingEntryIn, schemaPerFolder } from '../../../scripts/content/entry-schema.ts';
// Not among Astro's exports: the function its content loaders' parseData calls.
import { getEntryData } from '../../../node_modules/astro/dist/content/utils.js';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe("Astro's parse of pages with a schema built per folder", () => {
  const root = temporaryFolder('archbook-entry-schema-');
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'with-image'));
  mkdirSync(path.join(root, 'without-image'));
  writeFileSync(path.join(root, 'with-image', 'hero.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  it('gives each page what a schema of its own gives it', async () => {
    const starlight = docsSchema();
    let built = 0;
    const perFolder = schemaPerFolder((context: Parameters<typeof starlight>[0]) => {
      built += 1;
      return starlight(context);
    });
    const parse = (schema: unknown, file: string) => {
      const data = { title: path.basename(file), hero: { image: { file: 'hero.svg', alt: '' } } };
      const entry = {
        id: file,
        collection: 'docs',
        unvalidatedData: data,
        _internal: { rawData: undefined, filePath: file },
      };
      return parsingEntryIn(file, () =>
        getEntryData(entry, { type: 'content_layer', loader: () => [], schema }, false),
      );
    };
    const files = ['with-image/a.md', 'without-image/b.md', 'with-image/c.md'].map((file) => path.join(root, file));
    const shared = await Promise.all(files.map((file) => parse(perFolder, file)));
    const own = await Promise.all(files.map((file) => parse(docsSchema(), file)));
    assert.deepEqual(shared, own);
    assert.equal(built, 2, 'one schema per folder');
    const images = shared.map((data) => (data as { hero: { image: { file: string } } }).hero.image.file);
    assert.match(images[0] ?? '', /\.\/hero\.svg$/);
    assert.doesNotMatch(images[1] ?? '', /\.\/hero\.svg$/);
    assert.equal(images[2], images[0]);
  });
});
