/**
 * Filters the rule index table by level, area and free text, and keeps the filter in the address
 * (`?level=MUST,SHOULD&area=LOG&q=json`), so a filtered view can be shared and survives a reload. Without
 * JavaScript every rule stays visible.
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
    const area = formValue(data, 'area');
    const text = formValue(data, 'text').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        levels.has(row.dataset['level'] ?? '') &&
        (area === '' || row.dataset['area'] === area) &&
        (text === '' || row.textContent.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (output) output.textContent = `${shown} rule${shown === 1 ? '' : 's'} shown`;
    writeToAddress(levels.size === boxes.length ? '' : [...levels].join(','), area, formValue(data, 'text').trim());
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
  const area = params.get('area');
  const select = form.querySelector<HTMLSelectElement>('select[name=area]');
  if (area && select) select.value = area.toUpperCase();
  const text = params.get('q');
  const search = form.querySelector<HTMLInputElement>('input[name=text]');
  if (text && search) search.value = text;
}

/** Replaces (not pushes) the address, so Back leaves the index instead of stepping through filter states. */
function writeToAddress(level: string, area: string, text: string): void {
  const url = new URL(window.location.href);
  for (const [name, value] of [
    ['level', level],
    ['area', area],
    ['q', text],
  ] as const) {
    if (value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
