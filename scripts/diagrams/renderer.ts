/** The outcome of rendering one expanded diagram. */
export type RenderOutcome =
  | { readonly ok: true; readonly svg: string }
  | {
      readonly ok: false;
      /** 0-based index of the failing line in the text that was rendered, when known. */
      readonly line: number | undefined;
      readonly message: string;
    };

/** Something that turns PlantUML text into SVG: the local JVM or a remote server. */
export interface DiagramRenderer {
  /** What the output depends on besides the text: version and flags, or the server; part of the cache key. */
  readonly id: string;
  /** Human-readable name for log lines. */
  readonly label: string;
  /**
   * Renders one diagram (`@start…` to `@end…`, includes expanded).
   * @throws ArchbookError when the renderer itself fails (not for a bad diagram, which is an outcome)
   */
  render(text: string): Promise<RenderOutcome>;
  /** Stops whatever the renderer started. */
  close(): Promise<void>;
}
