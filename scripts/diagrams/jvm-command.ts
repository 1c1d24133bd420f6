/** The one sandbox profile the pipeline runs PlantUML with: no file, URL or environment access. */
export const securityProfile = 'SANDBOX';

/** How to start PlantUML in pipe mode. */
export interface JvmCommand {
  readonly args: string[];
  /** Extra environment for the JVM. */
  readonly env: Record<string, string>;
  /** The flags that shape the output, for the cache key. */
  readonly outputFlags: string;
}

/**
 * How the JVM runs, not what it draws. Rendering comes in short bursts (a build's diagrams, a saved `.puml`
 * in dev), too short for the optimising compiler to pay back its own work: with the quick compiler only,
 * 200 bench diagrams from an empty cache took 2.1 to 2.4 s instead of 2.8 to 3.1 s, with a third less CPU.
 * The one-thread collector keeps the JVM at 172 MB instead of about 400 MB, at the same speed; it is left
 * out when the environment already picks a collector (the JVM refuses to start with two).
 */
function jvmTuning(env: NodeJS.ProcessEnv): string[] {
  const options = ['JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS', '_JAVA_OPTIONS'].map((name) => env[name] ?? '');
  const collectorChosen = options.some((value) => /-XX:\+Use\w*GC\b/.test(value));
  return ['-XX:TieredStopAtLevel=1', ...(collectorChosen ? [] : ['-XX:+UseSerialGC'])];
}

/**
 * The command line of the long-lived PlantUML JVM. Pure.
 *
 * The security profile is set twice, as the environment variable and as `-D` *before* `-jar`: after `-jar`
 * it would be a PlantUML argument and be ignored, and a misspelt value silently falls back to LEGACY, which is
 * why the pipe also renders a canary at start-up (see canary.ts). `-nometadata` keeps the source out of the
 * SVG; `--no-error-image` and `-pipeNoStderr` turn a bad diagram into an in-band error report (`-stdrpt:2`:
 * `file:line:error:message`) followed by the delimiter, instead of an error image.
 * @param jar - absolute path of plantuml.jar
 * @param delimiter - line written after each diagram; must never occur in output
 * @param env - the environment the JVM will see (its `JAVA_TOOL_OPTIONS` and the like)
 */
export function plantumlPipeCommand(jar: string, delimiter: string, env: NodeJS.ProcessEnv = {}): JvmCommand {
  const outputFlags = ['-tsvg', '-nometadata', '--no-error-image', '-charset', 'UTF-8'];
  return {
    args: [
      `-DPLANTUML_SECURITY_PROFILE=${securityProfile}`,
      '-Djava.awt.headless=true',
      '-Dfile.encoding=UTF-8',
      '-Xss8m',
      ...jvmTuning(env),
      '-jar',
      jar,
      ...outputFlags,
      '-pipe',
      '-pipeNoStderr',
      '-stdrpt:2',
      '-pipedelimitor',
      delimiter,
    ],
    env: { PLANTUML_SECURITY_PROFILE: securityProfile },
    outputFlags: `${securityProfile} ${outputFlags.join(' ')}`,
  };
}
