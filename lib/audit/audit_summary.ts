/**
 * The audit in a few lines for a terminal: findings first (the root discrepancies and the claims
 * each explains), then the count of claims by verdict, memo by memo.
 *
 * @module
 */
import { formatNumber, type Lang } from "../format/number.ts";
import { verdictWords } from "../format/verdict_words.ts";
import type { Project } from "../project/types.ts";
import { VERDICTS } from "../rules/verdict.ts";
import type { AuditResult } from "./audit.ts";

/**
 * The summary.
 *
 * @param project The project.
 * @param result The audit.
 * @param lang `fr` or `en`. @default "en"
 * @returns Lines of text.
 */
export function auditSummary(project: Project, result: AuditResult, lang: Lang = "en"): string {
  const w = (v: Parameters<typeof verdictWords>[0]) => verdictWords(v, lang).word;
  const n = (x: number) => formatNumber(x, lang, { maximumFractionDigits: 0 });
  const lines: string[] = [];
  const claimsIn = result.findings.reduce((s, f) => s + f.claims.length, 0);
  lines.push(
    lang === "fr"
      ? `recompte : ${n(result.findings.length)} constats (${n(claimsIn)} affirmations), sur ${
        n(result.claims.length)
      } affirmations de ${n(project.memoIds.length)} mémoires`
      : `recompte: ${n(result.findings.length)} findings (${n(claimsIn)} claims), out of ${
        n(result.claims.length)
      } claims in ${n(project.memoIds.length)} memos`,
  );
  for (const f of result.findings) {
    const title = lang === "fr"
      ? f.finding?.title_fr ?? f.claims[0]!.readings[0]!.reading.says_fr
      : f.finding?.title_en ?? f.claims[0]!.readings[0]!.reading.says_en;
    lines.push(`  [${w(f.verdict)}] ${f.sourceId}: ${title}`);
    for (const c of f.claims) lines.push(`      ${w(c.verdict).padEnd(13)} ${c.claim.id}`);
  }
  lines.push(lang === "fr" ? "Affirmations par verdict :" : "Claims by verdict:");
  const byMemo = Map.groupBy(result.claims, (c) => c.claim.sourceId);
  for (const memo of project.memoIds) {
    const cs = byMemo.get(memo) ?? [];
    const counts = VERDICTS.map((v) => [v, cs.filter((c) => c.verdict === v).length] as const)
      .filter(([, k]) => k > 0);
    lines.push(
      `  ${memo.padEnd(10)} ${String(cs.length).padStart(4)}: ${
        counts.map(([v, k]) => `${k} ${w(v)}`).join(", ")
      }`,
    );
  }
  return lines.join("\n");
}
