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
import { MIN_NORMAL } from "../expr/syntax.ts";
import {
  checkRunOptions,
  modelQuantities,
  optionsFor,
  OverrideError,
  type RunOptions,
} from "../models/run_model.ts";
import { MODEL_PREFIX } from "../project/load_project.ts";
import type { Claim, Finding, Project, Reading } from "../project/types.ts";
import { figureQuantity, type Quantity } from "../rules/quantity.ts";
import {
  claimVerdict,
  judgeReading,
  type ReadingVerdict,
  type Verdict,
  worstVerdict,
} from "../rules/verdict.ts";

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

/** Why a side cannot be judged on these numbers. */
interface Uncomputable {
  readonly because: string;
}

function isQuantity(q: Quantity | Uncomputable | string | null): q is Quantity {
  return q !== null && typeof q === "object" && "point" in q;
}

/**
 * What is wrong with a computed side as a float, or `null`: a point that is not a finite number,
 * or so small that a float has lost its digits; an end of an interval that is NaN. (Interval ends
 * may be infinite: « plus de 2 300 » has no upper end.)
 */
function floatProblem(q: Quantity): string | null {
  if (
    Number.isNaN(q.point) || [q.core, q.outer].some((i) => Number.isNaN(i.lo) || Number.isNaN(i.hi))
  ) {
    return "gives no number (NaN) on these numbers";
  }
  if (!Number.isFinite(q.point)) return `gives ${q.point}: a number beyond what a float holds`;
  if (q.point !== 0 && Math.abs(q.point) < MIN_NORMAL) {
    return `gives ${q.point}: a number too small for a float to keep its digits`;
  }
  return null;
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
  // A side is its quantity; or the id it lacks; or why it cannot be computed on these numbers (a
  // division by zero, a value beyond what a float holds): the reading is then unverifiable, and
  // says why, rather than passing Infinity or NaN on or stopping the whole audit.
  const side = (e: CompiledExpression | null): Quantity | null | string | Uncomputable => {
    if (e === null) return null;
    const missing = e.ids.find((id) => quantityOf(id) === null);
    if (missing !== undefined) return missing;
    const q = (id: string) => quantityOf(id)!;
    try {
      const result: Quantity = {
        point: evaluate(e, pointDomain, (id) => q(id).point),
        core: evaluate(e, intervalDomain, (id) => q(id).core),
        outer: evaluate(e, intervalDomain, (id) => q(id).outer),
      };
      const problem = floatProblem(result);
      return problem === null ? result : { because: `${e.text} ${problem}` };
    } catch (error) {
      if (!(error instanceof RangeError) || error instanceof OverrideError) throw error;
      return {
        because: `${e.text} cannot be computed on these numbers (${
          error.message.replace(/^Cannot evaluate "[^"]*": /, "")
        })`,
      };
    }
  };
  const claims = project.claims.map((claim): ClaimResult => {
    const readings = claim.readings.map((reading): ReadingResult => {
      const s = side(reading.stated);
      const r = side(reading.recompute);
      const factor = reading.unit.date ? 1 : reading.unit.factor;
      const stated = isQuantity(s) ? toSide(s, factor) : null;
      const recomputed = isQuantity(r) ? toSide(r, factor) : null;
      const unbounded = (q: ReturnType<typeof side>) =>
        isQuantity(q) && q.core.lo <= 0 && q.core.hi === Infinity;
      const why = (q: ReturnType<typeof side>) =>
        typeof q === "string"
          ? `${q} is not given`
          : q !== null && "because" in q
          ? q.because
          : null;
      const unverifiableBecause = reading.missing ?? why(s) ?? why(r) ??
        (unbounded(r) || unbounded(s)
          ? "the memo's figures bound it on neither side (a ratio of two floors, such as « plus de » over « plus de »)"
          : null);
      const verdict: ReadingVerdict =
        unverifiableBecause !== null || stated === null || recomputed === null
          ? "unverifiable"
          : judgeReading(reading.relation, s as Quantity, r as Quantity);
      const gap = stated !== null && recomputed !== null && stated.point !== 0 && !reading.unit.date
        ? Number(((recomputed.point - stated.point) / Math.abs(stated.point)).toPrecision(12))
        : null;
      const relativeGap = gap !== null && Number.isFinite(gap) ? gap : null;
      return Object.freeze({
        reading,
        stated,
        recomputed,
        relativeGap,
        verdict,
        unverifiableBecause: verdict === "unverifiable"
          ? unverifiableBecause ?? "a side cannot be computed"
          : null,
      });
    });
    return Object.freeze({
      claim,
      readings: Object.freeze(readings),
      verdict: claimVerdict(readings.map((r) => r.verdict)),
    });
  });
  return Object.freeze({
    options,
    claims: Object.freeze(claims),
    findings: Object.freeze(groupFindings(project, claims)),
  });
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
  const groups = new Map<
    string,
    { finding: Finding | null; sourceId: string; claims: ClaimResult[] }
  >();
  for (const c of claims) {
    const key = c.claim.finding ?? c.claim.id;
    const group = groups.get(key) ??
      {
        finding: c.claim.finding ? project.findings.get(c.claim.finding) ?? null : null,
        sourceId: c.claim.sourceId,
        claims: [],
      };
    group.claims.push(c);
    groups.set(key, group);
  }
  const out: FindingResult[] = [];
  for (const [id, g] of groups) {
    const verdict = worstVerdict(g.claims.map((c) => c.verdict));
    if (verdict === "consistent" || verdict === "unverifiable" && g.finding === null) continue;
    out.push(
      Object.freeze({
        finding: g.finding,
        id,
        sourceId: g.sourceId,
        claims: Object.freeze(g.claims),
        verdict,
      }),
    );
  }
  const order = ["inconsistent", "ambiguous", "approximate", "unverifiable", "consistent"];
  const memoOrder = (id: string) => project.memoIds.indexOf(id);
  return out.sort((a, b) =>
    order.indexOf(a.verdict) - order.indexOf(b.verdict) ||
    memoOrder(a.sourceId) - memoOrder(b.sourceId)
  );
}
