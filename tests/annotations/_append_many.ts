/**
 * Test fixture: appends `count` annotations to `file`, one `annotate()` call each, as a second
 * process would. Usage: `deno run … _append_many.ts <file> <label> <count>`.
 */
import { annotate } from "../../lib/annotations/annotate.ts";

const [file, label, count] = Deno.args;
const targets = {
  figure: new Set(["ctroc.plan.total", "aacocq.fiscal_gain.indirect_savings"]),
  assumption: new Set<string>(),
  claim: new Set<string>(),
};
for (let i = 0; i < Number(count); i++) {
  annotate({
    file: file!,
    targets,
    target_id: i % 2 === 0 ? "ctroc.plan.total" : "aacocq.fiscal_gain.indirect_savings",
    author: `proc ${label}`,
    date: "2025-11-25",
    stance: "note",
    text: `${label} #${i}: « virgule, guillemet "x", point-virgule ; »\nligne 2 😀`,
  });
}
