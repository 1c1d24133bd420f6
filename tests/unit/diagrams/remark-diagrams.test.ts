import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { ArchbookError } from '../../../scripts/errors.ts';
import { rehypeBaseLinks } from '../../../scripts/content/rehype-base-links.ts';
import type { DiagramEntry, DiagramPipeline } from '../../../scripts/diagrams/pipeline.ts';
import type { DiagramFence } from '../../../scripts/diagrams/sources.ts';
import { remarkDiagrams } from '../../../scripts/diagrams/remark-diagrams.ts';

const entry: DiagramEntry = {
  id: 'mills-planner/component',
  file: 'diagrams/mills-planner/component.puml',
  title: 'Components',
  alt: 'Adapters "around" the core.',
  kind: 'component diagram',
  key: 'k',
  image: {
    format: 'svg',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><a href="/guidelines/x/" xlink:href="/guidelines/x/"><rect id="dk-1"/></a><a href="/rules/ADP-001/"><rect/></a></svg>',
  },
  source: '',
  expanded: '',
  includes: [],
  embeds: [],
  links: [
    { target: '/guidelines/x/', location: { file: 'diagrams/mills-planner/component.puml', line: 4, column: 9 } },
    { target: '/rules/ADP-001/', location: { file: 'diagrams/mills-planner/component.puml', line: 5, column: 9 } },
  ],
  rules: ['ADP-001'],
};

const rules = { section: (id: string) => (id === 'ADP-001' ? '/guidelines/adapters/#adp-001' : undefined) };

function fakePipeline(fences: DiagramFence[], failures: string[]): DiagramPipeline {
  return {
    fingerprint: 'f',
    diagramsRoot: '/repo/diagrams',
    notice: undefined,
    stats: () => ({ rendered: 0, cached: 0, jvmStarts: 0 }),
    refresh: () => Promise.resolve({ total: 0, rendered: 0, cached: 0, jvmStarts: 0 }),
    prefetch: () => undefined,
    settled: () => Promise.resolve(),
    failed: () => false,
    planned: () => Promise.resolve(true),
    linksRetiredSincePlan: () => false,
    knows: (src) => src === 'mills-planner/component.puml',
    plannedEntries: () => [entry],
    plannedEntry: (src) => (src === 'mills-planner/component.puml' ? entry : undefined),
    recordFailure: (message) => void failures.push(message),
    failures: () => failures,
    entry: (src) => (src === 'mills-planner/component.puml' ? entry : undefined),
    entries: () => [entry],
    renderFence(fence) {
      fences.push(fence);
      if (fence.text.includes('bad'))
        return Promise.reject(new ArchbookError('DiagramSyntax', 'docs/page.md:8  PlantUML: Syntax Error?', 'fix it'));
      return Promise.resolve({
        ...entry,
        alt: 'Sequence diagram showing A, B.',
        image: { format: 'svg', svg: '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>' },
      });
    },
    close: () => Promise.resolve(),
  };
}

async function render(markdown: string, base = '/') {
  const fences: DiagramFence[] = [];
  const failures: string[] = [];
  const diagrams = fakePipeline(fences, failures);
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkDirective, [remarkDiagrams, { diagrams, base, root: '/repo', rules }]],
    rehypePlugins: [[rehypeBaseLinks, { base }]],
  });
  const code = (await processor.render(markdown, { fileURL: new URL('file:///repo/docs/page.md') })).code;
  return { code, fences, failures };
}

