/**
 * Filters the rule change page by kind: a change is shown when any of its kinds is checked, a day with no
 * change shown is hidden. The choice is kept in the address (`?kind=level,statement`), so a filtered view
 * can be shared. Without JavaScript every change stays visible.
 */
export function enableChangeFilter(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-change-filter]');
  if (!form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=kind]')];
  const days = [...root.querySelectorAll<HTMLElement>('section.ab-change-day')];
  const output = form.querySelector('output');
  const wanted = new URLSearchParams(window.location.search).get('kind');
  if (wanted) {
    const kinds = new Set(wanted.split(','));
    for (const box of boxes) box.checked = kinds.has(box.value);
  }
  const apply = () => {
    const checked = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    let shown = 0;
    for (const day of days) {
      let dayShown = 0;
      for (const item of day.querySelectorAll<HTMLElement>('li.ab-change')) {
        const visible = (item.dataset['kinds'] ?? '').split(' ').some((kind) => checked.has(kind));
        item.hidden = !visible;
        if (visible) dayShown += 1;
      }
      day.hidden = dayShown === 0;
      shown += dayShown;
    }
    if (output) output.textContent = `${shown} change${shown === 1 ? '' : 's'} shown`;
    return checked;
  };
  form.addEventListener('input', () => {
    const checked = apply();
    const url = new URL(window.location.href);
    if (checked.size === boxes.length) url.searchParams.delete('kind');
    else url.searchParams.set('kind', [...checked].join(','));
    window.history.replaceState(null, '', url);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
