/** The picture of a diagram: SVG text for almost every kind, PNG bytes for the kinds PlantUML draws only so. */
export type DiagramImage =
  { readonly format: 'svg'; readonly svg: string } | { readonly format: 'png'; readonly png: Buffer };

/** The outcome of rendering one expanded diagram. */
export type RenderOutcome =
  | { readonly ok: true; readonly image: DiagramImage }
  | {
      readonly ok: false;
      /** 0-based index of the failing line in the text that was rendered, when known. */
      readonly line: number | undefined;
      readonly message: string;
    };

/** Something that turns PlantUML text into a picture: the local JVM or a remote server. */
export interface DiagramRenderer {
  /** What the output depends on besides the text: version and flags, or the server; part of the cache key. */
  readonly id: string;
  /** Human-readable name for log lines. */
  readonly label: string;
  /**
   * Renders one diagram (`@start…` to `@end…`, includes expanded) in the format asked for (SVG unless
   * said). A kind PlantUML draws only as PNG (ditaa) may answer with PNG although SVG was asked for.
   * @throws ArchbookError when the renderer itself fails (not for a bad diagram, which is an outcome)
   */
  render(text: string, format?: DiagramImage['format']): Promise<RenderOutcome>;
  /** Stops whatever the renderer started. */
  close(): Promise<void>;
}
