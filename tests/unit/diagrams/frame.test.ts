import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBlocks, frameDiagram } from '../../../scripts/diagrams/frame.ts';

const lines = (text: string) => text.split('\n');

describe('frameDiagram', () => {
  it('finds the one block of a diagram after leading comments', () => {
    const framed = frameDiagram(lines("' title: A\n@startuml\nA -> B\n@enduml\n"));
    assert.deepEqual(framed, { block: { kind: 'uml', id: undefined, start: 1, end: 3 } });
  });

  it('reads other kinds and ids', () => {
    assert.deepEqual(findBlocks(lines('@startmindmap(id=MAP)\n* a\n@endmindmap\n@startjson J\n{}\n@endjson')), [
      { kind: 'mindmap', id: 'MAP', start: 0, end: 2 },
      { kind: 'json', id: 'J', start: 3, end: 5 },
    ]);
  });

  it('reports a missing @startuml at the first line of text', () => {
    assert.deepEqual(frameDiagram(lines("' comment\n\nA -> B\n")), {
      problem: { code: 'DiagramStartMissing', message: 'the diagram has no @startuml line', line: 2 },
    });
  });

  it('reports a block that is never closed at its start line', () => {
    const framed = frameDiagram(lines('@startuml\nA -> B\n@endmindmap\n'));
    assert.ok('problem' in framed);
    assert.equal(framed.problem.code, 'DiagramEndMissing');
    assert.equal(framed.problem.line, 0);
  });

  it('reports a second diagram at its start line', () => {
    const framed = frameDiagram(lines('@startuml\nA -> B\n@enduml\n\n@startuml\nC -> D\n@enduml\n'));
    assert.ok('problem' in framed);
    assert.equal(framed.problem.code, 'DiagramMultiple');
    assert.equal(framed.problem.line, 4);
  });
});
