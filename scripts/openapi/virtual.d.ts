// Types of the modules the API pages import: the engine's own, and starlight-openapi's building blocks
// reached through the `archbook:starlight-openapi/` alias (see integration.ts).
declare module 'virtual:archbook/openapi' {
  export const specs: import('./prepare.ts').PublishedSpec[];
}

declare module 'virtual:starlight-openapi/schemas' {
  const schemas: Record<string, { config: { base: string }; document: Record<string, unknown> }>;
  export default schemas;
}

declare module 'archbook:starlight-openapi/libs/dereference' {
  export function ensureSchemaDereference(schema: { document: Record<string, unknown> }): Promise<void>;
}

declare module 'archbook:starlight-openapi/libs/exampleValue' {
  export function createSchemaExampleValue(schema: unknown): unknown;
}

declare module 'archbook:starlight-openapi/components/schema/Schema.astro' {
  const Schema: (props: { schema: unknown; example?: unknown; generated?: boolean; description?: string }) => unknown;
  export default Schema;
}
