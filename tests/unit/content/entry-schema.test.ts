// Starlight's collection schema is built once per folder of pages (scripts/content/entry-schema.ts): each
// folder's entries get a schema built with an entry of that folder, whose image() resolves against it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsingEntryIn, schemaPerFolder } from '../../../scripts/content/entry-schema.ts';

interface Context {
  readonly folder: string;
}

describe('a collection schema built per folder', () => {
  const counting = () => {
    const builtFor: string[] = [];
    const schema = schemaPerFolder((context: Context) => {
      builtFor.push(context.folder);
      return { resolvesAgainst: context.folder };
    });
    return { builtFor, schema };
  };

  it('serves every entry of a folder the schema built for that folder', () => {
    const { builtFor, schema } = counting();
    const parse = (file: string) => parsingEntryIn(file, () => schema({ folder: file.replace(/\/[^/]*$/, '') }));
    const first = parse('guidelines/logging.md');
    assert.equal(parse('guidelines/errors.md'), first);
    assert.deepEqual(parse('reference/api.md'), { resolvesAgainst: 'reference' });
    assert.equal(parse('guidelines/testing.md'), first);
    assert.deepEqual(first, { resolvesAgainst: 'guidelines' });
    assert.deepEqual(builtFor, ['guidelines', 'reference']);
  });

  it('builds anew when asked outside an entry being parsed, or for an entry without a file', () => {
    const { builtFor, schema } = counting();
    parsingEntryIn('guidelines/a.md', () => schema({ folder: 'guidelines' }));
    schema({ folder: 'json-schema' });
    parsingEntryIn(undefined, () => schema({ folder: 'inline' }));
    parsingEntryIn(undefined, () => schema({ folder: 'inline' }));
    assert.deepEqual(builtFor, ['guidelines', 'json-schema', 'inline', 'inline']);
  });

  it('forgets the folder when parsing throws', () => {
    const { builtFor, schema } = counting();
    assert.throws(() =>
      parsingEntryIn('guidelines/a.md', () => {
        throw new Error('bad entry');
      }),
    );
    schema({ folder: 'later' });
    schema({ folder: 'later' });
    assert.deepEqual(builtFor, ['later', 'later']);
  });
});
