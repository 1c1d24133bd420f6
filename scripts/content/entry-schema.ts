import path from 'node:path';
import type { Loader } from 'astro/loaders';

// The folder of the entry whose data is being parsed, set only while a loader's parseData call runs.
let parsingIn: string | undefined;

/**
 * Runs a loader's `parseData` for the entry at `filePath`, so that {@link schemaPerFolder} knows which
 * folder the schema it is asked for serves. Astro builds the schema synchronously, before parseData's
 * first await; the folder is forgotten right after, so a schema asked for at any other time is built anew.
 */
export function parsingEntryIn<T>(filePath: string | undefined, parse: () => T): T {
  parsingIn = filePath === undefined ? undefined : path.dirname(filePath);
  try {
    return parse();
  } finally {
    parsingIn = undefined;
  }
}

/** Wraps a content loader so that {@link schemaPerFolder} knows the folder of each entry it parses. */
export function withEntryFolders(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (entry) => parsingEntryIn(entry.filePath, () => context.parseData(entry)),
      }),
  };
}

/**
 * A collection schema built once per folder of entries instead of once per entry. Astro calls a schema
 * given as a function for every entry it parses; Starlight's builds its whole frontmatter schema each time
 * (half a second of a cold start's 1,000 pages, and as long again in compiling each new schema's parser).
 * The only thing that differs between entries is the `image()` helper, which resolves a relative image
 * against the entry's folder: one schema per folder parses exactly as one per entry did. The collection's
 * loader goes through {@link withEntryFolders}; without it, the schema is built for every entry as before.
 */
export function schemaPerFolder<Context, Schema>(build: (context: Context) => Schema): (context: Context) => Schema {
  const built = new Map<string, Schema>();
  return (context) => {
    if (parsingIn === undefined) return build(context);
    let schema = built.get(parsingIn);
    if (schema === undefined) {
      schema = build(context);
      built.set(parsingIn, schema);
    }
    return schema;
  };
}
