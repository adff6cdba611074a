/**
 * A blocking sleep for the lock's retries (annotating is synchronous, like the polars reader).
 *
 * @module
 */

const cell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Blocks the thread for `ms` milliseconds.
 *
 * @param ms How long.
 */
export const DEFAULT_PAUSE = (ms: number): void => {
  Atomics.wait(cell, 0, 0, ms);
};
