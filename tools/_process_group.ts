/**
 * Process groups for the tools that start long-lived programs (Chromium, Jupyter): kill a whole
 * group, and a watchdog that kills it if this Deno process dies without cleaning up (an uncaught
 * error, SIGKILL), which no `finally` or `unload` handler can catch.
 *
 * @module
 */

/**
 * Send a signal to a process group; quiet when the group is already gone.
 *
 * @param pgid The group's id (its leader's pid, for a child spawned with `detached: true`).
 * @param signal The signal.
 *
 * @example A group that does not exist
 * ```ts
 * import { signalGroup } from "./_process_group.ts";
 *
 * signalGroup(2 ** 22 + 1, "SIGTERM"); // no such group: nothing happens
 * ```
 */
export function signalGroup(pgid: number, signal: Deno.Signal): void {
  try {
    Deno.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** A running watchdog; {@linkcode Watchdog.stop} it once the group is cleaned up. */
export interface Watchdog {
  /** Stop watching (kills the watchdog, not the group). */
  stop(): Promise<void>;
}

/** POSIX `sh` (dash's `kill` takes `-PGID`, not `-- -PGID`). */
const SCRIPT = `parent=$1; group=$2; grace=$3; shift 3
while kill -0 "$parent" 2>/dev/null; do
  kill -0 "-$group" 2>/dev/null || exit 0
  sleep 1
done
kill -TERM "-$group" 2>/dev/null
sleep "$grace"
kill -KILL "-$group" 2>/dev/null
[ "$#" -gt 0 ] && rm -rf -- "$@"
exit 0`;

/**
 * Start a watchdog (`sh`, in its own group) that, once this Deno process is gone, sends SIGTERM
 * to the group, then SIGKILL after `graceSeconds`, then removes `paths`. It exits by itself
 * when the group is gone first.
 *
 * @param pgid The group to guard.
 * @param graceSeconds Seconds between SIGTERM and SIGKILL.
 * @param paths Temporary folders to remove after the kill.
 * @returns The watchdog.
 *
 * @example Guard a child's group (needs `sh`)
 * ```ts ignore
 * import { watchGroup } from "./_process_group.ts";
 *
 * const child = new Deno.Command("sleep", { args: ["60"], detached: true }).spawn();
 * const watchdog = watchGroup(child.pid, 2);
 * ```
 */
export function watchGroup(pgid: number, graceSeconds: number, paths: string[] = []): Watchdog {
  const child = new Deno.Command("sh", {
    args: ["-c", SCRIPT, "sh", String(Deno.pid), String(pgid), String(graceSeconds), ...paths],
    stdin: "null",
    stdout: "null",
    stderr: "null",
    detached: true,
  }).spawn();
  child.unref();
  return {
    async stop() {
      signalGroup(child.pid, "SIGKILL");
      await child.status;
    },
  };
}
