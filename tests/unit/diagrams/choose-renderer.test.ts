import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseRenderer } from '../../../scripts/diagrams/choose-renderer.ts';
import { engineRoot } from '../../../scripts/paths.ts';
import { DiagramsSchema } from '../../../scripts/config/schema.ts';

/** The configuration's defaults: local renderer, PlantUML server kind, the public editor. */
const settings = DiagramsSchema.parse({});
const noJava = { PATH: '/nonexistent' };

describe('chooseRenderer', () => {
  it('uses the local JVM when Java is on PATH, without starting it', () => {
    const choice = chooseRenderer({ settings, engineRoot, env: { PATH: process.env['PATH'] ?? '' } });
    assert.match(choice.renderer.id, /^plantuml 1\.2026\.8 pipe SANDBOX/);
    assert.equal(choice.note, undefined);
  });

  it('without Java and without a server, fails the first render naming both remedies', async () => {
    const choice = chooseRenderer({ settings, engineRoot, env: noJava });
    await assert.rejects(choice.renderer.render('@startuml\n@enduml\n'), (error: Error & { hint?: string }) => {
      assert.match(error.message, /Java was not found .* and no diagram server is configured/);
      assert.match(error.hint ?? '', /install Java 17 or newer/);
      assert.match(error.hint ?? '', /renderer: 'remote', server:/);
      return true;
    });
  });

  it('falls back to the configured server when Java is missing', () => {
    const choice = chooseRenderer({
      settings: { ...settings, server: 'http://uml.test/plantuml' },
      engineRoot,
      env: noJava,
    });
    assert.equal(choice.renderer.id, 'remote plantuml http://uml.test/plantuml');
    assert.match(choice.note ?? '', /Java was not found/);
  });

  it("asks for a server when renderer is 'remote' without one", async () => {
    const choice = chooseRenderer({ settings: { ...settings, renderer: 'remote' }, engineRoot, env: noJava });
    await assert.rejects(choice.renderer.render('x'), /diagrams.server is not set/);
  });
});
