/**
 * Headless Chromium for the rendering tests (the report and the notebooks' HTML export): the
 * flags that keep it offline and quiet, run with a fresh profile each time.
 *
 * @module
 */

/** Flags for a headless, offline, first-run-free Chromium (add `--user-data-dir`). */
export const HEADLESS_CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
