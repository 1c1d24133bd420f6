import type { ValidateFunction } from 'ajv';
import type { Finding } from '../findings.ts';
import { condenseErrors } from './condense.ts';
import { describeError } from './describe.ts';
import { locateValue } from './locate.ts';
import { parseGitLabCi } from './parse.ts';

/**
 * Checks one GitLab CI file against GitLab's schema: YAML syntax first, then the schema, each problem at
 * the line of the value or keyword it is about, in file order.
 * @param validate - GitLab's schema, compiled (see compileGitLabCiSchema)
 * @param file - path shown in messages
 */
export function lintGitLabCi(source: string, file: string, validate: ValidateFunction): Finding[] {
  const parsed = parseGitLabCi(source, file);
  if (parsed.findings.length > 0) return parsed.findings;
  if (validate(parsed.value)) return [];
  const findings = condenseErrors(validate.errors ?? [], validate.schema as object).map((error): Finding => {
    const problem = describeError(error);
    return {
      code: 'GitLabCiSchema',
      message: problem.message,
      hint: problem.hint,
      location: locateValue(parsed.document, parsed.lineCounter, problem.segments, file),
    };
  });
  return findings.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
}
