/**
 * Temporary: prints every claim, reading and verdict with its intervals (for the claims rework).
 *
 * @module
 */
import { audit } from "../lib/audit/audit.ts";
import { loadProject } from "../lib/project/load_project.ts";

const project = loadProject(Deno.args[0] ?? "data");
const only = Deno.args[1];
const f = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : x > 0 ? "+∞" : "−∞");
const i = (x: { lo: number; hi: number }) => `[${f(x.lo)}, ${f(x.hi)}]`;
for (const c of audit(project).claims) {
  if (only && !c.claim.id.startsWith(only)) continue;
  console.log(`${c.verdict.padEnd(12)} ${c.claim.id}${c.claim.finding ? `  (finding ${c.claim.finding})` : ""}`);
  for (const r of c.readings) {
    const s = r.stated;
    const q = r.recomputed;
    console.log(
      `   ${(r.reading.reading || "-").padEnd(14)} ${r.verdict.padEnd(12)} stated ${s ? `${f(s.point)} core ${i(s.core)} outer ${i(s.outer)}` : "—"}` +
        `  ${r.reading.relation}  recomputed ${q ? `${f(q.point)} core ${i(q.core)} outer ${i(q.outer)}` : "—"} ${r.reading.unit.text}` +
        (r.unverifiableBecause ? `  (${r.unverifiableBecause})` : ""),
    );
  }
}
