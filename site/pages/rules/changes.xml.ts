import type { APIRoute } from 'astro';
import data from 'virtual:archbook/rules';
import site from 'virtual:archbook/site';
import { atomFeed } from '../../../scripts/rules/atom-feed.ts';
import { changeLog } from '../../../scripts/rules/change-log.ts';

/** `dist/rules/changes.xml`: the rule changes as an Atom feed; absolute URLs when `SITE_URL` is set. */
export const GET: APIRoute = ({ site: siteUrl }) => {
  const base = import.meta.env.BASE_URL;
  const absolute = (url: string) => (siteUrl ? new URL(url, siteUrl).href : url);
  const days = changeLog([
    ...data.rules.map((rule) => ({ id: rule.id, statement: rule.title, history: rule.history })),
    ...data.retired.map((entry) => ({
      id: entry.id,
      statement: entry.lastStatement ?? entry.reason,
      history: entry.history,
    })),
  ]);
  const body = atomFeed({
    title: `${site.title}: rule changes`,
    author: site.title,
    feedUrl: absolute(`${base}rules/changes.xml`),
    pageUrl: absolute(`${base}rules/changes/`),
    permalink: (id) => absolute(`${base}rules/${id}/`),
    absolute: siteUrl !== undefined,
    days,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
