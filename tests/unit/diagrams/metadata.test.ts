import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMetadata } from '../../../scripts/diagrams/metadata.ts';

describe('readMetadata', () => {
  it('reads title and a wrapped alt from the comment header', () => {
    const source =
      "' title: Order flow\n' alt: A client sends an order\n'   and the API stores it.\n@startuml\n' alt: not this\nA -> B\n@enduml\n";
    assert.deepEqual(readMetadata(source, '<svg data-diagram-type="SEQUENCE"></svg>', 'order'), {
      title: 'Order flow',
      alt: 'A client sends an order and the API stores it.',
      kind: 'sequence diagram',
    });
  });

  it('falls back to the title line and names what the SVG shows', () => {
    const svg =
      '<svg data-diagram-type="DESCRIPTION"><g class="entity" data-qualified-name="api" id="e1"><rect/><text x="1">HTTP API</text></g><g class="entity" data-qualified-name="db"><text>Postgres</text></g></svg>';
    const meta = readMetadata('@startuml\ntitle <b>Components</b>\ncomponent api\n@enduml', svg, 'components');
    assert.deepEqual(meta, {
      title: 'Components',
      alt: 'Components: Component diagram showing HTTP API, Postgres.',
      kind: 'component diagram',
    });
  });

  it('uses the file name, or the kind for a fence', () => {
    assert.equal(
      readMetadata(
        '@startuml\nA -> B\n@enduml',
        '<svg data-diagram-type="SEQUENCE"><g><title>A</title></g></svg>',
        'request-flow',
      ).title,
      'Request flow',
    );
    const fence = readMetadata(
      '@startuml\nA -> B\n@enduml',
      '<svg data-diagram-type="SEQUENCE"><g><title>A</title></g></svg>',
      '',
    );
    assert.deepEqual(fence, {
      title: 'PlantUML sequence diagram',
      alt: 'Sequence diagram showing A.',
      kind: 'sequence diagram',
    });
  });
});
