import assert from 'node:assert/strict';
import os from 'node:os';
import { describe, it } from 'node:test';
import { PipeError, startPipe } from '../../../scripts/diagrams/pipe.ts';

const delimiter = '__DELIM__';

/**
 * A stand-in for PlantUML's pipe mode: reads @start…@end blocks from stdin and answers each with an SVG
 * naming the block's second line, then the delimiter. Modes: `split` writes each answer in two chunks,
 * `die` exits with a message on stderr at the second block, `hang` stops answering at a `slow` block,
 * `nice` answers with its own scheduling niceness instead, `slowstart` answers its first block after 1 s.
 */
const fake = `
const [mode, delimiter] = process.argv.slice(1);
let buffer = '', count = 0, hung = false, out = '', writing = false;
const flush = () => {
  if (writing || out === '') return;
  writing = true;
  const piece = out.slice(0, 7);
  out = out.slice(7);
  process.stdout.write(piece);
  setTimeout(() => { writing = false; flush(); }, 2);
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  let end;
  while ((end = buffer.indexOf('@enduml\\n')) !== -1) {
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 8);
    count += 1;
    const name = mode === 'nice' ? String(require('node:os').getPriority()) : block.split('\\n')[1];
    if (mode === 'die' && count === 2) { process.stderr.write('Exception in thread main: boom\\n'); process.exit(3); }
    if (mode === 'hang' && name === 'slow') hung = true;
    if (mode === 'slowstart' && count === 1) { setTimeout(() => process.stdout.write('<svg>' + name + '</svg>' + delimiter + '\\n'), 1000); continue; }
    if (hung) continue;
    const reply = '<svg>' + name + '</svg>' + delimiter + '\\n';
    if (mode === 'split') { out += reply; flush(); }
    else process.stdout.write(reply);
  }
});
`;

function start(mode: string, timeoutMs = 5000, niceness?: number) {
  return startPipe({
    command: process.execPath,
    args: ['-e', fake, mode, delimiter],
    env: process.env,
    cwd: os.tmpdir(),
    delimiter,
    timeoutMs,
    ...(niceness === undefined ? {} : { niceness }),
  });
}

const diagram = (name: string) => `@startuml\n${name}\n@enduml\n`;

describe('startPipe', () => {
  // A niceness can only be raised without privileges, and Windows knows a few priority classes instead.
  const base = os.getPriority();
  const skip = process.platform === 'win32' || base >= 17 ? 'needs POSIX niceness above this process' : false;
  it(
    'runs the process at the niceness asked for (the JVM yields to the build and the dev server)',
    { skip },
    async () => {
      const pipe = start('nice', 5000, base + 2);
      assert.equal((await pipe.request(diagram('x'))).toString('utf8'), `<svg>${base + 2}</svg>`);
      await pipe.close();
      const plain = start('nice');
      assert.equal((await plain.request(diagram('x'))).toString('utf8'), `<svg>${base}</svg>`);
      await plain.close();
    },
  );

  it('answers requests first in, first out, also when replies arrive in pieces', async () => {
    const pipe = start('split');
    const replies = await Promise.all(['a', 'b', 'c'].map((name) => pipe.request(diagram(name))));
    assert.deepEqual(
      replies.map((reply) => reply.toString('utf8')),
      ['<svg>a</svg>', '<svg>b</svg>', '<svg>c</svg>'],
    );
    await pipe.close();
    assert.equal(pipe.alive, false);
  });

  it('rejects every pending request with stderr when the process exits', async () => {
    const pipe = start('die');
    const results = await Promise.allSettled(['a', 'b', 'c'].map((name) => pipe.request(diagram(name))));
    assert.equal(results[0]?.status, 'fulfilled');
    for (const result of results.slice(1)) {
      assert.equal(result.status, 'rejected');
      const error: unknown = result.reason;
      assert.ok(error instanceof PipeError);
      assert.match(error.message, /exited \(code 3\)/);
      assert.match(error.stderr, /boom/);
    }
    await assert.rejects(pipe.request(diagram('d')), /not running/);
  });

  it('rejects when the command cannot start', async () => {
    const pipe = startPipe({
      command: '/nonexistent/java',
      args: [],
      env: process.env,
      cwd: os.tmpdir(),
      delimiter,
      timeoutMs: 1000,
    });
    await assert.rejects(
      pipe.request(diagram('a')),
      (error: unknown) => error instanceof PipeError && /could not start/.test(error.message),
    );
    await pipe.close();
  });

  it('gives the first reply, which waits for the process to start, four times as long as the others', async () => {
    const pipe = start('slowstart', 800);
    assert.equal((await pipe.request(diagram('a'))).toString('utf8'), '<svg>a</svg>');
    assert.equal((await pipe.request(diagram('b'))).toString('utf8'), '<svg>b</svg>');
    await pipe.close();
  });

  it('times out a request that gets no answer, and stops the ones behind it', async () => {
    // Long enough for the stand-in process to start on a loaded machine; the hang never answers anyway.
    const pipe = start('hang', 2000);
    const results = await Promise.allSettled([
      pipe.request(diagram('a')),
      pipe.request(diagram('slow')),
      pipe.request(diagram('c')),
    ]);
    assert.equal(results[0].status, 'fulfilled');
    const slow = results[1] as PromiseRejectedResult;
    const behind = results[2] as PromiseRejectedResult;
    assert.equal((slow.reason as PipeError).reason, 'timeout');
    assert.equal((behind.reason as PipeError).reason, 'stopped');
    await pipe.close();
  });
});
