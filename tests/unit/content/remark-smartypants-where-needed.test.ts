import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../../scripts/content/parse-page.ts';
import {
  holdsRewritableText,
  remarkSmartypantsWhereNeeded,
} from '../../../scripts/content/remark-smartypants-where-needed.ts';
import { handbookMarkdownProcessor } from '../../../scripts/integration/markdown-processor.ts';

const astrosOwn = remarkSmartypants.call(unified(), {}) as unknown as (tree: Root) => void;
const whereNeeded = remarkSmartypantsWhereNeeded.call(unified()) as (tree: Root) => void;

function both(markdown: string): { readonly astro: Root; readonly ours: Root } {
  const astro = parseMarkdown(markdown);
  const ours = parseMarkdown(markdown);
  astrosOwn(astro);
  whereNeeded(ours);
  return { astro, ours };
}

// Text around one kind of mark SmartyPants rewrites at a time, so that a page holds nothing else it would
// rewrite: the marks alone decide whether the page is left as it is.
const neutral = ['a', 'Zx', '9', ' ', '\u00a0', '\u2009', '\n', '*b*', '`c`', '.', ' - '];
const marks = [['. ', '.', '.\u00a0', '..'], ['-', '--'], ['"'], ["'"], ['``', "''"], ['. ', '-', '"']];

/** A small deterministic generator, so a failing case can be run again. */
function randomText(seed: number, length: number): string {
  const pieces = [...neutral, ...(marks[seed % marks.length] ?? [])];
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += pieces[(state >> 8) % pieces.length] ?? '';
  }
  return text;
}

describe('remarkSmartypantsWhereNeeded', () => {
  it('gives the tree Astro’s SmartyPants gives, on pages it rewrites and on pages it leaves', () => {
    const pages = [
      'She said "use the port", not \'the adapter\'.',
      "The adapter's job -- and only that -- is I/O... or so. . . we say; ``quoted'' too.",
      '## A heading with "quotes"\n\n| a | b |\n| - | - |\n| "x" | y -- z |',
      'Plain prose with one full stop. Another sentence without any mark to rewrite.',
      '`inline "code"` stays, while *emphasis "here"* does not.',
      ':::rule[Keep "it" simple]{#LOG-001 level=MUST}\nA body -- with a dash.\n:::',
      'Numbers 1.5 and 2.0 and the version v1.2.3 are no ellipsis.',
      'Then . . . it waited, and .\u00a0.\u00a0. again.',
      'And once more .  .\n. with wider spaces.',
    ];
    for (const page of pages) {
      const { astro, ours } = both(page);
      assert.deepEqual(ours, astro, page);
    }
  });

  it('rewrites what Astro’s rewrites, checked on 3,000 generated paragraphs of its special characters', () => {
    let rewritten = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const page = randomText(seed, 4 + (seed % 24));
      const { astro, ours } = both(page);
      assert.deepEqual(ours, astro, JSON.stringify(page));
      if (toString(astro) !== toString(parseMarkdown(page))) rewritten += 1;
    }
    // The generated text exercises both: pages rewritten and pages left alone.
    assert.ok(rewritten > 500 && rewritten < 2500, `${rewritten} of 3,000 paragraphs were rewritten`);
  });

  it('passes over a page without those characters in its text, code included', () => {
    const passed = [
      'Plain prose. Another sentence, e.g. this one.',
      'Numbers 1.5 and 2.0 are no ellipsis.',
      'A `"code" -- span`.',
    ];
    for (const page of passed) assert.equal(holdsRewritableText(parseMarkdown(page)), false, page);
    const rewritten = [
      "The adapter's port.",
      'A dash -- here.',
      'Wait...',
      'Wait . . . now',
      "Say ''this''.",
      'One ` alone.',
    ];
    for (const page of rewritten) assert.equal(holdsRewritableText(parseMarkdown(page)), true, page);
  });

  it('takes the place of Astro’s own SmartyPants in the handbook’s Markdown processor', () => {
    const { options } = handbookMarkdownProcessor({ remark: [], rehype: [] });
    assert.equal(options.smartypants, false);
    assert.equal(options.remarkPlugins[0], remarkSmartypantsWhereNeeded);
  });
});
