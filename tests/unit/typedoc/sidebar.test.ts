import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { referenceSidebar } from '../../../scripts/typedoc/sidebar.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

describe('code reference sidebar', () => {
  it('starts with an Overview link and lists the generated pages instead of autogenerate groups', () => {
    const docsRoot = temporaryFolder('archbook-reference-');
    mkdirSync(path.join(docsRoot, 'reference', 'functions'), { recursive: true });
    writeFileSync(
      path.join(docsRoot, 'reference', 'functions', 'invoiceTotal.md'),
      '---\ntitle: "invoiceTotal"\n---\n',
    );
    writeFileSync(path.join(docsRoot, 'reference', 'functions', 'add.md'), '---\ntitle: "add"\n---\n');
    const sidebar = referenceSidebar(
      [
        { label: 'Welcome', link: '/' },
        {
          label: 'Billing',
          items: [{ label: 'Functions', items: [{ autogenerate: { directory: 'reference/functions' } }] }],
        },
      ],
      { label: 'Billing', docsRoot, base: '/handbook/', output: 'reference' },
    );
    assert.deepEqual(sidebar, [
      { label: 'Welcome', link: '/' },
      {
        label: 'Billing',
        items: [
          { label: 'Overview', link: '/handbook/reference/' },
          {
            label: 'Functions',
            items: [
              { label: 'add', link: '/handbook/reference/functions/add/' },
              { label: 'invoiceTotal', link: '/handbook/reference/functions/invoicetotal/' },
            ],
          },
        ],
      },
    ]);
  });
});
