/**
 * A verdict in words, in French and English, for the report and the terminal.
 *
 * @module
 */
import { formatFr, formatGapFr } from "../report/format_fr.ts";
import { formatEn, formatGapEn } from "../report/format_en.ts";
import type { ClaimResult } from "./audit_claims.ts";

/** A verdict explained. */
export interface VerdictExplanation {
  /** In French. */
  fr: string;
  /** In English. */
  en: string;
}

const pctFr = (x: number) => `±${formatFr(x * 100, 2)}\u00A0%`;
const pctEn = (x: number) => `±${formatEn(x * 100, 2)}%`;

/**
 * Explains a claim's verdict: the gap, the tolerance and allowance it was held to, or what is
 * missing.
 *
 * @param result An audited claim.
 * @returns The explanation in French and English.
 *
 * @example
 * ```ts
 * import { explainVerdict } from "./explain_verdict.ts";
 * import { auditClaims } from "./audit_claims.ts";
 * import { loadClaims } from "./load_claims.ts";
 * import { figureResolver } from "./resolver.ts";
 * import { defaultFigureBook } from "../data/figures.ts";
 * import { strictEqual } from "node:assert/strict";
 * const rows = loadClaims().rows.filter((c) => c.claim_id === "aacocq.objectives.current_budget_effect");
 * const [r] = auditClaims(rows, figureResolver(defaultFigureBook()));
 * strictEqual(explainVerdict(r!).en, "Does not hold: gap +15%, beyond the ±10% allowed.");
 * ```
 */
export function explainVerdict(result: ClaimResult): VerdictExplanation {
  const { verdict, relativeGap, tolerance, allowance, claim } = result;
  const op = claim.operator;
  const inequality = op !== "=" && op !== "≈" && op !== "range";
  const gapFr = formatGapFr(relativeGap);
  const gapEn = formatGapEn(relativeGap);
  switch (verdict) {
    case "unverifiable":
      return {
        fr: `Invérifiable : il manque ${claim.missing_figure ?? "un chiffre"}.`,
        en: `Unverifiable: rests on a figure the memos do not give (${
          claim.missing_figure ?? "a figure"
        }).`,
      };
    case "consistent":
      return inequality
        ? {
          fr: `Tient : ${formatFr(result.recomputedValue, 4)} ${op} ${
            formatFr(result.statedValue, 4)
          } (écart ${gapFr}).`,
          en: `Holds: ${formatEn(result.recomputedValue, 4)} ${op} ${
            formatEn(result.statedValue, 4)
          } (gap ${gapEn}).`,
        }
        : {
          fr: `Tient : écart ${gapFr}, dans l'arrondi du mémoire (${pctFr(tolerance)}).`,
          en: `Holds: gap ${gapEn}, within the memo's rounding (${pctEn(tolerance)}).`,
        };
    case "approximate":
      return {
        fr: `Approximatif : écart ${gapFr}, au-delà de l'arrondi (${
          pctFr(tolerance)
        }) mais dans ce que permet le libellé (${pctFr(allowance)}).`,
        en: `Approximate: gap ${gapEn}, beyond the rounding (${
          pctEn(tolerance)
        }) but within what the wording allows (${pctEn(allowance)}).`,
      };
    case "inconsistent":
      return inequality
        ? {
          fr: `Ne tient pas : ${formatFr(result.recomputedValue, 4)} n'est pas ${op} ${
            formatFr(result.statedValue, 4)
          } (écart ${gapFr}).`,
          en: `Does not hold: ${formatEn(result.recomputedValue, 4)} is not ${op} ${
            formatEn(result.statedValue, 4)
          } (gap ${gapEn}).`,
        }
        : {
          fr: `Ne tient pas : écart ${gapFr}, au-delà des ${pctFr(allowance)} admis.`,
          en: `Does not hold: gap ${gapEn}, beyond the ${pctEn(allowance)} allowed.`,
        };
  }
}
