import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { expandDiagram, type FileAccess } from '../../../scripts/diagrams/expand.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const root = path.resolve('/repo/diagrams');

/** An in-memory file system below /repo. */
function memory(files: Record<string, string>): FileAccess {
  const byPath = new Map(Object.entries(files).map(([file, text]) => [path.join('/repo', file), text]));
  return {
    read: (file) => byPath.get(file),
    realpath: (file) => file,
    display: (file) => path.relative('/repo', file),
  };
}

function expand(text: string, files: Record<string, string>, file = 'diagrams/a/main.puml') {
  return expandDiagram({ file, firstLine: 1, text, baseDir: path.join(root, 'a') }, root, memory(files));
}

describe('expandDiagram', () => {
  it('inlines a relative include and remembers where every line came from', () => {
    const { diagram, findings } = expand("' title: x\n@startuml\n!include ../_shared/style.iuml\nA -> B\n@enduml\n", {
      'diagrams/_shared/style.iuml': "' shared\nskinparam shadowing false\n",
    });
    assert.deepEqual(findings, []);
    assert.equal(diagram?.text, "@startuml\n' shared\nskinparam shadowing false\n\nA -> B\n@enduml\n");
    assert.deepEqual(
      diagram.origins.map((o) => `${o.file}:${o.line}`),
      [
        'diagrams/a/main.puml:2',
        'diagrams/_shared/style.iuml:1',
        'diagrams/_shared/style.iuml:2',
        'diagrams/_shared/style.iuml:3',
        'diagrams/a/main.puml:4',
        'diagrams/a/main.puml:5',
      ],
    );
    assert.deepEqual(diagram.includes, [
      { file: 'diagrams/_shared/style.iuml', text: "' shared\nskinparam shadowing false\n" },
    ]);
  });

  it('resolves nested includes from the included file, and keeps the standard library for PlantUML', () => {
    const { diagram } = expand('@startuml\n!include ../lib/outer.iuml\n@enduml', {
      'diagrams/lib/outer.iuml': '!include inner.iuml\n!include <C4/C4_Container>',
      'diagrams/lib/inner.iuml': 'skinparam x y',
    });
    assert.equal(diagram?.text, '@startuml\nskinparam x y\n!include <C4/C4_Container>\n@enduml\n');
    assert.deepEqual(
      diagram.includes.map((i) => i.file),
      ['diagrams/lib/outer.iuml', 'diagrams/lib/inner.iuml'],
    );
  });

  it('takes the first block of an included diagram, a block by index or id, and sub sections', () => {
    const files = {
      'diagrams/a/parts.puml':
        '@startuml\nfirst\n@enduml\n@startuml(id=TWO)\nsecond\n@enduml\n!startsub S\nsub line\n!endsub\n',
    };
    assert.match(
      expand('@startuml\n!include parts.puml\n@enduml', files).diagram?.text ?? '',
      /^@startuml\nfirst\n@enduml/,
    );
    assert.match(expand('@startuml\n!include parts.puml!1\n@enduml', files).diagram?.text ?? '', /\nsecond\n/);
    assert.match(expand('@startuml\n!include parts.puml!TWO\n@enduml', files).diagram?.text ?? '', /\nsecond\n/);
    assert.equal(
      expand('@startuml\n!includesub parts.puml!S\n@enduml', files).diagram?.text,
      '@startuml\nsub line\n@enduml\n',
    );
  });

  it('includes a file once with !include_once', () => {
    const { diagram } = expand('@startuml\n!include_once s.iuml\n!include_once s.iuml\n@enduml', {
      'diagrams/a/s.iuml': 'once',
    });
    assert.equal(diagram?.text, '@startuml\nonce\n@enduml\n');
  });

  it('reports problems inside included files at their own line', () => {
    const { diagram, findings } = expand('@startuml\n!include s.iuml\n@enduml', {
      'diagrams/a/s.iuml': 'ok\nA -> B : %getenv("HOME")',
    });
    assert.equal(diagram, undefined);
    assert.deepEqual(
      findings.map((f) => [f.code, f.location]),
      [['DiagramGetenv', { file: 'diagrams/a/s.iuml', line: 2, column: 10 }]],
    );
  });

  it('reports rejected, missing and cyclic includes at the include line', () => {
    const { findings } = expand(
      '@startuml\n!include /etc/passwd\n!include nope.iuml\n!include loop.iuml\n!include s.iuml!9\n@enduml',
      {
        'diagrams/a/loop.iuml': '!include loop.iuml',
        'diagrams/a/s.iuml': 'x',
      },
    );
    assert.deepEqual(
      findings.map((f) => `${f.code} ${f.location.file}:${f.location.line}:${f.location.column}`),
      [
        'IncludeAbsolute diagrams/a/main.puml:2:1',
        'IncludeMissing diagrams/a/main.puml:3:1',
        'IncludeCycle diagrams/a/loop.iuml:1:1',
        'IncludeMissing diagrams/a/main.puml:5:1',
      ],
    );
  });

  it('reports a fence without @startuml at the fence line of the page', () => {
    const { findings } = expandDiagram(
      { file: 'docs/page.md', firstLine: 12, text: 'A -> B', baseDir: root },
      root,
      memory({}),
    );
    assert.deepEqual(findings[0]?.location, { file: 'docs/page.md', line: 12, column: 1 });
    assert.equal(findings[0].code, 'DiagramStartMissing');
  });

  it('rejects a symbolic link that leads out of the diagrams folder', () => {
    const base = realpathSync(temporaryFolder('archbook-expand-'));
    const diagrams = path.join(base, 'diagrams');
    mkdirSync(diagrams);
    writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
    symlinkSync(path.join(base, 'secret.txt'), path.join(diagrams, 'link.iuml'));
    const files: FileAccess = {
      read: (file) => readFileSync(file, 'utf8'),
      realpath: (file) => realpathSync(file),
      display: (file) => path.relative(base, file),
    };
    const { findings } = expandDiagram(
      { file: 'diagrams/x.puml', firstLine: 1, text: '@startuml\n!include link.iuml\n@enduml', baseDir: diagrams },
      diagrams,
      files,
    );
    assert.deepEqual(
      findings.map((f) => f.code),
      ['IncludeOutsideDiagrams'],
    );
  });
});
