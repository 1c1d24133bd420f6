import config from 'virtual:starlight/user-config';

/** The handbook's title, for pages that do not use Starlight's layout. */
export const siteTitle: string = typeof config.title === 'string' ? config.title : (Object.values(config.title)[0] ?? 'Handbook');
