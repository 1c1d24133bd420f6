import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findErrorPicture } from '../../../scripts/diagrams/error-picture.ts';

/** An SVG as PlantUML 1.2026 writes it, with one `<text>` per line. */
const svg = (type: string | undefined, ...lines: string[]) =>
  `<svg xmlns="http://www.w3.org/2000/svg"${type ? ` data-diagram-type="${type}"` : ''} version="1.1"><g>${lines
    .map((line) => `<text x="5" y="1" fill="#000">${line}</text>`)
    .join('')}</g></svg>`;

describe('findErrorPicture', () => {
  it('recognises the picture of an unknown diagram kind and names the directive', () => {
    const picture = svg(
      undefined,
      'Diagram not supported by this release of PlantUML',
      'Sorry, but the following directive',
      '@startchronology',
      'is not recognized.',
    );
    assert.deepEqual(findErrorPicture(picture), {
      code: 'DiagramUnsupported',
      message: 'Diagram not supported by this release of PlantUML (@startchronology is not recognized)',
      line: 0,
    });
  });

  it('recognises the crash picture and keeps the exception', () => {
    const picture = svg(
      undefined,
      'An error has occurred : java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2',
      'PlantUML (1.2026.8) has crashed.',
    );
    assert.deepEqual(findErrorPicture(picture), {
      code: 'DiagramCrash',
      message: 'PlantUML crashed: java.lang.IndexOutOfBoundsException: Index 2 out of bounds for length 2',
      line: 0,
    });
  });

  it('recognises the welcome page of an empty diagram', () => {
    assert.equal(
      findErrorPicture(svg(undefined, 'Welcome to PlantUML!', 'Bob-&gt;Alice: Hello'))?.code,
      'DiagramEmpty',
    );
  });

  it('recognises JSON and YAML that PlantUML could not read, drawn as a diagram', () => {
    // As PlantUML writes it: no-break spaces between the words.
    const picture = svg('JSON', 'Your\u00a0data\u00a0does\u00a0not\u00a0sound\u00a0like\u00a0JSON\u00a0data');
    assert.deepEqual(findErrorPicture(picture), {
      code: 'DiagramSyntax',
      message: 'Your data does not sound like JSON data',
      line: 1,
    });
  });

  it('leaves a real diagram alone, also one whose labels quote those words', () => {
    assert.equal(findErrorPicture(svg('SEQUENCE', 'Alice', 'Bob', 'Welcome to PlantUML!')), undefined);
    assert.equal(findErrorPicture(svg('MINDMAP', 'Корень', 'Ветка')), undefined);
    assert.equal(findErrorPicture(svg(undefined, 'bold text')), undefined);
  });
});
