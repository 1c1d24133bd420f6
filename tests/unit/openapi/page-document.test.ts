import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageDocument, withBaseLinks } from '../../../scripts/openapi/page-document.ts';

const downloads = [
  { fileName: 'orders.yaml', href: '/handbook/api/orders/orders.yaml', format: 'YAML' },
  { fileName: 'orders.json', href: '/handbook/api/orders/orders.json', format: 'JSON' },
];

/** Link targets of one of the team's own specs. */
function ownLinks(base: string) {
  return { base, docsUrl: undefined, external: false };
}

describe('page document', () => {
  it('ends the overview description with links to the bundled files', () => {
    const bundled = { openapi: '3.1.0', info: { title: 'Orders', version: '1', description: 'Takes orders.\n' } };
    const page = pageDocument(bundled, { downloads, links: ownLinks('/handbook/') });
    assert.equal(
      (page['info'] as { description: string }).description,
      'Takes orders.\n\n**Download** this API description as one bundled file: ' +
        '[orders.yaml](/handbook/api/orders/orders.yaml) (YAML) · [orders.json](/handbook/api/orders/orders.json) (JSON).',
    );
    assert.equal(bundled.info.description, 'Takes orders.\n', 'the bundle itself is left alone');
  });

  it('adds the note when the spec has no description', () => {
    const page = pageDocument({ info: { title: 'Orders', version: '1' } }, { downloads, links: ownLinks('/') });
    assert.match((page['info'] as { description: string }).description, /^\*\*Download\*\*/);
  });

  it('moves root-relative links in descriptions under the base path', () => {
    const document = {
      info: { description: 'See [the guideline](/guidelines/http-api/) and <a href="/rules/">rules</a>.' },
      paths: { '/a': { get: { description: 'Like [that](https://example.org/x) and [this](//cdn/x).' } } },
      components: { schemas: { A: { properties: { description: { type: 'string', description: '[B](/api/b/)' } } } } },
    };
    withBaseLinks(document, '/handbook/');
    assert.equal(
      document.info.description,
      'See [the guideline](/handbook/guidelines/http-api/) and <a href="/handbook/rules/">rules</a>.',
    );
    assert.equal(document.paths['/a'].get.description, 'Like [that](https://example.org/x) and [this](//cdn/x).');
    assert.equal(document.components.schemas.A.properties.description.description, '[B](/handbook/api/b/)');
  });

  it('changes nothing under the root base', () => {
    const document = { info: { description: '[x](/x/)' } };
    withBaseLinks(document, '/');
    assert.equal(document.info.description, '[x](/x/)');
  });

  it('ends a third-party overview with its conformance table, each rule linked to its permalink', () => {
    const conformance = [
      { id: 'API-001', href: '/rules/API-001/', checks: ['rule/API-001-a', 'rule/API-001-b'], findings: 3 },
      { id: 'AUTH-001', href: undefined, checks: ['rule/AUTH-001-a'], findings: 0 },
      { id: undefined, href: undefined, checks: ['rule/offline-images'], findings: 1 },
    ];
    const links = { base: '/', docsUrl: 'https://docs.example.org/', external: true };
    const page = pageDocument({ info: { title: 'Vendor', version: '1' } }, { downloads, links, conformance });
    const description = (page['info'] as { description: string }).description;
    assert.match(description, /\n\n### Conformance to the house rules\n/);
    assert.match(description, /4 findings in all/);
    assert.match(description, /\| \[API-001\]\(\/rules\/API-001\/\) \| 2 \| 3 \|/);
    assert.match(description, /\| AUTH-001 \| 1 \| 0 \|/);
    assert.match(description, /\| `rule\/offline-images` \| 1 \| 1 \|/);
  });
});
