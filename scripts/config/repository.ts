import type { ArchbookConfig } from './schema.ts';

/** The repository "Edit page" and "Defined in" links point at, with every default filled in. */
export interface Repository {
  /** Web URL without a trailing slash. */
  readonly url: string;
  readonly branch: string;
  /** Edit view below `url`, with `{branch}`: `/edit/{branch}/` on GitHub, `/-/edit/{branch}/` on GitLab. */
  readonly editPath: string;
}

/**
 * The handbook's repository: `repository` of archbook.config.ts when set, else what GitHub Actions
 * (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`) or GitLab CI (`CI_PROJECT_URL`, `CI_DEFAULT_BRANCH`) say
 * about the repository being built. Undefined when nobody knows: the links are then left out rather than
 * pointing at a guess.
 * @param configured - the `repository` field of the configuration
 * @param env - the process environment
 */
export function resolveRepository(
  configured: ArchbookConfig['repository'],
  env: NodeJS.ProcessEnv,
): Repository | undefined {
  if (configured) return { ...configured, url: configured.url.replace(/\/+$/, '') };
  const githubServer = env['GITHUB_SERVER_URL'];
  const githubRepository = env['GITHUB_REPOSITORY'];
  if (githubServer && githubRepository) {
    // A pull request's own branch may be gone once it merges; edit links point at the branch it targets.
    const branch = env['GITHUB_BASE_REF'] || env['GITHUB_REF_NAME'] || 'main';
    return { url: `${githubServer.replace(/\/+$/, '')}/${githubRepository}`, branch, editPath: '/edit/{branch}/' };
  }
  const gitlabProject = env['CI_PROJECT_URL'];
  if (gitlabProject) {
    const branch = env['CI_DEFAULT_BRANCH'] || env['CI_COMMIT_REF_NAME'] || 'main';
    return { url: gitlabProject.replace(/\/+$/, ''), branch, editPath: '/-/edit/{branch}/' };
  }
  return undefined;
}

/** Base URL of the edit view, to which a file's path in the repository is appended. */
export function editBaseUrl(repository: Repository): string {
  return repository.url + repository.editPath.replace('{branch}', repository.branch);
}
