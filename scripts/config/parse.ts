import type { z } from 'zod';
import { ArchbookError } from '../errors.ts';
import { ArchbookConfigSchema, type ArchbookConfig } from './schema.ts';

/**
 * Validates a team's configuration, reporting every problem with its field path.
 * @param input - the default export of `archbook.config.ts`
 * @param file - the path shown in messages
 * @throws ArchbookError `ConfigInvalid`, listing each field that is wrong
 */
export function parseArchbookConfig(input: unknown, file = 'archbook.config.ts'): ArchbookConfig {
  const result = ArchbookConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${describeIssue(issue)}`);
  throw new ArchbookError(
    'ConfigInvalid',
    `${file}: the configuration is not valid:\n${lines.join('\n')}`,
    `fix the field(s) named above in ${file}; every option is documented in scripts/config/schema.ts`,
  );
}

/** `field.path: message` for one zod issue; unknown keys name themselves. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? '' : `${path}.`;
    return issue.keys.map((key) => `${where}${key}: unknown option`).join('; ');
  }
  return `${path === '' ? '(root)' : path}: ${issue.message}`;
}

/**
 * Identity helper that gives `archbook.config.ts` type checking and editor completion.
 * @example
 * export default defineConfig({ title: 'Payments handbook', description: '…', repository: { url: 'https://github.com/acme/payments-handbook' } });
 */
export function defineConfig(config: z.input<typeof ArchbookConfigSchema>): z.input<typeof ArchbookConfigSchema> {
  return config;
}
