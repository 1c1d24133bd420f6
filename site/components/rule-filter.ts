/**
 * Filters the rule index table by level, area, scope, source and free text; `?scope=cordio` or
 * `?source=house` in the URL preselects. Without JavaScript every rule stays visible.
 */
export function enableRuleFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-rule-filter]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('table.ab-rule-index tbody tr')];
  if (!form) return;
  const output = form.querySelector('output');
  const apply = () => {
    const data = new FormData(form);
    const levels = new Set(data.getAll('level').map(String));
    const area = formValue(data, 'area');
    const scope = formValue(data, 'scope');
    const source = formValue(data, 'source');
    const text = formValue(data, 'text').trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const visible =
        levels.has(row.dataset['level'] ?? '') &&
        (area === '' || row.dataset['area'] === area) &&
        (scope === '' || row.dataset['scope'] === scope) &&
        (source === '' || row.dataset['source'] === source) &&
        (text === '' || row.textContent.toLowerCase().includes(text));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (output) output.textContent = `${shown} rule${shown === 1 ? '' : 's'} shown`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  const params = new URLSearchParams(window.location.search);
  const level = params.get('level');
  if (level)
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name=level]'))
      box.checked = box.value === level.toUpperCase();
  const area = params.get('area');
  const select = form.querySelector<HTMLSelectElement>('select[name=area]');
  if (area && select) select.value = area.toUpperCase();
  for (const name of ['scope', 'source']) {
    const value = params.get(name);
    const choice = form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
    if (value && choice) choice.value = value;
  }
  apply();
}

function formValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
