const steps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4];

/**
 * Zoom and full screen for the diagram on a diagram page. The toolbar stays hidden without JavaScript;
 * the diagram then fits the column and scrolls when wider.
 */
export function enableDiagramViewers(root: Document): void {
  for (const viewer of root.querySelectorAll<HTMLElement>('[data-diagram-viewer]')) {
    const canvas = viewer.querySelector<HTMLElement>('.ab-diagram__canvas');
    const picture = canvas?.querySelector<SVGSVGElement | HTMLImageElement>('svg, img');
    const toolbar = viewer.querySelector<HTMLElement>('[data-diagram-toolbar]');
    const status = viewer.querySelector<HTMLOutputElement>('output');
    if (!canvas || !picture || !toolbar) continue;
    // A PNG (ditaa, math) carries its pixel width; an SVG its viewBox.
    const naturalWidth =
      picture instanceof HTMLImageElement
        ? Number(picture.getAttribute('width')) || picture.naturalWidth
        : picture.viewBox.baseVal.width || picture.getBoundingClientRect().width;
    let zoom: number | undefined;
    const apply = () => {
      canvas.classList.toggle('ab-diagram__canvas--zoomed', zoom !== undefined);
      picture.style.width = zoom === undefined ? '' : `${Math.round(naturalWidth * zoom)}px`;
      if (status) status.textContent = zoom === undefined ? 'Zoom: fitted' : `Zoom: ${Math.round(zoom * 100)} %`;
    };
    const current = () => zoom ?? Math.min(1, canvas.clientWidth / naturalWidth);
    const step = (direction: 1 | -1) => {
      const now = current();
      const next = direction > 0 ? steps.find((s) => s > now + 0.01) : [...steps].reverse().find((s) => s < now - 0.01);
      zoom = next ?? now;
      apply();
    };
    toolbar.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      switch (button?.dataset['action']) {
        case 'zoom-in':
          step(1);
          break;
        case 'zoom-out':
          step(-1);
          break;
        case 'fit':
          zoom = undefined;
          apply();
          break;
        case 'fullscreen':
          if (root.fullscreenElement) void root.exitFullscreen();
          else void viewer.requestFullscreen();
          break;
        default:
      }
    });
    toolbar.hidden = false;
    apply();
  }
}
