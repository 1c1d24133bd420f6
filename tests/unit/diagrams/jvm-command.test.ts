import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plantumlPipeCommand } from '../../../scripts/diagrams/jvm-command.ts';

describe('plantumlPipeCommand', () => {
  const command = plantumlPipeCommand('/x/plantuml.jar', '__D__');

  it('sets the sandbox profile before -jar and in the environment', () => {
    const jar = command.args.indexOf('-jar');
    assert.ok(command.args.indexOf('-DPLANTUML_SECURITY_PROFILE=SANDBOX') < jar);
    assert.equal(command.args[jar + 1], '/x/plantuml.jar');
    assert.deepEqual(command.env, { PLANTUML_SECURITY_PROFILE: 'SANDBOX' });
  });

  it('keeps the source out of the SVG and errors in band, in pipe mode', () => {
    for (const flag of ['-tsvg', '-nometadata', '--no-error-image', '-pipe', '-pipeNoStderr', '-stdrpt:2']) {
      assert.ok(command.args.includes(flag), flag);
    }
    assert.deepEqual(command.args.slice(-2), ['-pipedelimitor', '__D__']);
    assert.match(command.outputFlags, /SANDBOX -tsvg -nometadata/);
  });

  it('tunes the JVM for a short run, before -jar (after it they would be PlantUML arguments)', () => {
    const jar = command.args.indexOf('-jar');
    for (const flag of ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']) {
      const at = command.args.indexOf(flag);
      assert.ok(at !== -1 && at < jar, flag);
    }
  });

  it('leaves the collector to an environment that picks one (the JVM refuses two)', () => {
    for (const name of ['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', '_JAVA_OPTIONS']) {
      const chosen = plantumlPipeCommand('/x/plantuml.jar', '__D__', { [name]: '-Xmx1g -XX:+UseG1GC' });
      assert.ok(!chosen.args.includes('-XX:+UseSerialGC'), name);
      assert.ok(chosen.args.includes('-XX:TieredStopAtLevel=1'), name);
    }
    const unrelated = plantumlPipeCommand('/x/plantuml.jar', '__D__', { JAVA_TOOL_OPTIONS: '-Xmx1g' });
    assert.ok(unrelated.args.includes('-XX:+UseSerialGC'));
  });
});
