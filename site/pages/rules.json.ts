import type { APIRoute } from 'astro';
import data from 'virtual:archbook/rules';

/**
 * `dist/rules.json`: every rule with its ID, level, title, URL, section, and the days it was introduced and
 * last changed (the same until it changes), for review bots and linters.
 */
export const GET: APIRoute = ({ site }) => {
  const absolute = (url: string) => (site ? new URL(url, site).href : url);
  const body = {
    rules: data.rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      title: rule.title,
      url: absolute(rule.url),
      permalink: absolute(`${import.meta.env.BASE_URL}rules/${rule.id}/`),
      section: rule.section,
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