describe('remarkDiagrams', () => {
  it('embeds a diagram file as a captioned figure linking to its page', async () => {
    const { code } = await render(
      'Intro\n\n::diagram[The *components*]{src="mills-planner/component.puml"}\n',
      '/handbook/',
    );
    assert.match(code, /<figure class="ab-diagram" data-diagram="mills-planner\/component">/);
    assert.match(code, /<svg role="group" aria-label="Adapters &#x22;around&#x22; the core\." focusable="false"/);
    assert.match(code, /<span class="ab-diagram__caption">The components<\/span>/);
    assert.match(
      code,
      /<a class="ab-diagram__open" href="\/handbook\/diagrams\/mills-planner\/component\/">Open “Components”<\/a>/,
    );
  });

  it("sends the embedded diagram's rule links to the rule's section, marked with their .puml line", async () => {
    const { code } = await render('::diagram{src="mills-planner/component.puml"}\n', '/handbook/');
    assert.match(
      code,
      /<a data-source="diagrams\/mills-planner\/component\.puml:5:9" href="\/handbook\/guidelines\/adapters\/#adp-001">/,
    );
    assert.doesNotMatch(code, /rules\/ADP-001/);
  });

  it('renders a plantuml fence with its title as caption and passes its position', async () => {
    const { code, fences } = await render('# T\n\n```plantuml title="Handshake"\n@startuml\nA -> B\n@enduml\n```\n');
    assert.deepEqual(fences, [
      { page: 'docs/page.md', firstLine: 4, text: '@startuml\nA -> B\n@enduml', title: 'Handshake' },
    ]);
    assert.match(
      code,
      /<figure class="ab-diagram"><div class="ab-diagram__canvas" data-pagefind-ignore(="")?><svg role="img" aria-label="Sequence diagram showing A, B\."/,
    );
    assert.match(code, /<figcaption><span class="ab-diagram__caption">Handshake<\/span><\/figcaption>/);
    assert.doesNotMatch(code, /<pre/);
  });

  it('waits for the diagrams of a dev server that started before they were rendered', async () => {
    let rendered: DiagramEntry[] = [];
    let finish = (): void => undefined;
    const pending = new Promise<void>((resolve) => (finish = resolve));
    const diagrams: DiagramPipeline = {
      ...fakePipeline([], []),
      settled: () => pending,
      entry: (src) => rendered.find((candidate) => `${candidate.id}.puml` === src),
    };
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkDirective, [remarkDiagrams, { diagrams, base: '/', root: '/repo', rules }]],
    });
    const page = processor.render('::diagram{src="mills-planner/component.puml"}', {
      fileURL: new URL('file:///repo/docs/page.md'),
    });
    setTimeout(() => {
      rendered = [entry];
      finish();
    }, 20);
    assert.match((await page).code, /<figure[^>]*>/);
  });

  it('renders a page that shows no diagram without waiting for them', async () => {
    const diagrams: DiagramPipeline = { ...fakePipeline([], []), settled: () => new Promise<void>(() => undefined) };
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkDirective, [remarkDiagrams, { diagrams, base: '/', root: '/repo', rules }]],
    });
    const page = await processor.render('# Prose\n\n```python\nprint(1)\n```\n', {
      fileURL: new URL('file:///repo/docs/page.md'),
    });
    assert.match(page.code, /<h1 id="prose">Prose<\/h1>[\s\S]*data-language="python"/);
  });

  it('leaves a failed diagram check to report its own problems, not as this page’s', async () => {
    const failures: string[] = [];
    const diagrams: DiagramPipeline = { ...fakePipeline([], failures), failed: () => true, entry: () => undefined };
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkDirective, [remarkDiagrams, { diagrams, base: '/', root: '/repo', rules }]],
    });
    const page = await processor.render('::diagram{src="mills-planner/component.puml"}', {
      fileURL: new URL('file:///repo/docs/page.md'),
    });
    assert.doesNotMatch(page.code, /<figure/);
    assert.deepEqual(failures, []);
  });

  it('still fails a page naming a diagram that does not exist while another diagram is broken', async () => {
    const failures: string[] = [];
    const diagrams: DiagramPipeline = { ...fakePipeline([], failures), failed: () => true, entry: () => undefined };
    const processor = await createMarkdownProcessor({
      remarkPlugins: [remarkDirective, [remarkDiagrams, { diagrams, base: '/', root: '/repo', rules }]],
    });
    await assert.rejects(
      processor.render('::diagram{src="typo.puml"}', { fileURL: new URL('file:///repo/docs/page.md') }),
      /diagram "typo.puml" does not exist/,
    );
  });

  it('fails the page at the directive when the diagram does not exist, and records it', async () => {
    await assert.rejects(render('Text\n\n::diagram[X]{src="nope.puml"}\n'), (error: Error & { line?: number }) => {
      assert.match(error.message, /diagram "nope.puml" does not exist/);
      assert.equal(error.line, 3);
      return true;
    });
  });

  it('fails the page at a fence PlantUML rejects', async () => {
    await assert.rejects(
      render('Text\n\n```puml\n@startuml\nbad\n@enduml\n```\n'),
      /docs\/page\.md:8 {2}PlantUML: Syntax Error\?/,
    );
  });
});
