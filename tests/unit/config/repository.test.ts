import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editBaseUrl, resolveRepository } from '../../../scripts/config/repository.ts';

describe('the repository edit links point at', () => {
  it('is the configured one when archbook.config.ts names it', () => {
    const configured = { url: 'https://git.example.org/acme/handbook/', branch: 'trunk', editPath: '/edit/{branch}/' };
    const repository = resolveRepository(configured, {
      GITHUB_REPOSITORY: 'other/repo',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    assert.equal(repository && editBaseUrl(repository), 'https://git.example.org/acme/handbook/edit/trunk/');
  });

  it('comes from GitHub Actions, on the branch a pull request targets', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/handbook',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_BASE_REF: 'main',
    };
    const repository = resolveRepository(undefined, env);
    assert.equal(repository && editBaseUrl(repository), 'https://github.com/acme/handbook/edit/main/');
  });

  it('comes from GitLab CI, on the default branch', () => {
    const env = { CI_PROJECT_URL: 'https://gitlab.example.org/acme/handbook', CI_DEFAULT_BRANCH: 'trunk' };
    const repository = resolveRepository(undefined, env);
    assert.equal(repository && editBaseUrl(repository), 'https://gitlab.example.org/acme/handbook/-/edit/trunk/');
  });

  it('is unknown outside CI without configuration, so no link is made', () => {
    assert.equal(resolveRepository(undefined, {}), undefined);
  });
});
