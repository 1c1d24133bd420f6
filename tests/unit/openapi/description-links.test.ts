import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveLink, rewriteDescriptionLinks, specDocsUrl } from '../../../scripts/openapi/description-links.ts';

const vendor = { base: '/handbook/', docsUrl: 'https://docs.vendor.example/en/rest', external: true };
const own = { base: '/handbook/', docsUrl: undefined, external: false };

describe('description links', () => {
  it('resolves relative and root-relative links of a third-party spec against its documentation URL', () => {
    assert.equal(resolveLink('/rest/webhooks#create', vendor), 'https://docs.vendor.example/rest/webhooks#create');
    assert.equal(resolveLink('guides/auth', vendor), 'https://docs.vendor.example/en/guides/auth');
    assert.equal(resolveLink('https://example.org/x', vendor), 'https://example.org/x');
    assert.equal(resolveLink('#section', vendor), undefined, "a section of the vendor's page: rendered as text");
    assert.equal(resolveLink('#section', own), '#section');
  });

  it('leads into the handbook through the handbook: form, from any spec', () => {
    assert.equal(resolveLink('handbook:/guidelines/http-api/', vendor), '/handbook/guidelines/http-api/');
    assert.equal(resolveLink('handbook:rules/API-001/', own), '/handbook/rules/API-001/');
  });

  it("keeps the team's own root-relative links as handbook paths under the base", () => {
    assert.equal(resolveLink('/guidelines/http-api/', own), '/handbook/guidelines/http-api/');
    assert.equal(resolveLink('other.md', own), 'other.md');
  });

  it('renders template text and unresolvable third-party links as their text', () => {
    const text = 'See [the docs](${externalDocsUrl}/rest/repos) and [this](/rest/x).';
    assert.equal(rewriteDescriptionLinks(text, vendor), 'See the docs and [this](https://docs.vendor.example/rest/x).');
    assert.equal(
      rewriteDescriptionLinks('[a](/rest/a)', { ...vendor, docsUrl: undefined }),
      'a',
      'no documentation URL to resolve against',
    );
    assert.equal(rewriteDescriptionLinks('<a href="{{url}}/x">x</a>', vendor), '<a>x</a>');
  });

  it('rewrites HTML links, reference definitions and link titles too', () => {
    assert.equal(
      rewriteDescriptionLinks('<a href="/rest/a">a</a>\n\n[b]: /rest/b\n[c](/rest/c "C")', vendor),
      '<a href="https://docs.vendor.example/rest/a">a</a>\n\n[b]: https://docs.vendor.example/rest/b\n' +
        '[c](https://docs.vendor.example/rest/c "C")',
    );
  });

  it('finds the documentation URL in the configuration, externalDocs, then the first server', () => {
    const document = {
      externalDocs: { url: 'https://docs.vendor.example/' },
      servers: [{ url: 'https://api.vendor.example/v3' }],
    };
    assert.equal(specDocsUrl(document, 'https://override.example/', true), 'https://override.example/');
    assert.equal(specDocsUrl(document, undefined, true), 'https://docs.vendor.example/');
    assert.equal(specDocsUrl({ servers: document.servers }, undefined, true), 'https://api.vendor.example/');
    assert.equal(specDocsUrl({ servers: [{ url: 'https://{region}.vendor.example' }] }, undefined, true), undefined);
    assert.equal(specDocsUrl(document, undefined, false), undefined, "the team's own specs link into the handbook");
  });
});
