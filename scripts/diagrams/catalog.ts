import type { SourceLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';

/**
 * The diagram errors a user can cause, by stable name, each with what to do about it. Names are never
 * renamed: tests, CI annotations and people's memories refer to them.
 */
export const diagramHints = {
  DiagramStartMissing: 'begin the diagram with a line @startuml (or @startmindmap, @startjson, …)',
  DiagramEndMissing: 'close the diagram with the @end line matching its @start line',
  DiagramMultiple: 'keep one diagram per file or fence; split the others into their own files',
  DiagramSyntax: 'fix the line PlantUML names; try it in the PlantUML editor to see the error in place',
  DiagramUnsupported:
    'check the spelling of the @start… line; this kind is not in PlantUML 1.2026 (see https://plantuml.com for the kinds it draws)',
  DiagramCrash:
    'PlantUML failed inside this diagram: simplify the part it names, or try it in the PlantUML editor to find the line',
  DiagramEmpty: 'write the diagram between the @start… and @end… lines, or delete the file',
  DiagramGraphviz: 'add !pragma layout smetana (the built-in layout engine) instead of a layout that needs Graphviz',
  DiagramTimeout: 'simplify the diagram, or raise diagrams.timeoutMs in archbook.config.ts',
  IncludeAbsolute: 'include files inside the diagrams folder with a path relative to the including file',
  IncludeOutsideDiagrams: 'move the shared file into the diagrams folder and include it with a relative path',
  IncludeUrl: 'copy the file into the diagrams folder and include it with a relative path',
  IncludeNotLiteral: 'write the include target as a plain relative path, e.g. !include ../_shared/style.iuml',
  IncludeMissing: 'check the path; it is resolved from the folder of the including file',
  IncludeCycle: 'remove the include that closes the loop',
  IncludeUnsupported: 'use !include, !include_many, !include_once or !includesub with a relative path',
  DiagramGetenv: 'write the value into the diagram; builds must not depend on the machine they run on',
  DiagramLoadJson: 'define the data inline with !$data = { … } instead of loading a file or URL',
  DiagramFileAccess: 'remove the call; diagrams are rendered without access to the file system',
  DiagramImage: 'use a sprite or a standard-library icon (<C4/...>, <tupadr3/...>) instead of an image file',
  DiagramImport: 'include the needed files with a relative !include instead of importing an archive',
  DiagramThemeFrom: 'use a built-in theme (!theme cerulean) or put the styling in an included .iuml file',
  DiagramLinkScheme:
    'link to a page of the handbook by its root-relative path, e.g. [[/guidelines/adapters/]] or [[/rules/ADP-001/ ADP-001]], or to an https: address',
  DiagramLinkRelative:
    'write the path from the handbook root, as in a page: [[/guidelines/adapters/]], [[/rules/ADP-001/ ADP-001]]',
  DiagramLinkRetired: 'remove the link: the rule was retired, and no rule took its place',
  DiagramInteractive: 'remove the pragma: it adds a script to the SVG; the diagram pages offer zoom themselves',
  DiagramUnknown: 'name a file below the diagrams folder, e.g. src="mills-planner/component.puml"',
  DiagramRendererMissing:
    "install Java 17 or newer (java on PATH or JAVA_HOME), or set diagrams: { renderer: 'remote', server: 'https://…' } in archbook.config.ts",
  DiagramRendererFailed: 'check the PlantUML message above; PlantUML 1.2026 needs Java 17 or newer',
  DiagramSandboxInactive:
    'PlantUML must run with PLANTUML_SECURITY_PROFILE=SANDBOX set in the environment or as -D before -jar; report this as a bug',
  DiagramRemoteFailed: 'check that diagrams.server is reachable and is a PlantUML or Kroki server',
} as const;

/** Name of a diagram error in {@link diagramHints}. */
export type DiagramErrorCode = keyof typeof diagramHints;

/** A finding about a diagram, with the catalog's hint. */
export function diagramFinding(code: DiagramErrorCode, message: string, location: SourceLocation): Finding {
  return { code, message, hint: diagramHints[code], location };
}
