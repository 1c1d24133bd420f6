import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { addSchemaGroups } from '../../../scripts/openapi/sidebar.ts';

type Entry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string): Entry => ({
  type: 'link',
  label,
  href,
  isCurrent: false,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: Entry[]): Entry => ({
  type: 'group',
  label,
  entries,
  collapsed: true,
  badge: undefined,
});

const sidebar: Entry[] = [
  link('Welcome', '/'),
  group('API', [
    group('Orders API', [
      link('Overview', '/api/orders/'),
      group('Orders', [link('List orders', '/api/orders/operations/list/')]),
    ]),
  ]),
];
const specs = [
  {
    overviewHref: '/api/orders/',
    schemasHref: '/api/orders/schemas/',
    schemas: [{ name: 'Order', href: '/api/orders/schemas/order/' }],
  },
  { overviewHref: '/api/empty/', schemasHref: '/api/empty/schemas/', schemas: [] },
];

describe('schema sidebar', () => {
  it("appends a Schemas group to the spec's group, after its operations", () => {
    const result = addSchemaGroups(sidebar, specs, '/guidelines/');
    const api = result[1] as Extract<Entry, { type: 'group' }>;
    const orders = api.entries[0] as Extract<Entry, { type: 'group' }>;
    assert.deepEqual(
      orders.entries.map((entry) => entry.label),
      ['Overview', 'Orders', 'Schemas'],
    );
    const schemas = orders.entries[2] as Extract<Entry, { type: 'group' }>;
    assert.equal(schemas.collapsed, true);
    assert.deepEqual(schemas.entries, [link('Order', '/api/orders/schemas/order/')]);
  });

  it('marks the schema page being shown', () => {
    const result = addSchemaGroups(sidebar, specs, '/api/orders/schemas/order');
    const current = JSON.stringify(result).match(/"isCurrent":true/g) ?? [];
    assert.equal(current.length, 1);
  });

  it('leaves the sidebar as it was when no spec group is found', () => {
    assert.deepEqual(addSchemaGroups([link('Welcome', '/')], specs, '/'), [link('Welcome', '/')]);
  });

  it("makes a large spec's group lean: other tags become one link each, the schemas one list", () => {
    const current = { ...link('Get order', '/api/orders/operations/get/'), isCurrent: true } as Entry;
    const large: Entry[] = [
      group('API', [
        group('Orders API', [
          link('Overview', '/api/orders/'),
          group('Orders', [link('List orders', '/api/orders/operations/list/'), current]),
          group('Billing', [
            link('Overview', '/api/orders/operations/tags/billing/'),
            link('Pay', '/api/orders/operations/pay/'),
            link('Refund', '/api/orders/operations/refund/'),
          ]),
          group('Untagged', [link('Ping', '/api/orders/operations/ping/')]),
        ]),
      ]),
    ];
    const result = addSchemaGroups(large, specs, '/api/orders/operations/get/', 3);
    const orders = (result[0] as Extract<Entry, { type: 'group' }>).entries[0] as Extract<Entry, { type: 'group' }>;
    const [, tag, billing, untagged, schemas] = orders.entries;
    assert.equal(tag?.type, 'group', 'the group of the page being shown stays whole');
    assert.deepEqual(billing, {
      ...link('Billing', '/api/orders/operations/tags/billing/'),
      badge: { text: '2', variant: 'default' },
    });
    assert.deepEqual(untagged, {
      ...link('Untagged', '/api/orders/operations/ping/'),
      badge: { text: '1', variant: 'default' },
    });
    assert.deepEqual((schemas as Extract<Entry, { type: 'group' }>).entries, [
      link('All 1 schemas', '/api/orders/schemas/'),
    ]);
  });
});
