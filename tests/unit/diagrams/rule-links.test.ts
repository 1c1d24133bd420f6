import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleRegistry } from '../../../scripts/rules/registry.ts';
import type { RetiredRule, RuleDefinition } from '../../../scripts/rules/rule.ts';
import { pictureHtml } from '../../../scripts/diagrams/picture.ts';
import {
  linkRulesToSections,
  retiredRuleLinks,
  ruleTargetsOf,
  type RuleTargets,
} from '../../../scripts/diagrams/rule-links.ts';

const sections = new Map([['ADP-001', '/guidelines/adapters/#adp-001']]);
const retired = new Map<string, RetiredRule>([
  ['ADP-009', { id: 'ADP-009', replacedBy: 'ADP-001', reason: 'Merged.', location: { file: 'rules/retired.yaml' } }],
  ['ADP-008', { id: 'ADP-008', replacedBy: undefined, reason: 'Gone.', location: { file: 'rules/retired.yaml' } }],
]);
const rules: RuleTargets = { section: (id) => sections.get(id), retired: (id) => retired.get(id) };

describe('rule links in diagrams', () => {
  it("points a link to a rule's permalink at the rule's section, with or without the base and an anchor", () => {
    const svg = [
      '<a href="/handbook/rules/ADP-001/" xlink:href="/handbook/rules/ADP-001/">',
      '<a href="/rules/ADP-001/#why">',
      '<a href="/handbook/rules/ADP-001">',
    ].join('');
    assert.equal(
      linkRulesToSections(svg, '/handbook/', rules),
      [
        '<a href="/handbook/guidelines/adapters/#adp-001" xlink:href="/handbook/guidelines/adapters/#adp-001">',
        '<a href="/handbook/guidelines/adapters/#adp-001">',
        '<a href="/handbook/guidelines/adapters/#adp-001">',
      ].join(''),
    );
  });

  it('leaves other links, and links to an ID no rule has, as written', () => {
    const svg =
      '<a href="/rules/NOPE-001/"><a href="/rules/"><a href="/guidelines/rules/ADP-001/"><a href="https://e.org/rules/ADP-001/">';
    assert.equal(linkRulesToSections(svg, '/', rules), svg);
  });

  it('keeps the mark of where a rule link was written when it points it at the section', () => {
    const image = {
      format: 'svg' as const,
      svg: '<svg><a href="/rules/ADP-001/" xlink:href="/rules/ADP-001/"/></svg>',
    };
    const links = [{ target: '/rules/ADP-001/', location: { file: 'diagrams/a.puml', line: 4, column: 7 } }];
    assert.equal(
      pictureHtml(image, 'A', 'inline', { base: '/handbook/', links, rules }),
      '<svg role="group" aria-label="A" focusable="false"><a data-source="diagrams/a.puml:4:7" href="/handbook/guidelines/adapters/#adp-001" xlink:href="/handbook/guidelines/adapters/#adp-001"/></svg>',
    );
  });

  it('refuses a link to a retired rule at the line that wrote it, naming the rule that replaced it', () => {
    const at = (line: number) => ({ file: 'diagrams/a.puml', line, column: 3 });
    const findings = retiredRuleLinks(
      [
        { target: '/rules/ADP-009/', location: at(2) },
        { target: '/rules/ADP-008/#x', location: at(3) },
        { target: '/rules/ADP-001/', location: at(4) },
        { target: '/guidelines/adapters/', location: at(5) },
      ],
      rules,
    );
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.line, finding.message, finding.hint]),
      [
        [
          'DiagramLinkRetired',
          2,
          '[[/rules/ADP-009/]] links to a retired rule',
          'link to [[/rules/ADP-001/ ADP-001]] instead',
        ],
        [
          'DiagramLinkRetired',
          3,
          '[[/rules/ADP-008/#x]] links to a retired rule',
          'remove the link: the rule was retired, and no rule took its place',
        ],
      ],
    );
  });

  it('reads the registry when asked (dev replaces it), and takes the section path prose references use', () => {
    const rule = { id: 'ADP-001', page: 'guidelines/adapters' } as RuleDefinition;
    const empty: RuleRegistry = { rules: [], byId: new Map(), retired: [], retiredById: new Map() };
    const context = { registry: empty, rulePath: (r: RuleDefinition) => `/${r.page}/#${r.id.toLowerCase()}` };
    const targets = ruleTargetsOf(context);
    assert.equal(targets.section('ADP-001'), undefined);
    context.registry = { rules: [rule], byId: new Map([['ADP-001', rule]]), retired: [], retiredById: retired };
    assert.equal(targets.section('ADP-001'), '/guidelines/adapters/#adp-001');
    assert.equal(targets.retired('ADP-009')?.replacedBy, 'ADP-001');
  });
});
