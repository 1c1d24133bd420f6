// The content check of the tool kit: every file the team's handbook generates parses, and every setting in
// it sits under a comment naming a rule the handbook publishes.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'smol-toml';
import { parseIni } from '../../scripts/kit/ini.ts';
import { contentRoot } from '../../scripts/paths.ts';

const dist = path.resolve(contentRoot, process.env['CONTENT_DIST'] ?? 'dist');
const kitDir = path.join(dist, 'kit');
const scopes = existsSync(kitDir) ? readdirSync(kitDir).filter((name) => !name.includes('.')) : [];

describe('the tool kit of this handbook', () => {
  it('parses, and names an existing rule above every setting', { skip: scopes.length === 0 }, () => {
    const rules = JSON.parse(readFileSync(path.join(dist, 'rules.json'), 'utf8')) as { rules: { id: string }[] };
    const ids = new Set(rules.rules.map((rule) => rule.id));
    const problems: string[] = [];
    for (const scope of scopes) {
      for (const file of ['pyproject.toml', 'setup.cfg', '.editorconfig']) {
        const absolute = path.join(kitDir, scope, file);
        if (!existsSync(absolute)) continue;
        const text = readFileSync(absolute, 'utf8');
        if (file.endsWith('.toml')) parse(text);
        else parseIni(text);
        const lines = text.split('\n');
        let table = -1;
        lines.forEach((line, index) => {
          if (line.startsWith('[')) table = line.startsWith('[[') ? index : -1;
          const comment = /^# ([A-Z]{2,6}-\d{3}): /.exec(line);
          if (comment && !ids.has(comment[1] ?? '')) problems.push(`${scope}/${file}: ${comment[1]} is not a rule`);
          if (!/^[\w-]+ = /.test(line)) return;
          // A table of an array of tables is named once, under its [[header]]; any other setting right above it.
          const above = table >= 0 ? lines[table + 1] : lines[index - 1];
          if (!/^# [A-Z]{2,6}-\d{3}: /.test(above ?? ''))
            problems.push(`${scope}/${file}: "${line}" has no rule comment`);
        });
      }
    }
    assert.deepEqual(problems, []);
  });
});
