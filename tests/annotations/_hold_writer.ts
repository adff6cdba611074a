/**
 * Test fixture: an annotate() that, once it holds the lock, prints `locked` and waits for a byte
 * on standard input before it reads and writes the file, so a test can pause it (SIGSTOP) or
 * kill it while it holds the lock. Prints `wrote <id>` when done.
 * Usage: `deno run … _hold_writer.ts <file> <text>`.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { TARGETS } from "./_fixtures.ts";

const [file, text] = Deno.args;
const result = annotate({
  file: file!,
  targets: TARGETS,
  target_id: "ctroc.plan.total",
  author: "holder",
  date: "2025-11-25",
  stance: "note",
  text: text!,
  hooks: {
    locked: () => {
      console.log("locked");
      Deno.stdin.readSync(new Uint8Array(1));
    },
  },
});
console.log(`wrote ${result.annotation.annotation_id}`);
