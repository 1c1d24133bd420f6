import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectLinks,
  linkedRules,
  linkKind,
  linkTarget,
  relativeLinkProblem,
} from '../../../scripts/diagrams/links.ts';
import { markLinkSources } from '../../../scripts/diagrams/picture.ts';

describe('diagram links', () => {
  it('reads the target of a PlantUML link, with or without tooltip and label', () => {
    assert.equal(linkTarget('/rules/ADP-001/ ADP-001'), '/rules/ADP-001/');
    assert.equal(linkTarget('{Adapters} /guidelines/adapters/'), '/guidelines/adapters/');
    assert.equal(linkTarget('https://example.org{tip}'), 'https://example.org');
  });

  it('allows handbook paths and https addresses only', () => {
    assert.deepEqual(
      ['/guidelines/adapters/', 'https://example.org', 'http://example.org', '//evil.example', 'mailto:a@b'].map(
        linkKind,
      ),
      ['handbook', 'https', 'other', 'other', 'other'],
    );
  });

  it('explains relative links and bare rule IDs, and ignores data that only looks like a link', () => {
    assert.match(relativeLinkProblem('ADP-001') ?? '', /write \[\[\/rules\/ADP-001\/ ADP-001\]\]/);
    assert.match(relativeLinkProblem('../adapters/') ?? '', /would point elsewhere/);
    assert.match(relativeLinkProblem('#ports') ?? '', /would point elsewhere/);
    assert.equal(relativeLinkProblem('1,'), undefined);
    assert.equal(relativeLinkProblem('/guidelines/x/'), undefined);
  });

  it('collects handbook links with their file, line and column, and the rules they name', () => {
    const lines = [
      '@startuml',
      "' [[/guidelines/commented/]]",
      'a [[/rules/ADP-001/ ADP-001]] --> b : [[/guidelines/x/#y]]',
      '@enduml',
    ];
    const origins = lines.map((_, index) => ({ file: 'diagrams/a.puml', line: index + 1 }));
    const links = collectLinks(lines, origins);
    assert.deepEqual(links, [
      { target: '/rules/ADP-001/', location: { file: 'diagrams/a.puml', line: 3, column: 3 } },
      { target: '/guidelines/x/#y', location: { file: 'diagrams/a.puml', line: 3, column: 39 } },
    ]);
    assert.deepEqual(linkedRules([...links, ...links]), ['ADP-001']);
  });

  it('marks each link of an SVG with where it was written, also below a base path', () => {
    const svg =
      '<svg><a href="/handbook/guidelines/x/#y" xlink:href="/handbook/guidelines/x/#y"><rect/></a><a href="https://e.org"></a></svg>';
    const link = { target: '/guidelines/x/#y', location: { file: 'diagrams/a.puml', line: 3, column: 38 } };
    assert.equal(
      markLinkSources(svg, [link], '/handbook/'),
      '<svg><a data-source="diagrams/a.puml:3:38" href="/handbook/guidelines/x/#y" xlink:href="/handbook/guidelines/x/#y"><rect/></a><a href="https://e.org"></a></svg>',
    );
  });
});
