import type { APIRoute } from 'astro';
import data from 'virtual:archbook/rules';
import kit from 'virtual:archbook/kit';
import handbook from 'virtual:archbook/site';

/**
 * `dist/rules.json`: every rule with its ID, level, title, URL, section, scope (an ID of `scopes`), source
 * (`{ document, title, section }` with `document` an ID of `sources` and `section` possibly null, or
 * `"house"`), the open questions disputing it, and the days it was introduced and last changed (the same
 * until it changes); the retired IDs with `replacedBy` and the day they were retired. For review bots and
 * linters.
 */
export const GET: APIRoute = ({ site }) => {
  const absolute = (url: string) => (site ? new URL(url, site).href : url);
  const body = {
    scopes: handbook.scopes,
    sources: handbook.sources,
    rules: data.rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: rule.title,
      url: absolute(rule.url),
      permalink: absolute(`${import.meta.env.BASE_URL}rules/${rule.id}/`),
      section: rule.section,
      scope: rule.scope,
      source: rule.source,
      disputes: rule.disputes.map((dispute) => ({ ...dispute, url: absolute(dispute.url) })),
      checkedBy: kit.checks[rule.id] ?? [],
      introduced: rule.introduced,
      changed: rule.changed,
    })),
    retired: data.retired.map((entry) => ({
      id: entry.id,
      reason: entry.reason,
      replacedBy: entry.replacedBy?.id ?? null,
      retired: entry.changed,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
