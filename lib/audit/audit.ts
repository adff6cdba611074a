/**
 * The audit: every reading of every claim evaluated on the memo's own figures — each read as the
 * interval its words allow — judged, and the claims grouped under the findings they follow from.
 *
 * @module
 */
import { evaluate } from "../expr/evaluate.ts";
import { intervalDomain } from "../expr/interval_domain.ts";
import type { Interval } from "../expr/interval.ts";
import { pointDomain } from "../expr/point_domain.ts";
import type { CompiledExpression } from "../expr/compile.ts";
import { checkRunOptions, modelQuantities, optionsFor, type RunOptions } from "../models/run_model.ts";
import { MODEL_PREFIX } from "../project/load_project.ts";
import type { Claim, Finding, Project, Reading } from "../project/types.ts";
import { figureQuantity, type Quantity } from "../rules/quantity.ts";
import { claimVerdict, judgeReading, type ReadingVerdict, type Verdict, worstVerdict } from "../rules/verdict.ts";

/** A side of a reading, in the claim's unit. */
export interface Side {
  /** As printed / as recomputed from the printed numbers. */
  readonly point: number;
  /** Strict reading. */
  readonly core: Interval;
  /** Reading round numbers as rounded. */
  readonly outer: Interval;
}

/** One reading, evaluated and judged. */
export interface ReadingResult {
  /** The reading. */
  readonly reading: Reading;
  /** The memo's side, in the claim's unit (`null` when unverifiable). */
  readonly stated: Side | null;
  /** recompte's side, in the claim's unit (`null` when unverifiable). */
  readonly recomputed: Side | null;
  /** `(recomputed − stated) / |stated|` on the points; `null` when a side is missing, stated is 0, or the sides are dates. */
  readonly relativeGap: number | null;
  /** The verdict. */
  readonly verdict: ReadingVerdict;
  /** Why it is unverifiable, when it is. */
  readonly unverifiableBecause: string | null;
}

/** One claim, audited. */
export interface ClaimResult {
  /** The claim. */
  readonly claim: Claim;
  /** Its readings. */
  readonly readings: readonly ReadingResult[];
  /** Its verdict. */
  readonly verdict: Verdict;
}

/** A finding with the claims that follow from it. */
export interface FindingResult {
  /** The finding (a claim that belongs to none is its own finding, with `finding: null`). */
  readonly finding: Finding | null;
  /** Its id: the finding's, or the lone claim's. */
  readonly id: string;
  /** Its memo. */
  readonly sourceId: string;
  /** The claims under it. */
  readonly claims: readonly ClaimResult[];
  /** The most serious verdict among them. */
  readonly verdict: Verdict;
}

/** The whole audit. */
export interface AuditResult {
  /** The scenario and overrides it ran under. */
  readonly options: RunOptions;
  /** Every claim, in project order. */
  readonly claims: readonly ClaimResult[];
  /** Findings that hold a claim that is not consistent, most serious first, then by memo. */
  readonly findings: readonly FindingResult[];
}

function toSide(q: Quantity, factor: number): Side {
  const s = (x: number) => (Number.isFinite(x) ? Number((x / factor).toPrecision(12)) : x);
  return Object.freeze({
    point: s(q.point),
    core: Object.freeze({ lo: s(q.core.lo), hi: s(q.core.hi) }),
    outer: Object.freeze({ lo: s(q.outer.lo), hi: s(q.outer.hi) }),
  });
}

/**
 * Audits every claim of a project.
 *
 * @param project The project.
 * @param options A scenario and overrides: claims that read a model see those of its inputs.
 * @returns Each claim with its readings and verdict, and the findings.
 * @throws {UnknownIdError} On an unknown scenario or assumption id.
 * @throws {OverrideError} On an override value that cannot be applied.
 *
 * @example “3 × 45 000 $ = 135 000 $” holds; “6 000 […] soit 4 000 de plus qu'actuellement” depends on the reading
 * ```ts
 * import { audit } from "./audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const result = audit(loadProject("data"));
 * const payroll = result.claims.find((c) => c.claim.id === "aacocq.payroll_example.payroll_product")!;
 * strictEqual(payroll.verdict, "consistent");
 * strictEqual(payroll.readings[0]!.recomputed!.point, 135000);
 * ```
 */
