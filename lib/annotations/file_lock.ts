/**
 * A lock beside a data file, so that processes appending to it take turns.
 *
 * The lock is the operating system's exclusive advisory lock (`flock`; `LockFileEx` on
 * Windows) on a dedicated lock file, `<data file>.lock`, taken with Deno's
 * `Deno.FsFile.tryLockSync(true)`. The system releases it when its holder closes the file or
 * dies, however it dies (a crash, `kill -9`), so there is no stale lock to detect, no age after
 * which a lock is "taken over", no reading of `/proc`, no lock breaking: a holder that is paused
 * (`Ctrl-Z`, `SIGSTOP`, a laptop asleep) keeps the lock, and the others wait for it.
 *
 * Why a separate lock file, and not the data file itself: the data file is replaced by renaming
 * a new file over it (see `writeFileAtomic`), and a lock belongs to a file, not to a name; a
 * writer that locked the old file would not stop one that opens the new file. The lock file is
 * never replaced and never deleted (deleting it while a process waits on it would let two
 * processes hold "the" lock at once); it stays empty.
 *
 * Taking turns: a waiter tries again after short pauses (1 ms, doubling up to 20 ms). So that a
 * process annotating in a loop cannot keep the lock from a waiter for the whole loop, each
 * failed try marks the lock file (its modification time is set to a random instant), and a
 * holder that finds the mark when it releases the lock waits 40 ms (twice the longest pause)
 * before it takes the lock again: the waiter's next try falls in that gap.
 *
 * @module
 */
import { DataError } from "../errors.ts";
import { DEFAULT_PAUSE } from "./_pause.ts";

/** Options for {@linkcode withFileLock}. */
export interface FileLockOptions {
  /** How long to keep trying before giving up, in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** Sleeps between attempts (tests may replace it). @default a blocking sleep */
  pause?: (ms: number) => void;
}

/** The lock was held by another process for longer than the timeout. */
export class LockTimeoutError extends Error {
  /** The lock file. */
  readonly lockPath: string;
  /** How long the wait was, in milliseconds. */
  readonly timeoutMs: number;

  /**
   * @param lockPath The lock file.
   * @param timeoutMs How long the wait was.
   */
  constructor(lockPath: string, timeoutMs: number) {
    super(
      `Could not lock ${lockPath} within ${formatSeconds(timeoutMs)}: another annotate ` +
        "command is running and holds it (a paused or stopped one keeps it until it goes on " +
        "or ends). Try again once it has finished. Do not delete the lock file: the system " +
        "releases the lock by itself when that process ends.",
    );
    this.name = "LockTimeoutError";
    this.lockPath = lockPath;
    this.timeoutMs = timeoutMs;
  }
}

/** The longest pause between two tries. */
const MAX_PAUSE_MS = 20;

/** How long a holder that saw a waiter leaves the lock to it before trying again. */
const COURTESY_MS = 2 * MAX_PAUSE_MS;

/** Per lock file, until when this process leaves it to a waiter it saw (epoch ms). */
const leaveUntil = new Map<string, number>();

/** The lock file's mark: its modification time, which only waiters change. */
function mark(file: Deno.FsFile): number | undefined {
  try {
    return file.statSync().mtime?.getTime();
  } catch {
    return undefined;
  }
}

/** Marks the lock file, telling its holder that someone waits. */
function signalWaiting(file: Deno.FsFile): void {
  try {
    // A random instant of the last 12 days: different from any earlier mark, still plausible.
    const instant = new Date(Date.now() - Math.floor(Math.random() * 2 ** 30));
    file.utimeSync(instant, instant);
  } catch {
    // A file system that keeps no times: no turn taking, the lock itself still holds.
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * The lock file of a data file: `<file>.lock`, beside it.
 *
 * @param file The data file.
 * @returns Its lock file.
 *
 * @example
 * ```ts
 * import { lockPathFor } from "./file_lock.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(lockPathFor("data/annotations.csv"), "data/annotations.csv.lock");
 * ```
 */
export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/** Refuses a lock path that is a folder or a symbolic link, before opening it. */
function checkLockPath(lockPath: string): void {
  let info: Deno.FileInfo;
  try {
    info = Deno.lstatSync(lockPath);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return;
    throw error;
  }
  if (info.isDirectory) {
    throw new DataError({
      file: lockPath,
      value: "a folder",
      expected: "a lock file (empty, made by annotate); move or remove that folder, which " +
        "has the name annotate uses for its lock",
    });
  }
  if (info.isSymlink) {
    throw new DataError({
      file: lockPath,
      value: "a symbolic link",
      expected: "a lock file (empty, made by annotate), not a link to another file; remove the " +
        "link",
    });
  }
}

function openLock(lockPath: string): Deno.FsFile {
  checkLockPath(lockPath);
  try {
    return Deno.openSync(lockPath, { read: true, write: true, create: true });
  } catch (error) {
    if (error instanceof Deno.errors.IsADirectory) {
      checkLockPath(lockPath); // a folder made since the check: the same clear message
    }
    throw error;
  }
}

/**
 * Runs `fn` while holding the exclusive lock on `lockPath`, then releases it (also when `fn`
 * throws). The lock file is created if absent and left in place afterwards. While another
 * process (or another open of the same file in this process) holds the lock, waits, trying
 * again after a short pause (1 ms at first, doubling up to 20 ms), up to `timeoutMs`; a
 * process that just held the lock while another waited lets that one go first (see the module
 * documentation).
 *
 * @param lockPath The lock file, e.g. `data/annotations.csv.lock` ({@linkcode lockPathFor}).
 * @param fn What to do under the lock.
 * @param options Timeout, pause.
 * @returns What `fn` returns.
 * @throws {LockTimeoutError} If the lock stays held past `timeoutMs`.
 * @throws {DataError} If `lockPath` is a folder or a symbolic link.
 *
 * @example One holder at a time
 * ```ts
 * import { LockTimeoutError, withFileLock } from "./file_lock.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * const lock = `${dir}/a.csv.lock`;
 * strictEqual(withFileLock(lock, () => 42), 42);
 * withFileLock(lock, () => {
 *   throws(() => withFileLock(lock, () => 0, { timeoutMs: 20 }), LockTimeoutError);
 * });
 * strictEqual(Deno.statSync(lock).size, 0);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function withFileLock<T>(
  lockPath: string,
  fn: () => T,
  options: FileLockOptions = {},
): T {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pause = options.pause ?? DEFAULT_PAUSE;
  const file = openLock(lockPath);
  try {
    const deadline = Date.now() + timeoutMs;
    const courtesy = (leaveUntil.get(lockPath) ?? 0) - Date.now();
    leaveUntil.delete(lockPath);
    if (courtesy > 0) pause(Math.min(courtesy, COURTESY_MS));
    let wait = 1;
    let attempt = 0;
    while (!file.tryLockSync(true)) {
      signalWaiting(file);
      if (Date.now() >= deadline) throw new LockTimeoutError(lockPath, timeoutMs);
      attempt++;
      // Short waits, doubling from 1 ms up to 20 ms, jittered so two waiters do not keep
      // trying in step: a holder keeps the lock for milliseconds.
      pause(wait * (0.5 + 0.5 * ((attempt * 0.618) % 1)));
      wait = Math.min(wait * 2, MAX_PAUSE_MS);
    }
    const markWhenTaken = mark(file);
    try {
      return fn();
    } finally {
      if (mark(file) !== markWhenTaken) leaveUntil.set(lockPath, Date.now() + COURTESY_MS);
      file.unlockSync();
    }
  } finally {
    file.close();
  }
}
