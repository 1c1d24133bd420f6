import type { SourceLocation } from '../errors.ts';

/** Files a kit can hold, and the format each is written in. */
export const kitFileFormats = {
  'pyproject.toml': 'toml',
  'setup.cfg': 'ini',
  '.editorconfig': 'ini',
} as const;

/** A file of the kit: `pyproject.toml`, `setup.cfg` or `.editorconfig`. */
export type KitFile = keyof typeof kitFileFormats;

/** A settings block written inside a rule: a fenced code block with `kit="<file>"` in its meta. */
export interface KitFragment {
  readonly file: KitFile;
  /** The block's text, in the file's own format. */
  readonly text: string;
  /** Where the block's first line of text is (the line after the fence). */
  readonly location: SourceLocation;
}

/** A scalar or list value of a setting, as TOML or INI would hold it. */
export type KitValue = string | number | boolean | readonly KitValue[] | { readonly [key: string]: KitValue };

/** One setting of one file, with the rule that asks for it. */
export interface KitSetting {
  readonly file: KitFile;
  /** Section (`tool.yapf`, `flake8`, `*.py`); for a table of an array of tables, the array's path. */
  readonly section: string;
  /** Key in the section; for a table of an array of tables, its `name`. */
  readonly key: string;
  readonly value: KitValue;
  /** True when the setting is a whole table of an array of tables (`[[tool.importlinter.contracts]]`). */
  readonly isTable: boolean;
  readonly ruleId: string;
  readonly location: SourceLocation;
}

/** True when a file name is one a kit can hold. */
export function isKitFile(name: string): name is KitFile {
  return Object.hasOwn(kitFileFormats, name);
}
