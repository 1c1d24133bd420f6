import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import plantumlEncoder from 'plantuml-encoder';
import { editorLink } from '../../../scripts/diagrams/editor-link.ts';
import { DiagramsSchema } from '../../../scripts/config/schema.ts';

/** The configuration's defaults: local renderer, PlantUML server kind, the public editor. */
const settings = DiagramsSchema.parse({});

describe('editorLink', () => {
  it('encodes the expanded text after the editor URL', () => {
    const link = editorLink(settings, '@startuml\nA -> B\n@enduml\n');
    assert.match(link, /^https:\/\/editor\.plantuml\.com\/uml\//);
    assert.equal(
      plantumlEncoder.decode(link.slice('https://editor.plantuml.com/uml/'.length)),
      '@startuml\nA -> B\n@enduml\n',
    );
  });

  it('uses the configured PlantUML server, not a Kroki one', () => {
    assert.match(
      editorLink({ ...settings, server: 'http://uml.test/plantuml' }, 'x'),
      /^http:\/\/uml\.test\/plantuml\/uml\//,
    );
    assert.match(
      editorLink({ ...settings, server: 'http://kroki.test', serverKind: 'kroki' }, 'x'),
      /^https:\/\/editor\.plantuml\.com/,
    );
  });
});
