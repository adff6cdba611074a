/**
 * Test fixture: appends `count` annotations to `file`, one `annotate()` call each, as a second
 * process would. It prints `ready` and waits for a byte on standard input first, so that two of
 * them start together. Usage: `deno run … _append_many.ts <file> <label> <count>`.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { TARGETS } from "./_fixtures.ts";

const [file, label, count] = Deno.args;
console.log("ready");
Deno.stdin.readSync(new Uint8Array(1));
for (let i = 0; i < Number(count); i++) {
  annotate({
    file: file!,
    targets: TARGETS,
    target_id: i % 2 === 0 ? "ctroc.plan.total" : "aacocq.fiscal_gain.indirect_savings",
    author: `proc ${label}`,
    date: "2025-11-25",
    stance: "note",
    text: `${label} #${i}: « virgule, guillemet "x", point-virgule ; »\nligne 2 😀`,
  });
}
