/**
 * Shows each rule's copy buttons (hidden without JavaScript, where the permalink link remains). "Copy link"
 * copies a Markdown link for a review comment, `[LOG-002: Statement](https://…/rules/LOG-002/)`; "Copy URL"
 * copies the plain permalink. URLs are absolute on the site's public address when the page has a canonical
 * link (the build knew `SITE_URL`), else on the address the page was opened from.
 */
export function enableRuleCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.ab-rule__copy[data-permalink]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = copiedText(button);
      void copy(text).then((copied) => {
        const label = button.textContent;
        button.textContent = copied ? 'Copied' : text;
        button.dataset['copied'] = String(copied);
        window.setTimeout(() => {
          button.textContent = label;
          delete button.dataset['copied'];
        }, 2000);
      });
    });
  }
}

/** What a button copies: the Markdown link or the plain URL. */
export function copiedText(button: HTMLButtonElement): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(button.dataset['permalink'] ?? '', canonical ?? window.location.href).href;
  if (button.dataset['copy'] !== 'markdown') return url;
  const label = (button.dataset['linkText'] ?? '').replace(/[\\[\]]/g, (char) => `\\${char}`);
  return `[${label}](${url})`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
