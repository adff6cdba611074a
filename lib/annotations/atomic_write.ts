/**
 * Replacing a file's content so that a reader, or a crash, only ever sees the old content or the
 * new one, never a mix.
 *
 * @module
 */

/** Hooks into {@linkcode writeFileAtomic}, for tests that simulate a crash. */
export interface AtomicWriteHooks {
  /** Called once the temporary file is written and synced, before it is renamed into place. */
  beforeRename?: (tempPath: string) => void;
}

/**
 * The prefix of the temporary files {@linkcode writeFileAtomic} writes beside `path`: a crash
 * may leave one behind.
 *
 * @param path The file being replaced.
 * @returns `<folder>/.<name>.tmp-`.
 *
 * @example
 * ```ts
 * import { tempPrefix } from "./atomic_write.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(tempPrefix("data/annotations.csv"), "data/.annotations.csv.tmp-");
 * ```
 */
export function tempPrefix(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.tmp-`;
}

/**
 * Writes `text` to a temporary file in the same folder as `path` (so the rename stays on one
 * file system), flushes it to disk (`fsync`), then renames it over `path`: the rename is atomic,
 * so `path` holds either its previous content or `text`. On failure the temporary file is
 * removed; after a crash it stays, named `.<file>.tmp-<pid>-<n>`, and the annotation writer
 * removes it the next time it holds the lock.
 *
 * @param path The file to replace (created if absent).
 * @param text The new content.
 * @param hooks Test hooks.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from "./atomic_write.ts";
 * import { strictEqual } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * writeFileAtomic(`${dir}/a.csv`, "x\n1\n");
 * writeFileAtomic(`${dir}/a.csv`, "x\n2\n");
 * strictEqual(Deno.readTextFileSync(`${dir}/a.csv`), "x\n2\n");
 * strictEqual([...Deno.readDirSync(dir)].length, 1);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function writeFileAtomic(path: string, text: string, hooks: AtomicWriteHooks = {}): void {
  const temp = `${tempPrefix(path)}${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
  try {
    const file = Deno.openSync(temp, { createNew: true, write: true });
    try {
      const bytes = new TextEncoder().encode(text);
      let written = 0;
      while (written < bytes.length) written += file.writeSync(bytes.subarray(written));
      file.syncSync();
    } finally {
      file.close();
    }
    hooks.beforeRename?.(temp);
    Deno.renameSync(temp, path);
  } catch (error) {
    try {
      Deno.removeSync(temp);
    } catch {
      // already renamed or never created
    }
    throw error;
  }
}
