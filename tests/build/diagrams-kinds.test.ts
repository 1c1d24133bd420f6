import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, engineRoot, type FixtureBuild } from '../helpers/build.ts';

const fixture = path.join(engineRoot, 'tests/fixtures/diagrams-kinds');
const kinds = readdirSync(path.join(fixture, 'diagrams/kinds')).map((file) => file.replace(/\.puml$/, ''));
const pngKinds = ['ditaa', 'math', 'latex'];
const errorPictureWords =
  /Diagram not supported|An error has occurr?ed|has crashed|Welcome to PlantUML|Syntax Error\?|does not sound like/;

describe('one diagram of every kind PlantUML 1.2026 draws', () => {
  let build: FixtureBuild;
  const read = (file: string) => readFileSync(path.join(build.outDir, file));
  before(async () => {
    build = await buildFixture('diagrams-kinds');
  });

  it('builds', () => {
    assert.equal(build.code, 0, build.output);
    assert.ok(kinds.length >= 24, kinds.join(' '));
  });

  it('shows a picture on every diagram page, an SVG or for ditaa and formulas a PNG, never an error picture', () => {
    for (const kind of kinds) {
      const page = read(`diagrams/kinds/${kind}/index.html`).toString('utf8');
      const canvas = /<div class="ab-diagram__canvas"[^>]*>([\s\S]*?)<\/div>\s*<figcaption>/.exec(page)?.[1] ?? '';
      if (pngKinds.includes(kind)) {
        assert.match(
          canvas,
          new RegExp(
            `^<img class="ab-diagram__png" src="/diagrams/kinds/${kind}\\.png" alt="[^"]+" width="\\d+" height="\\d+"`,
          ),
          kind,
        );
        assert.deepEqual([...read(`diagrams/kinds/${kind}.png`).subarray(1, 4)], [0x50, 0x4e, 0x47], kind);
        assert.match(page, new RegExp(`<a href="/diagrams/kinds/${kind}\\.png" download>Download PNG</a>`));
        assert.match(page, /No SVG to download: PlantUML draws this kind of diagram \([^)]+\) only as a PNG picture\./);
      } else {
        assert.match(canvas, /^<svg role="(img|group)" aria-label="[^"]+"/, kind);
        assert.doesNotMatch(canvas, errorPictureWords, kind);
        assert.match(page, new RegExp(`<a href="/diagrams/kinds/${kind}\\.svg" download>Download SVG</a>`));
        assert.doesNotMatch(read(`diagrams/kinds/${kind}.svg`).toString('utf8'), errorPictureWords, kind);
      }
    }
  });

  it('keeps Cyrillic text as text', () => {
    const svg = read('diagrams/kinds/cyrillic.svg').toString('utf8');
    assert.match(svg, />Сервис планирования</);
    assert.match(svg, />запрос плана</);
  });

  it('embeds a PNG-only diagram as an image with its caption, text alternative and page link', () => {
    const page = read('guidelines/pictures/index.html').toString('utf8');
    const figures = page.match(/<figure class="ab-diagram"[\s\S]*?<\/figure>/g) ?? [];
    assert.equal(figures.length, 3);
    assert.match(
      figures[0] ?? '',
      /data-diagram="kinds\/ditaa"[\s\S]*<img class="ab-diagram__png" src="\/diagrams\/kinds\/ditaa\.png" alt="ASCII-art boxes: a client calls the API, which writes to the store\."[\s\S]*Request path in ASCII art[\s\S]*href="\/diagrams\/kinds\/ditaa\/"/,
    );
    assert.match(figures[1] ?? '', /<img class="ab-diagram__png" src="\/diagrams\/kinds\/math\.png"[\s\S]*Retry delay/);
    assert.match(
      figures[2] ?? '',
      /<img class="ab-diagram__png" src="data:image\/png;base64,[A-Za-z0-9+/=]+"[\s\S]*Inline boxes/,
    );
  });

  it('caches PNGs like SVGs: a warm rebuild renders nothing', async () => {
    const warm = await buildFixture('diagrams-kinds', { reuseRoot: build.root });
    assert.equal(warm.code, 0, warm.output);
    assert.match(
      warm.output,
      new RegExp(`${kinds.length + 1} diagram\\(s\\) ready: 0 rendered, ${kinds.length + 1} from the cache`),
    );
    assert.ok(readdirSync(path.join(build.root, '.archbook/diagrams')).some((file) => file.endsWith('.png')));
  });
});
