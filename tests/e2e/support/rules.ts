import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtSite } from './site.ts';

/** A rule as published in `rules.json`. */
export interface PublishedRuleEntry {
  id: string;
  level: 'MUST' | 'SHOULD' | 'MAY';
  title: string;
  url: string;
  permalink: string;
  section: string;
  /** Day the rule was introduced, and of its latest change (the same until it changes). */
  introduced: string;
  changed: string;
}

/** Reads the built site's `rules.json`. */
export function readPublishedRules(): PublishedRuleEntry[] {
  const file = path.join(builtSite.dir, 'rules.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { rules: PublishedRuleEntry[] }).rules;
}

/** Whether a rule changed since it was introduced: its permalink then shows its history instead of redirecting. */
export function hasChanged(rule: PublishedRuleEntry): boolean {
  return rule.changed !== rule.introduced;
}

/** Every n-th rule, so the browser sample covers each page without visiting them all. */
export function sampleRules(rules: readonly PublishedRuleEntry[], count: number): PublishedRuleEntry[] {
  const step = Math.max(1, Math.floor(rules.length / count));
  return rules.filter((_, index) => index % step === 0).slice(0, count);
}

/** The path part of a rule URL (rules.json holds absolute URLs when SITE_URL is set). */
export function pathOf(url: string): string {
  return new URL(url, 'http://localhost').pathname + new URL(url, 'http://localhost').hash;
}
