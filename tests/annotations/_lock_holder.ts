/**
 * Test fixture: takes the lock `<path>`, prints `held`, and keeps it until a byte arrives on
 * standard input (or the process is killed). Usage: `deno run … _lock_holder.ts <path>`.
 */
import { withFileLock } from "../../lib/annotations/file_lock.ts";

withFileLock(Deno.args[0]!, () => {
  console.log("held");
  Deno.stdin.readSync(new Uint8Array(1));
});
console.log("released");
