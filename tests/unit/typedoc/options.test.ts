import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeDocOptions } from '../../../scripts/typedoc/options.ts';

describe('TypeDoc options', () => {
  const options = (editPath: string) =>
    typeDocOptions({
      root: '/work/handbook',
      repository: { url: 'https://git.example.org/acme/handbook', branch: 'trunk', editPath },
      plugins: ['/engine/validate-plugin.ts'],
      name: 'Code reference',
    });

  it('validates everything and treats warnings as errors', () => {
    const result = options('/edit/{branch}/');
    assert.equal(result.treatWarningsAsErrors, true);
    assert.deepEqual(result.validation, {
      notExported: true,
      invalidLink: true,
      invalidPath: true,
      notDocumented: true,
      rewrittenLink: true,
    });
    assert.deepEqual(result.plugin, ['/engine/validate-plugin.ts']);
    assert.equal(result.entryFileName, 'index');
  });

  it('links sources to the repository without asking git, on GitHub and GitLab', () => {
    assert.equal(
      options('/edit/{branch}/').sourceLinkTemplate,
      'https://git.example.org/acme/handbook/blob/trunk/{path}#L{line}',
    );
    assert.equal(
      options('/-/edit/{branch}/').sourceLinkTemplate,
      'https://git.example.org/acme/handbook/-/blob/trunk/{path}#L{line}',
    );
    assert.equal(options('/edit/{branch}/').disableGit, true);
  });

  it('leaves "Defined in" out when the repository is unknown', () => {
    const result = typeDocOptions({ root: '/r', repository: undefined, plugins: [], name: 'Code reference' });
    assert.equal(result.disableSources, true);
    assert.equal(result.sourceLinkTemplate, undefined);
  });
});
