import { DeferredSidebars } from './deferred-sidebars.ts';

const key = Symbol.for('archbook.sidebar-fill');
type Holder = { [key]?: DeferredSidebars | undefined };

/**
 * Opens a build's sidebar filling (at `astro:build:start`): from now on the pages rendered in this process
 * leave their sidebar out, and the build command writes them in after Pagefind (fill-sidebars.ts,
 * scripts/build/finish-output.ts). On
 * `globalThis` because the Sidebar component runs inside Astro's page bundle, a module apart from the
 * integration's; pages rendered anywhere the integration did not open a filling keep their sidebar.
 */
export function openSidebarFill(): DeferredSidebars {
  const deferred = new DeferredSidebars();
  (globalThis as Holder)[key] = deferred;
  return deferred;
}

/** The build's sidebar filling, if one is open in this process. */
export function sidebarFill(): DeferredSidebars | undefined {
  return (globalThis as Holder)[key];
}

/** Closes the filling: later renders keep their sidebar. */
export function closeSidebarFill(): void {
  (globalThis as Holder)[key] = undefined;
}
