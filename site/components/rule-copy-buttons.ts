/**
 * Shows each rule's "Copy link" button (hidden without JavaScript, where the permalink link remains) and
 * copies the rule's absolute permalink when pressed.
 */
export function enableRuleCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.ab-rule__copy[data-permalink]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const url = new URL(button.dataset['permalink'] ?? '', window.location.href).href;
      void copy(url).then((copied) => {
        const label = button.textContent;
        button.textContent = copied ? 'Copied' : url;
        button.dataset['copied'] = String(copied);
        window.setTimeout(() => {
          button.textContent = label;
          delete button.dataset['copied'];
        }, 2000);
      });
    });
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
