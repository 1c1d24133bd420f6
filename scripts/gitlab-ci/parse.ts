import { LineCounter, parseDocument, type CollectionTag, type Document } from 'yaml';
import type { Finding } from '../findings.ts';

/** A parsed `.gitlab-ci.yml`: its value for the schema, its node tree for positions. */
export interface ParsedGitLabCi {
  /** The plain value, `!reference [job, key]` left as the list of names it is (as GitLab's schema expects). */
  readonly value: unknown;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** YAML syntax errors and unknown tags; when there is one, `value` is not worth validating. */
  readonly findings: Finding[];
}

/** GitLab's `!reference [.job, key]` tag: reuses a section of another job. The schema sees the list. */
const referenceTag: CollectionTag = {
  tag: '!reference',
  collection: 'seq',
  resolve: (sequence) => sequence,
};

/**
 * Parses a GitLab CI file as GitLab reads it: `<<` merge keys and the `!reference` tag accepted.
 * @param file - path shown in messages
 */
export function parseGitLabCi(source: string, file: string): ParsedGitLabCi {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    merge: true,
    customTags: [referenceTag],
  });
  // A warning of the YAML parser is an error for GitLab: it rejects an unknown tag, or !reference on a mapping.
  const findings: Finding[] = [...document.errors, ...document.warnings].map((problem) => {
    const position = problem.linePos?.[0] ?? lineCounter.linePos(problem.pos[0]);
    const tag = problem.code === 'TAG_RESOLVE_FAILED';
    return {
      code: 'GitLabCiYamlInvalid',
      message: `${tag ? 'not a tag GitLab reads' : 'not valid YAML'}: ${problem.message.split('\n')[0] ?? ''}`,
      hint: tag
        ? 'the one tag GitLab knows is !reference, on a list: !reference [.job, keyword]'
        : 'fix the syntax at this position; the file is checked against GitLab CI schema once it parses',
      location: { file, line: position.line, column: position.col },
    };
  });
  return {
    value: findings.length === 0 ? document.toJS({ maxAliasCount: -1 }) : undefined,
    document,
    lineCounter,
    findings,
  };
}
