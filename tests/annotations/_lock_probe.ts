/**
 * Test fixture: tries to take the lock `<path>` (timeout 300 ms, stale after 10 s) and prints
 * `ran` or the error's name. Usage: `deno run … _lock_probe.ts <path>`.
 */
import { withFileLock } from "../../lib/annotations/file_lock.ts";

try {
  console.log(withFileLock(Deno.args[0]!, () => "ran", { timeoutMs: 300, staleAfterMs: 10_000 }));
} catch (error) {
  console.log(error instanceof Error ? error.name : String(error));
}
