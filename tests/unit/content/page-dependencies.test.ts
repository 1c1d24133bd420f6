import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  currentPageDependencyKey,
  pageDependencyKey,
  providePageDependencies,
  renderingKey,
  type PageDependencySources,
} from '../../../scripts/content/page-dependencies.ts';

type Entry = ReturnType<NonNullable<PageDependencySources['diagrams']>['plannedEntries']>[number];

function sources(state: { rules: string; all: string; keys: Record<string, string>; links?: string[] }) {
  const entries = Object.entries(state.keys).map(([id, key]): Entry => ({
    id,
    key,
    title: id,
    rules: id === 'flow' ? (state.links ?? []) : [],
  }));
  return {
    rules: { fingerprint: state.rules },
    diagrams: {
      fingerprint: state.all,
      plannedEntries: () => entries,
      plannedEntry: (src: string) => entries.find((entry) => `${entry.id}.puml` === src),
    },
  } satisfies PageDependencySources;
}

const before = { rules: 'r1', all: 'd1', keys: { flow: 'k-flow-1', deploy: 'k-deploy-1' } };

describe('a page’s dependency key', () => {
  it('is empty for a page that shows no rule and no diagram', () => {
    assert.equal(pageDependencyKey('# Plain\n\nJust prose, a [link](/x/).\n', sources(before)), '');
  });

  it('follows the one diagram a page embeds, not the others', () => {
    const page = 'Intro\n\n::diagram[The flow]{src="flow.puml"}\n';
    const key = pageDependencyKey(page, sources(before));
    assert.equal(key, 'k-flow-1');
    assert.equal(pageDependencyKey(page, sources({ ...before, keys: { ...before.keys, deploy: 'k-deploy-2' } })), key);
    assert.notEqual(pageDependencyKey(page, sources({ ...before, keys: { ...before.keys, flow: 'k-flow-2' } })), key);
  });

  it('follows the rules too when the diagram it embeds links to a rule (the links lead to their sections)', () => {
    const page = '::diagram{src="flow.puml"}\n';
    const linking = { ...before, links: ['LOG-001'] };
    const key = pageDependencyKey(page, sources(linking));
    assert.notEqual(pageDependencyKey(page, sources({ ...linking, rules: 'r2' })), key);
    assert.equal(
      pageDependencyKey(page, sources({ ...before, rules: 'r2' })),
      pageDependencyKey(page, sources(before)),
    );
  });

  it('falls back to every diagram for a directive it cannot resolve and for a fence', () => {
    assert.equal(pageDependencyKey('::diagram{src="gone.puml"}\n', sources(before)), 'd1,r1');
    assert.equal(pageDependencyKey('```plantuml\n@startuml\nA -> B\n@enduml\n```\n', sources(before)), 'd1');
  });

  it('follows the rules, and the diagrams that link to rules, on a page with a rule or a reference', () => {
    for (const page of [':::rule[Log in JSON]{#LOG-001 level=MUST}\nBody\n:::\n', 'See [[LOG-001]].\n']) {
      const key = pageDependencyKey(page, sources(before));
      assert.notEqual(pageDependencyKey(page, sources({ ...before, rules: 'r2' })), key);
      assert.notEqual(pageDependencyKey(page, sources({ ...before, links: ['LOG-001'] })), key);
      assert.equal(pageDependencyKey(page, sources({ ...before, keys: { ...before.keys, flow: 'k-flow-2' } })), key);
    }
  });

  it('names only the rules in the dev server, which keeps no rendered page and may still be rendering diagrams', () => {
    const dev = { ...sources(before), diagrams: undefined };
    assert.equal(pageDependencyKey('See [[LOG-001]].\n::diagram{src="flow.puml"}\n', dev), 'r1');
    assert.equal(pageDependencyKey('::diagram{src="flow.puml"}\n```plantuml\nA -> B\n```\n', dev), '');
  });
});

describe('the key every page shares', () => {
  const engine = 'engine-1';
  const config = { title: 'Handbook', scopes: [{ id: 'all', title: 'All services' }] };
  const hosting = { site: undefined, base: '/' };

  it('changes with the engine’s code, the configuration or the hosting, and only with them', () => {
    const key = renderingKey(engine, config, hosting);
    assert.equal(renderingKey(engine, structuredClone(config), { ...hosting }), key);
    assert.notEqual(renderingKey('engine-2', config, hosting), key);
    assert.notEqual(renderingKey(engine, { ...config, title: 'Other' }, hosting), key);
    assert.notEqual(renderingKey(engine, config, { ...hosting, base: '/handbook/' }), key);
  });

  it('leads every page’s key, so that a page with no rule and no diagram is rendered again when it changes', () => {
    const plain = '# Plain\n\nJust prose.\n';
    const provide = (rendering: string) =>
      providePageDependencies({ ...sources(before), rules: { fingerprint: 'r1', refreshIfChanged() {} }, rendering });
    provide('k1');
    const first = currentPageDependencyKey(plain);
    provide('k2');
    assert.equal(first, 'k1;');
    assert.equal(currentPageDependencyKey(plain), 'k2;');
  });
});
