import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkdownFile } from '../../../scripts/content/markdown-files.ts';
import { buildSidebar, type GeneratedGroup } from '../../../scripts/sidebar/groups.ts';
import { labelFromFolder, readContentSections } from '../../../scripts/sidebar/sections.ts';
import { findPagesOutsideSidebar } from '../../../scripts/sidebar/unlisted.ts';

function page(relativePath: string, frontmatter: Record<string, unknown> = {}): MarkdownFile {
  const displayPath = `site/content/docs/${relativePath}`;
  return { absolutePath: `/x/${displayPath}`, displayPath, relativePath, source: '', frontmatter };
}

const rules: GeneratedGroup = { key: 'rules', order: 200, item: { label: 'Rules', items: [] } };
const noGenerated = new Set<string>();

function labels(sidebar: ReturnType<typeof buildSidebar>['sidebar']): string[] {
  return sidebar.map((item) => (typeof item === 'object' && 'label' in item ? String(item.label) : '?'));
}

describe('the sidebar made from the content', () => {
  const pages = [
    page('index.mdx', { title: 'Home', sidebar: { label: 'Welcome' } }),
    page('runbooks/incident.md', { title: 'Incident' }),
    page('guidelines/index.md', { title: 'Guidelines', section: { label: 'Our guidelines', order: 1 } }),
    page('guidelines/logging.md', { title: 'Logging' }),
  ];

  it('makes a group of every folder, labelled and ordered by its index frontmatter, then the generated ones', () => {
    const { sections } = readContentSections(pages, noGenerated);
    const built = buildSidebar(sections, [rules], { groups: {} });
    assert.deepEqual(labels(built.sidebar), ['Start here', 'Our guidelines', 'Runbooks', 'Rules']);
    assert.deepEqual(built.sidebar[2], {
      label: 'Runbooks',
      collapsed: false,
      items: [{ slug: 'runbooks/incident' }],
    });
    assert.deepEqual(built.sidebar[0], {
      label: 'Start here',
      collapsed: false,
      items: [{ label: 'Welcome', link: '/' }],
    });
  });

  it("leaves a folder's pages to Starlight's autogenerate when asked, so dev picks up new pages", () => {
    const { sections } = readContentSections(pages, noGenerated);
    const built = buildSidebar(sections, [], { groups: {} }, { autogenerate: true });
    assert.deepEqual((built.sidebar[2] as { items: unknown }).items, [{ autogenerate: { directory: 'runbooks' } }]);
  });

  it('lets the configuration relabel, fold and reorder any group, generated ones included', () => {
    const { sections } = readContentSections(pages, noGenerated);
    const settings = { groups: { runbooks: { label: 'Operations', collapsed: true }, rules: { order: 5 } } };
    const built = buildSidebar(sections, [rules], settings);
    assert.deepEqual(labels(built.sidebar), ['Start here', 'Our guidelines', 'Rules', 'Operations']);
    assert.equal((built.sidebar[3] as { collapsed: boolean }).collapsed, true);
  });

  it('shows only the groups of an explicit order, and fails a page in a folder left out', () => {
    const { sections } = readContentSections(pages, noGenerated);
    const built = buildSidebar(sections, [rules], { groups: {}, order: ['.', 'guidelines', 'rules', 'api'] });
    assert.deepEqual(labels(built.sidebar), ['Start here', 'Our guidelines', 'Rules']);
    const findings = findPagesOutsideSidebar(pages, built.shown, noGenerated);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.file]),
      [['PageNotInSidebar', 'site/content/docs/runbooks/incident.md']],
    );
    assert.match(findings[0]?.hint ?? '', /unlisted: true/);
  });

  it('accepts a page outside every group when its frontmatter marks it unlisted', () => {
    const unlisted = [
      page('drafts/idea.md', { unlisted: true }),
      page('drafts/other.md', { sidebar: { hidden: true } }),
    ];
    assert.deepEqual(findPagesOutsideSidebar(unlisted, new Set(['.']), noGenerated), []);
  });

  it('names an unknown group in the order, and a malformed section field with its file', () => {
    const bad = [page('ops/index.md', { section: { label: 3 } })];
    const { sections, findings } = readContentSections(bad, noGenerated);
    assert.equal(findings[0]?.code, 'SectionInvalid');
    assert.match(findings[0]?.message ?? '', /section\.label/);
    const built = buildSidebar(sections, [], { groups: {}, order: ['ops', 'nope'] });
    assert.deepEqual(
      built.findings.map((finding) => finding.code),
      ['SidebarGroupUnknown'],
    );
  });

  it('leaves out folders the build writes, such as the code reference', () => {
    const { sections } = readContentSections([page('reference/index.md')], new Set(['reference']));
    assert.deepEqual(sections, []);
  });

  it('turns a folder name into a label', () => {
    assert.equal(labelFromFolder('on-call_guides'), 'On call guides');
  });
});
