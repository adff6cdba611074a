/**
 * `deno task claims [prefix] [--data dir]`: every claim whose id starts with `prefix` (all by
 * default), each reading on its own line with both sides as intervals — the stated side from the
 * memo's qualifier, recompte's side from the expression — the relation, and the verdict. The
 * view to use while writing a memo's claims (docs/adding_a_memo.md): it shows why a reading holds
 * or not before the report does.
 *
 * ```text
 * approximate  aacocq.payroll_example.one_month_of_salary  (finding aacocq.month_of_salary)
 *    -              approximate  stated 1 [1, 1] (outer [0.5, 1.5])  =  recomputed 0.96 [0.959952, 0.960048] (outer [0.95203, 0.96803]) months
 * ```
 *
 * Exit codes: `0`; `2` when the data has errors (run `deno task validate`) or no claim matches.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { audit, type Side } from "../lib/audit/audit.ts";
import { loadProject } from "../lib/project/load_project.ts";
import { ProjectError } from "../lib/errors.ts";

function num(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(6))) : x > 0 ? "+∞" : "−∞";
}

function side(s: Side | null): string {
  if (s === null) return "—";
  const core = `[${num(s.core.lo)}, ${num(s.core.hi)}]`;
  const outer = `[${num(s.outer.lo)}, ${num(s.outer.hi)}]`;
  return `${num(s.point)} ${core}` + (outer === core ? "" : ` (outer ${outer})`);
}

/**
 * The claims' lines.
 *
 * @param dataDir The project folder.
 * @param prefix Only claims whose id starts with it.
 * @returns The lines, or `null` when no claim matches.
 */
export function claimLines(dataDir: string, prefix: string): string[] | null {
  const lines: string[] = [];
  for (const c of audit(loadProject(dataDir)).claims) {
    if (!c.claim.id.startsWith(prefix)) continue;
    lines.push(
      `${c.verdict.padEnd(12)} ${c.claim.id}${
        c.claim.finding ? `  (finding ${c.claim.finding})` : ""
      }`,
    );
    for (const r of c.readings) {
      lines.push(
        `   ${(r.reading.reading || "-").padEnd(14)} ${r.verdict.padEnd(12)} stated ${
          side(r.stated)
        }  ` +
          `${r.reading.relation}  recomputed ${side(r.recomputed)} ${r.reading.unit.text}` +
          (r.unverifiableBecause ? `  (${r.unverifiableBecause})` : ""),
      );
    }
  }
  return lines.length === 0 ? null : lines;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: { data: { type: "string" } },
    allowPositionals: true,
  });
  const prefix = positionals[0] ?? "";
  try {
    const lines = claimLines(values.data ?? "data", prefix);
    if (lines === null) {
      console.error(`No claim id starts with ${JSON.stringify(prefix)}.`);
      Deno.exit(2);
    }
    console.log(lines.join("\n"));
  } catch (error) {
    if (!(error instanceof ProjectError)) throw error;
    console.error(error.message);
    Deno.exit(2);
  }
}
