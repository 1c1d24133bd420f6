/** Options of {@link postBuildChecks}. */
export interface PostBuildCheckOptions {
  /** The freshly built (staging) output folder. */
  readonly outDir: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Checks the built site before it is published. Returns one formatted line per problem; empty when the
 * output may be swapped in.
 */
export async function postBuildChecks(_options: PostBuildCheckOptions): Promise<string[]> {
  return [];
}
