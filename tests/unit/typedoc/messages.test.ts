import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declarationLine, formatTypeDocProblem, readValidationWarning } from '../../../scripts/typedoc/messages.ts';

describe('TypeDoc messages', () => {
  it('rewords a missing TSDoc comment', () => {
    assert.deepEqual(
      readValidationWarning(
        'SvgCache.get (CallSignature), defined in archbook/scripts/diagrams/cache.ts, does not have any documentation',
      ),
      {
        name: 'SvgCache.get',
        definedIn: 'archbook/scripts/diagrams/cache.ts',
        message: 'SvgCache.get (CallSignature) is exported without a TSDoc comment',
        hint: 'add a /** … */ comment saying what it is for; every exported symbol of the reference needs one',
      },
    );
  });

  it('rewords a type that is used but not exported', () => {
    const problem = readValidationWarning(
      'PlantumlJar, defined in archbook/scripts/diagrams/jar.ts, is referenced by LocalRendererOptions.jar but not included in the documentation',
    );
    assert.equal(
      problem?.message,
      'PlantumlJar is used by LocalRendererOptions.jar but is not exported from the entry point',
    );
    assert.equal(problem?.definedIn, 'archbook/scripts/diagrams/jar.ts');
  });

  it('reads a broken {@link} and what was meant', () => {
    const problem = readValidationWarning(
      'Failed to resolve link to "ad" in comment for invoiceTotal. You may have wanted "add"',
    );
    assert.equal(problem?.name, 'invoiceTotal');
    assert.equal(problem?.hint, 'did you mean {@link add}?');
  });

  it('leaves other messages alone', () => {
    assert.equal(readValidationWarning('Something else happened'), undefined);
  });

  it('finds the line that declares a symbol or a member', () => {
    const source =
      'import x from "y";\n\n/** A cache. */\nexport interface SvgCache {\n  get(key: string): string;\n  readonly set: (key: string) => void;\n}\n';
    assert.equal(declarationLine(source, 'SvgCache'), 4);
    assert.equal(declarationLine(source, 'SvgCache.get'), 5);
    assert.equal(declarationLine(source, 'SvgCache.set'), 6);
    assert.equal(declarationLine(source, 'Missing'), undefined);
  });

  it('prints path:line:col  message  (hint)', () => {
    assert.equal(formatTypeDocProblem('m', { file: 'src/a.ts', line: 3, column: 5 }, 'h'), 'src/a.ts:3:5  m  (h)');
    assert.equal(formatTypeDocProblem('m', undefined), 'm');
  });
});
