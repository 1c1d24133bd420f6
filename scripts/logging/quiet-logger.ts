// Astro's log destination for the handbook (the `logger` option of the Astro config): Astro's own terminal
// output, without the messages an author cannot act on (scripts/logging/log-noise.ts). With `--verbose` or
// `DEBUG=archbook` (config `keepAll`) every message is printed as Astro prints it.
import type { AstroLoggerDestination } from 'astro';
import nodeDestination from 'astro/logger/node';
import { createReloadRepeatFilter, quietMessage } from './log-noise.ts';

/** What the Astro config passes to {@link quietLogger}. */
export interface QuietLoggerConfig {
  /** Print every message unchanged. */
  readonly keepAll?: boolean;
}

/** Astro loads a log destination from a module's default export. */
export default function quietLogger(config: QuietLoggerConfig = {}): AstroLoggerDestination {
  // Astro's logger has filtered by level already (`--verbose` lowers it to debug).
  const terminal = nodeDestination({ level: 'debug' });
  const isReloadRepeat = createReloadRepeatFilter();
  return {
    write(event) {
      if (config.keepAll !== true && isReloadRepeat(event)) return;
      const message = config.keepAll === true ? event : quietMessage(event);
      if (message !== undefined) terminal.write(message);
    },
  };
}
