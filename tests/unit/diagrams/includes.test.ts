import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { classifyInclude, isInside } from '../../../scripts/diagrams/includes.ts';

const root = path.resolve('/repo/diagrams');
const here = path.join(root, 'mills-planner');
const classify = (line: string) => classifyInclude(line, here, root);
const code = (line: string) => {
  const result = classify(line);
  return result?.kind === 'rejected' ? result.code : result?.kind;
};

describe('classifyInclude', () => {
  it('leaves lines that are not includes alone', () => {
    assert.equal(classify('A -> B : !include'), undefined);
  });

  it('accepts the bundled standard library', () => {
    assert.deepEqual(classify('!include <C4/C4_Container>'), { kind: 'stdlib', name: 'C4/C4_Container' });
  });

  it('resolves a relative path from the including file and keeps the selector', () => {
    assert.deepEqual(classify('  !include ../_shared/style.iuml!2'), {
      kind: 'file',
      directive: 'include',
      file: path.join(root, '_shared/style.iuml'),
      selector: '2',
    });
    assert.equal(classify('!includesub parts.iuml!BOXES')?.kind, 'file');
    assert.equal(code('!include_many a.iuml'), 'file');
    assert.equal(code('!include_once a.iuml'), 'file');
  });

  it('accepts .. that stays inside the diagrams folder', () => {
    assert.equal(code('!include ../other/x.iuml'), 'file');
  });

  it('rejects an absolute path', () => {
    assert.equal(code('!include /etc/passwd'), 'IncludeAbsolute');
    assert.equal(code('!include ~/secret.iuml'), 'IncludeAbsolute');
    assert.equal(code('!include C:/secret.iuml'), 'IncludeAbsolute');
  });

  it('rejects .. that escapes the diagrams folder', () => {
    assert.equal(code('!include ../../secret.txt'), 'IncludeOutsideDiagrams');
    assert.equal(code('!include <C4/../../etc>'), 'IncludeOutsideDiagrams');
  });

  it('rejects a sibling folder that only shares the prefix', () => {
    assert.equal(code('!include ../../diagrams-secret/leak.iuml'), 'IncludeOutsideDiagrams');
  });

  it('rejects URLs, imports and targets built from variables', () => {
    assert.equal(code('!include https://example.org/x.puml'), 'IncludeUrl');
    assert.equal(code('!includeurl https://example.org/x.puml'), 'IncludeUrl');
    assert.equal(code('!import archive.zip'), 'DiagramImport');
    assert.equal(code('!include $file'), 'IncludeNotLiteral');
    assert.equal(code('!include %getenv("HOME")/x'), 'IncludeNotLiteral');
    assert.equal(code('!include'), 'IncludeNotLiteral');
    assert.equal(code('!includedef x.iuml'), 'IncludeUnsupported');
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    assert.equal(isInside('/a/diagrams/x', '/a/diagrams'), true);
    assert.equal(isInside('/a/diagrams', '/a/diagrams'), true);
    assert.equal(isInside('/a/diagrams-secret/x', '/a/diagrams'), false);
  });
});