export function audit(project: Project, options: RunOptions = {}): AuditResult {
  checkRunOptions(project, options);
  const modelCache = new Map<string, Map<string, Quantity>>();
  const quantityOf = (id: string): Quantity | null => {
    if (id.startsWith(MODEL_PREFIX)) {
      const [, modelId, ...rest] = id.split(".");
      let q = modelCache.get(modelId!);
      if (q === undefined) {
        q = modelQuantities(project, modelId!, optionsFor(project, modelId!, options));
        modelCache.set(modelId!, q);
      }
      return q.get(rest.join(".")) ?? null;
    }
    const f = project.figures.get(id);
    return f === undefined ? null : figureQuantity(f);
  };
  const side = (e: CompiledExpression | null): Quantity | null | string => {
    if (e === null) return null;
    const missing = e.ids.find((id) => quantityOf(id) === null);
    if (missing !== undefined) return missing;
    const q = (id: string) => quantityOf(id)!;
    return {
      point: evaluate(e, pointDomain, (id) => q(id).point),
      core: evaluate(e, intervalDomain, (id) => q(id).core),
      outer: evaluate(e, intervalDomain, (id) => q(id).outer),
    };
  };
  const claims = project.claims.map((claim): ClaimResult => {
    const readings = claim.readings.map((reading): ReadingResult => {
      const s = side(reading.stated);
      const r = side(reading.recompute);
      const factor = reading.unit.date ? 1 : reading.unit.factor;
      const stated = s !== null && typeof s === "object" ? toSide(s, factor) : null;
      const recomputed = r !== null && typeof r === "object" ? toSide(r, factor) : null;
      const unbounded = (q: Quantity | null | string) =>
        q !== null && typeof q === "object" && q.core.lo <= 0 && q.core.hi === Infinity;
      const unverifiableBecause = reading.missing ??
        (typeof s === "string" ? `${s} is not given` : typeof r === "string" ? `${r} is not given` : null) ??
        (unbounded(r) || unbounded(s)
          ? "the memo's figures bound it on neither side (a ratio of two floors, such as « plus de » over « plus de »)"
          : null);
      const verdict: ReadingVerdict = unverifiableBecause !== null || stated === null || recomputed === null
        ? "unverifiable"
        : judgeReading(reading.relation, s as Quantity, r as Quantity);
      const relativeGap = stated !== null && recomputed !== null && stated.point !== 0 && !reading.unit.date
        ? Number(((recomputed.point - stated.point) / Math.abs(stated.point)).toPrecision(12))
        : null;
      return Object.freeze({
        reading,
        stated,
        recomputed,
        relativeGap,
        verdict,
        unverifiableBecause: verdict === "unverifiable" ? unverifiableBecause ?? "a side cannot be computed" : null,
      });
    });
    return Object.freeze({
      claim,
      readings: Object.freeze(readings),
      verdict: claimVerdict(readings.map((r) => r.verdict)),
    });
  });
  return Object.freeze({ options, claims: Object.freeze(claims), findings: Object.freeze(groupFindings(project, claims)) });
}

/**
 * Groups the claims that are not consistent under their findings; a claim that belongs to none is
 * its own finding. Findings come most serious first, then in memo and file order.
 *
 * @param project The project.
 * @param claims The audited claims.
 * @returns The findings.
 */
export function groupFindings(project: Project, claims: readonly ClaimResult[]): FindingResult[] {
  const groups = new Map<string, { finding: Finding | null; sourceId: string; claims: ClaimResult[] }>();
  for (const c of claims) {
    const key = c.claim.finding ?? c.claim.id;
    const group = groups.get(key) ??
      { finding: c.claim.finding ? project.findings.get(c.claim.finding) ?? null : null, sourceId: c.claim.sourceId, claims: [] };
    group.claims.push(c);
    groups.set(key, group);
  }
  const out: FindingResult[] = [];
  for (const [id, g] of groups) {
    const verdict = worstVerdict(g.claims.map((c) => c.verdict));
    if (verdict === "consistent" || verdict === "unverifiable" && g.finding === null) continue;
    out.push(Object.freeze({ finding: g.finding, id, sourceId: g.sourceId, claims: Object.freeze(g.claims), verdict }));
  }
  const order = ["inconsistent", "ambiguous", "approximate", "unverifiable", "consistent"];
  const memoOrder = (id: string) => project.memoIds.indexOf(id);
  return out.sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict) || memoOrder(a.sourceId) - memoOrder(b.sourceId));
}
