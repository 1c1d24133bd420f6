/** Select filters of the rule index, each matched against the row's `data-<name>`. */
const selects = ['area', 'scope', 'source', 'checked'] as const;

/**
 * Filters the rule index table by level, area, scope, source, machine-checked or review-only, and free
 * text, and keeps the filter in the address (`?level=MUST,SHOULD&scope=cordio&q=json`), so a filtered view
 * can be shared and survives a reload. Without JavaScript every rule stays visible.
 */
export function enableRuleFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-rule-filter]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('table.ab-rule-index tbody tr')];
  if (!form) return;
  const output = form.querySelector('output');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=level]')];
  const apply = () => {
    const data = new FormData(form);
    const levels = new Set(data.getAll('level').map(String));
    const chosen = selects.map((name) => [name, formValue(data, name)] as const);
    const text = formValue(data, 'text').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        levels.has(row.dataset['level'] ?? '') &&
        chosen.every(([name, value]) => value === '' || row.dataset[name] === value) &&
        (text === '' || row.textContent.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (output) output.textContent = `${shown} rule${shown === 1 ? '' : 's'} shown`;
    writeToAddress([
      ['level', levels.size === boxes.length ? '' : [...levels].join(',')],
      ...chosen,
      ['q', formValue(data, 'text').trim()],
    ]);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  readFromAddress(form, boxes);
  apply();
}

function readFromAddress(form: HTMLFormElement, boxes: readonly HTMLInputElement[]): void {
  const params = new URLSearchParams(window.location.search);
  const level = params.get('level');
  if (level) {
    const wanted = new Set(level.toUpperCase().split(','));
    for (const box of boxes) box.checked = wanted.has(box.value);
  }
  for (const name of selects) {
    const value = params.get(name);
    const select = form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    if (value && select) select.value = name === 'area' ? value.toUpperCase() : value;
  }
  const text = params.get('q');
  const search = form.querySelector<HTMLInputElement>('input[name=text]');
  if (text && search) search.value = text;
}

/** Replaces (not pushes) the address, so Back leaves the index instead of stepping through filter states. */
function writeToAddress(values: readonly (readonly [string, string])[]): void {
  const url = new URL(window.location.href);
  for (const [name, value] of values) {
    if (value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
