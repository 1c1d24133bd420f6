import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLine, linkScheme } from '../../../scripts/diagrams/source-check.ts';

const codes = (line: string) => checkLine(line).map((problem) => problem.code);

describe('checkLine', () => {
  it('passes ordinary diagram lines', () => {
    for (const line of [
      'A -> B : metadata: ok',
      'class Foo [[https://example.org]]',
      'url of A is [[/guidelines/x/]]',
      '[[1, 2], [3]]',
      'note: data: values',
    ]) {
      assert.deepEqual(codes(line), [], line);
    }
  });

  it('finds what reads the build machine, with its column', () => {
    assert.deepEqual(checkLine('A -> B : %getenv("HOME")'), [
      { code: 'DiagramGetenv', message: '%getenv reads the environment of the build machine', column: 10 },
    ]);
    assert.deepEqual(codes('!$j = %load_json("data.json")'), ['DiagramLoadJson']);
    assert.deepEqual(codes('A : %file_exists("/etc/passwd")'), ['DiagramFileAccess']);
    assert.deepEqual(codes('A -> B : <img:/etc/hosts.png>'), ['DiagramImage']);
    assert.deepEqual(codes('!theme mine from /tmp/themes'), ['DiagramThemeFrom']);
    assert.deepEqual(codes('!pragma svginteractive true'), ['DiagramInteractive']);
  });

  it('finds script and data links, also when disguised', () => {
    assert.deepEqual(codes('class Foo [[javascript:alert(1)]]'), ['DiagramLinkScheme']);
    assert.deepEqual(codes('A -> B : [[data:text/html,<script>alert(1)</script> x]]'), ['DiagramLinkScheme']);
    assert.deepEqual(codes('A : [[{tip} JaVa&#x53;cript:alert(1) label]]'), ['DiagramLinkScheme']);
    assert.deepEqual(codes('a [URL="javascript:alert(1)"]'), ['DiagramLinkScheme']);
  });

  it('skips whole-line comments', () => {
    assert.deepEqual(codes("' %getenv is not allowed here"), []);
  });
});

describe('linkScheme', () => {
  it('reads the scheme of a link target', () => {
    assert.equal(linkScheme(' https://x.org label'), 'https');
    assert.equal(linkScheme('/relative/path'), undefined);
    // PlantUML ends the target at the first blank, so this target is "java" and the rest a label.
    assert.equal(linkScheme('java\tscript:alert(1)'), undefined);
    assert.equal(linkScheme('java%09script:alert(1)'), 'javascript');
  });
});
