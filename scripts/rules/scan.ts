import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Finding } from '../findings.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import { parsePage } from '../content/parse-page.ts';
import { pageSlug } from '../content/slug.ts';
import { readCheckedBy } from '../kit/checked-by.ts';
import { readKitFragments } from '../kit/fragments.ts';
import { ruleIdPattern, ruleLevels, type RuleDefinition, type RuleLevel, type RuleReference } from './rule.ts';
import { collectReferences } from './reference-scan.ts';
import { disputeDirectiveName, readDispute, type DisputeEntry } from './dispute.ts';

/** Name of the container directive that defines a rule: `:::rule[Title]{#LOG-002 level=MUST}`. */
export const ruleDirectiveName = 'rule';

export { ruleReferencePattern } from './reference-scan.ts';

/**
 * A rule as read from its page, before its scope and source are resolved against the configuration
 * and the frontmatter defaults.
 */
export interface ScannedRule {
  readonly rule: Omit<RuleDefinition, 'scope' | 'source' | 'disputes'>;
  /** The rule's own `scope=` and `source=` attributes, when it has them. */
  readonly declared: { readonly scope: string | undefined; readonly source: string | undefined };
}

/** Rules, references, open questions and problems found in one page. */
export interface PageScan {
  readonly rules: ScannedRule[];
  readonly references: RuleReference[];
  readonly disputes: DisputeEntry[];
  readonly findings: Finding[];
}

/**
 * Parses one page and collects its rule definitions and `[[ID]]` references, with source positions.
 * Pure: no file system access.
 */
export function scanPage(file: MarkdownFile): PageScan {
  const tree = parsePage(file);
  const slug = pageSlug(file.relativePath, asString(file.frontmatter['slug']));
  const pageTitle = asString(file.frontmatter['title']) ?? slug;
  const result: PageScan = { rules: [], references: [], disputes: [], findings: [] };
  // Anchors as Astro gives headings that have no id of their own: one slugger over the page, in order.
  const slugger = new GithubSlugger();
  let question: { text: string; anchor: string } | undefined;

  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      const anchor = slugger.slug(text);
      if (node.depth === 2) question = { text, anchor };
    }
    if (node.type === 'containerDirective' && node.name === ruleDirectiveName) {
      const rule = readRule(node, { file, slug, pageTitle, heading: question?.text }, result.findings);
      if (rule) result.rules.push(rule);
    }
    if (node.type === 'leafDirective' && node.name === disputeDirectiveName) {
      const context = { file: file.displayPath, page: slug, pageTitle, question };
      const entry = readDispute(node, context, result.findings);
      if (entry) result.disputes.push(entry);
    }
    if (node.type === 'text') collectReferences(node, file.displayPath, result.references);
  });
  return result;
}

interface RuleContext {
  readonly file: MarkdownFile;
  readonly slug: string;
  readonly pageTitle: string;
  readonly heading: string | undefined;
}

function readRule(node: ContainerDirective, context: RuleContext, findings: Finding[]): ScannedRule | undefined {
  const location = {
    file: context.file.displayPath,
    line: node.position?.start.line,
    column: node.position?.start.column,
  };
  const report = (code: string, message: string, hint: string): undefined => {
    findings.push({ code, message, hint, location });
    return undefined;
  };
  const id = node.attributes?.['id'] ?? '';
  if (id === '') {
    return report('RuleIdMissing', 'a rule has no ID', 'add an ID such as {#LOG-002 level=MUST} after the label');
  }
  if (!ruleIdPattern.test(id)) {
    return report(
      'RuleIdMalformed',
      `rule ID "${id}" does not match ${ruleIdPattern.source}`,
      'use 2-6 capital letters, a dash and three digits, e.g. LOG-002',
    );
  }
  const level = (node.attributes?.['level'] ?? '').toUpperCase();
  if (!isRuleLevel(level)) {
    return report(
      'RuleLevelInvalid',
      `rule ${id} has level "${node.attributes?.['level'] ?? ''}"`,
      'set level=MUST, level=SHOULD or level=MAY',
    );
  }
  const [first, ...body] = node.children;
  const title = isLabel(first) ? toString(first).trim() : '';
  if (title === '') {
    return report(
      'RuleTitleMissing',
      `rule ${id} has no statement`,
      'write the one-line statement in [...] after :::rule',
    );
  }
  const summary = body
    .filter((child) => child.type !== 'code')
    .map((child) => toString(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const checks = readCheckedBy(node.attributes?.['checkedBy'], id, location);
  const kit = readKitFragments(body, context.file.displayPath);
  findings.push(...checks.findings, ...kit.findings);
  const rule = {
    id,
    level,
    title,
    summary,
    page: context.slug,
    pageTitle: context.pageTitle,
    heading: context.heading,
    checkedBy: checks.checks,
    kit: kit.fragments,
    location,
  };
  return { rule, declared: { scope: attribute(node, 'scope'), source: attribute(node, 'source') } };
}

function attribute(node: ContainerDirective, name: string): string | undefined {
  const value = node.attributes?.[name];
  return typeof value === 'string' ? value : undefined;
}

function isLabel(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.data?.directiveLabel === true;
}

function isRuleLevel(value: string): value is RuleLevel {
  return (ruleLevels as readonly string[]).includes(value);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
