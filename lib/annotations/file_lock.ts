/**
 * A lock file beside a data file, so that processes appending to it take turns.
 *
 * The lock is created with `O_CREAT | O_EXCL` (`Deno.open(…, { createNew: true })`): exactly one
 * process succeeds; the others retry with a bounded, growing wait. The lock file holds the
 * holder's host, pid and a random token.
 *
 * A lock left by a process that died (a crash, a kill) is taken over:
 * - at once when its holder ran on this host and `/proc/<pid>` shows that pid is gone (Deno lets
 *   a process read `/proc` only under `--allow-all`: in a notebook, not in `deno task annotate`);
 * - otherwise once the lock file is older than `staleAfterMs` (10 s by default), since a live
 *   holder keeps it for milliseconds;
 * - never while `/proc` shows the holder alive: if that holder hangs, the wait ends with an
 *   error naming the lock file, to be removed by hand.
 *
 * Taking over is itself guarded by a second lock (`<lock>.break`) and removes the stale lock
 * only if it still holds the token judged stale, so two processes cannot both take over.
 *
 * @module
 */
import { DEFAULT_PAUSE } from "./_pause.ts";

/** Options for {@linkcode withFileLock}. */
export interface FileLockOptions {
  /** How long to keep trying before giving up, in milliseconds. @default 30000 */
  timeoutMs?: number;
  /** Age after which a lock whose holder cannot be checked is taken over. @default 10000 */
  staleAfterMs?: number;
  /** Sleeps between attempts (tests may replace it). @default a blocking sleep */
  pause?: (ms: number) => void;
}

/** The lock could not be had in time. */
export class LockTimeoutError extends Error {
  /** The lock file. */
  readonly lockPath: string;

  /**
   * @param lockPath The lock file.
   * @param holder What the lock file says of its holder.
   */
  constructor(lockPath: string, holder: string) {
    super(
      `Could not lock ${lockPath}: held by ${holder || "an unknown process"}. If no annotate ` +
        "command is running, delete that file and try again.",
    );
    this.name = "LockTimeoutError";
    this.lockPath = lockPath;
  }
}

interface LockInfo {
  raw: string;
  host?: string;
  pid?: number;
  ageMs: number;
}

function hostName(): string {
  try {
    return Deno.hostname();
  } catch {
    return "";
  }
}

function readLock(lockPath: string): LockInfo | undefined {
  try {
    const raw = Deno.readTextFileSync(lockPath);
    const mtime = Deno.statSync(lockPath).mtime?.getTime() ?? Date.now();
    const [host, pid] = raw.split("\n");
    return {
      raw,
      host,
      pid: /^\d+$/.test(pid ?? "") ? Number(pid) : undefined,
      ageMs: Date.now() - mtime,
    };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/** `true` alive, `false` dead, `undefined` cannot tell (other host, no access to /proc). */
function holderAlive(info: LockInfo): boolean | undefined {
  if (info.pid === undefined || info.host !== hostName() || info.host === "") return undefined;
  if (Deno.permissions.querySync({ name: "read", path: "/proc" }).state !== "granted") {
    return undefined;
  }
  try {
    Deno.statSync("/proc/self");
  } catch {
    return undefined;
  }
  try {
    Deno.statSync(`/proc/${info.pid}`);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    return undefined;
  }
}

function isStale(info: LockInfo, staleAfterMs: number): boolean {
  const alive = holderAlive(info);
  if (alive === false) return true;
  if (alive === true) return false;
  return info.ageMs > staleAfterMs;
}

function tryCreate(path: string, content: string): boolean {
  try {
    const file = Deno.openSync(path, { createNew: true, write: true });
    try {
      file.writeSync(new TextEncoder().encode(content));
      file.syncSync();
    } finally {
      file.close();
    }
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.AlreadyExists) return false;
    throw error;
  }
}

function removeIfPresent(path: string): void {
  try {
    Deno.removeSync(path);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
}

/** Removes the lock if it still holds what was judged stale; guarded by `<lock>.break`. */
function breakStale(lockPath: string, judged: LockInfo, staleAfterMs: number): void {
  const breakPath = `${lockPath}.break`;
  if (!tryCreate(breakPath, `${hostName()}\n${Deno.pid}\n`)) {
    const other = readLock(breakPath);
    if (other && isStale(other, staleAfterMs)) removeIfPresent(breakPath);
    return;
  }
  try {
    if (readLock(lockPath)?.raw === judged.raw) removeIfPresent(lockPath);
  } finally {
    removeIfPresent(breakPath);
  }
}

/**
 * Runs `fn` while holding the lock file `lockPath`, then removes the lock (also when `fn`
 * throws). See the module documentation for how stale locks are handled.
 *
 * @param lockPath The lock file, e.g. `data/annotations.csv.lock`.
 * @param fn What to do under the lock.
 * @param options Timeout, staleness, pause.
 * @returns What `fn` returns.
 * @throws {LockTimeoutError} If the lock stays held past `timeoutMs`.
 *
 * @example
 * ```ts
 * import { withFileLock } from "./file_lock.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * const lock = `${dir}/x.lock`;
 * strictEqual(withFileLock(lock, () => 42), 42);
 * throws(() => Deno.statSync(lock), Deno.errors.NotFound);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function withFileLock<T>(
  lockPath: string,
  fn: () => T,
  options: FileLockOptions = {},
): T {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleAfterMs = options.staleAfterMs ?? 10_000;
  const pause = options.pause ?? DEFAULT_PAUSE;
  const token = crypto.randomUUID();
  const content = `${hostName()}\n${Deno.pid}\n${token}\n`;
  const deadline = Date.now() + timeoutMs;
  let wait = 1;
  let attempt = 0;
  while (!tryCreate(lockPath, content)) {
    const info = readLock(lockPath);
    if (info && isStale(info, staleAfterMs)) {
      breakStale(lockPath, info, staleAfterMs);
      pause(1);
      continue;
    }
    if (Date.now() > deadline) {
      throw new LockTimeoutError(lockPath, info?.raw.trim().replaceAll("\n", " ") ?? "");
    }
    attempt++;
    pause(wait * (0.5 + ((attempt * 0.618) % 1)));
    wait = Math.min(wait * 2, 50);
  }
  try {
    return fn();
  } finally {
    if (readLock(lockPath)?.raw === content) removeIfPresent(lockPath);
  }
}
