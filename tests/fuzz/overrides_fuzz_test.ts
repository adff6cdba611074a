/**
 * Seeded fuzz of the overrides every model accepts: random ids (real, misspelt, of another model),
 * random values (strings, NaN, ±Infinity, negatives, huge numbers, fractions for percents, objects
 * with a wrong unit). Each call must either return a result whose numbers are all finite, or throw
 * `UnknownIdError` / `OverrideError` with a message that names the id and what to fix; nothing
 * else.
 */
import { defaultAssumptionBook } from "../../lib/assumptions/assumption_book.ts";
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import type { ModelOptions, Overrides } from "../../lib/assumptions/resolve_inputs.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { coopNetworkRatios } from "../../lib/models/coop_network_ratios.ts";
import { coveragePlan } from "../../lib/models/coverage_plan.ts";
import { lifeExpectancyShares } from "../../lib/models/life_expectancy_shares.ts";
import { ocStaffingTrend } from "../../lib/models/oc_staffing_trend.ts";
import { payrollCost } from "../../lib/models/payroll_cost.ts";
import { psocCatchUp } from "../../lib/models/psoc_catch_up.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { assertOk } from "../_assert.ts";
import { prng } from "./_prng.ts";

const MODELS: Record<string, (o: ModelOptions) => unknown> = {
  payrollCost,
  zeroNetCost,
  coveragePlan: (o) =>
    coveragePlan({ ...o, startingPoint: "current_2300", personsPerWorker: "today" }),
  psocCatchUp,
  ocStaffingTrend,
  coopNetworkRatios,
  lifeExpectancyShares,
};

function finiteEverywhere(value: unknown, path: string, seen = new Set<unknown>()): void {
  if (typeof value === "number") {
    assertOk(Number.isFinite(value), `${path} is ${value}`);
    return;
  }
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) finiteEverywhere(v, `${path}.${k}`, seen);
}

Deno.test("random overrides are either applied with finite results or refused clearly", () => {
  const book = defaultAssumptionBook();
  const r = prng(20251125);
  const ids = [...book.ids];
  const values = (id: string): unknown => {
    const a = book.ids.includes(id) ? book.get(id) : undefined;
    const span = a ? a.max - a.min : 100;
    return r.pick<() => unknown>([
      () => (a ? a.min + r.next() * span : r.next() * 1000),
      () => (a ? a.max + 1 + r.next() * span : 1e300),
      () => (a ? a.min - 1 - r.next() * span : -1),
      () => NaN,
      () => Infinity,
      () => -Infinity,
      () => "45 000",
      () => "5 %",
      () => null,
      () => ({ value: a?.base ?? 1, unit: a?.unit ?? "CAD" }),
      () => ({ value: 0.05, unit: "fraction" }),
      () => ({ value: 1, unit: "parsecs" }),
      () => [1, 2],
    ])();
  };
  const misspell = (id: string) => {
    const i = r.int(id.length);
    return id.slice(0, i) + id.slice(i + 1);
  };
  const counts = { applied: 0, unknownId: 0, refused: 0 };
  for (let i = 0; i < 1500; i++) {
    const modelName = r.pick(Object.keys(MODELS));
    const own = book.forModel(modelName).map((a) => a.assumption_id);
    const overrides: Record<string, unknown> = {};
    for (let k = 0, n = 1 + r.int(3); k < n; k++) {
      const id = r.chance(0.6) && own.length > 0
        ? r.pick(own)
        : r.chance(0.5)
        ? r.pick(ids)
        : misspell(r.pick(ids));
      overrides[id] = values(id);
    }
    const label = `${modelName}(${JSON.stringify(overrides)})`;
    try {
      finiteEverywhere(MODELS[modelName]!({ overrides: overrides as Overrides }), label);
      counts.applied++;
    } catch (error) {
      if (error instanceof UnknownIdError) {
        assertOk(error.message.includes("Unknown assumption id"), `${label}: ${error.message}`);
        counts.unknownId++;
      } else if (error instanceof OverrideError) {
        assertOk(Object.hasOwn(overrides, error.assumptionId), `${label}: ${error.message}`);
        counts.refused++;
      } else {
        throw new Error(`${label} threw something else: ${error}`);
      }
    }
  }
  console.log(
    `overrides fuzz: 1500 cases: ${counts.applied} applied, ${counts.unknownId} unknown ids, ` +
      `${counts.refused} refused`,
  );
  assertOk(counts.applied > 0 && counts.unknownId > 0 && counts.refused > 0);
});
