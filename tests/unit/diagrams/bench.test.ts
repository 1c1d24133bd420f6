import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { benchDiagram } from '../../../scripts/bench/diagrams.ts';
import { findPlantumlJar } from '../../../scripts/diagrams/jar.ts';
import { findJava } from '../../../scripts/diagrams/java.ts';
import { createLocalRenderer } from '../../../scripts/diagrams/local-renderer.ts';
import { engineRoot } from '../../../scripts/paths.ts';

const java = findJava(process.env);

describe('the diagram benchmark', { skip: java === undefined ? 'Java is not installed' : false }, () => {
  const renderer = createLocalRenderer({
    java: java ?? 'java',
    jar: findPlantumlJar(engineRoot),
    env: process.env,
    timeoutMs: 30_000,
  });
  after(() => renderer.close());

  it('generates ten kinds of diagram, each unique, all valid', async () => {
    const sources = Array.from({ length: 10 }, (_, index) => benchDiagram(index));
    assert.equal(new Set(sources).size, 10);
    assert.notEqual(benchDiagram(3), benchDiagram(13));
    const outcomes = await Promise.all(sources.map((source) => renderer.render(source)));
    outcomes.forEach((outcome, index) =>
      assert.equal(outcome.ok, true, `kind ${index}: ${JSON.stringify(outcome).slice(0, 200)}`),
    );
  });
});
