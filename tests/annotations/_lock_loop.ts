/**
 * Test fixture: takes the lock `<path>` `<count>` times in a row, keeping it `<ms>` ms each
 * time (a busy loop, as a notebook annotating in a loop would), with no pause in between.
 * Prints `looping` once it first holds it and `done` at the end.
 * Usage: `deno run … _lock_loop.ts <path> <count> <ms>`.
 */
import { withFileLock } from "../../lib/annotations/file_lock.ts";

const [path, count, ms] = Deno.args;
for (let i = 0; i < Number(count); i++) {
  withFileLock(path!, () => {
    if (i === 0) console.log("looping");
    const until = Date.now() + Number(ms);
    while (Date.now() < until) { /* busy */ }
  });
}
console.log("done");
