// The command-line habits of Astro users: `--outDir`, strict flags with a usage line, and a preview that
// honours `--port`/`--host` and the base path the build used.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, copyFixture, engineRoot, stripAnsi, type FixtureBuild } from '../helpers/build.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/** Runs a CLI script of the engine on a content root; returns exit code and output. */
function cli(root: string, args: readonly string[]): { code: number; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(engineRoot, 'scripts/cli', ...args.slice(0, 1)), ...args.slice(1)],
    {
      cwd: root,
      env: { ...process.env, ARCHBOOK_ROOT: root, NO_COLOR: '1' },
      encoding: 'utf8',
    },
  );
  return { code: result.status ?? 1, output: stripAnsi(`${result.stdout}${result.stderr}`) };
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Starts `npm run preview` with arguments and waits for the address it prints. */
async function preview(root: string, args: readonly string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(engineRoot, 'scripts/cli/serve.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ARCHBOOK_ROOT: root, BASE_PATH: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = / at (http:\/\/\S+) /.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => reject(new Error(`preview exited:\n${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

describe('command-line habits', () => {
  let build: FixtureBuild;
  let outDir: string;

  before(async () => {
    const root = copyFixture('minimal');
    outDir = path.join(temporaryFolder('archbook-outdir-'), 'site');
    const env = { BASE_PATH: '/handbook/' };
    build = await buildFixture(root, { reuseRoot: root, env, args: ['--outDir', outDir] });
  });

  it('builds into the folder --outDir names, leaving dist/ alone', () => {
    assert.equal(build.code, 0, build.output);
    assert.ok(existsSync(path.join(outDir, 'index.html')));
    assert.equal(existsSync(build.outDir), false);
  });

  it('stops on an unknown flag with the usage line, building nothing', () => {
    const result = cli(build.root, ['build.ts', '--outdir', '/tmp/nowhere']);
    assert.equal(result.code, 2);
    assert.match(result.output, /archbook build: Unknown option '--outdir'/);
    assert.match(result.output, /usage: npm run build -- \[--outDir <dir>\]/);
    assert.match(
      cli(build.root, ['serve.ts', '--prot', '8081']).output,
      /usage: npm run preview -- \[--port <number>\]/,
    );
  });

  it('previews on the --port and --host given, under the base path the build used', async () => {
    const port = await freePort();
    const server = await preview(build.root, ['--outDir', outDir, '--port', String(port), '--host', '127.0.0.1']);
    try {
      assert.equal(server.url, `http://127.0.0.1:${port}/handbook/`);
      const page = await fetch(server.url);
      assert.equal(page.status, 200);
      const html = await page.text();
      const stylesheet = /<link rel="stylesheet" href="(\/handbook\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
      assert.ok(stylesheet, 'the page links its styles under the base');
      assert.equal((await fetch(new URL(stylesheet, server.url))).status, 200);
    } finally {
      server.stop();
    }
  });
});
