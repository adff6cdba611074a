/**
 * The life-expectancy footnote of the OC brief, recomputed: 8 and 22 of 30 years.
 */
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import type { Overrides } from "../../lib/assumptions/resolve_inputs.ts";
import { figure, figureValue } from "../../lib/data/figures.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { lifeExpectancyShares } from "../../lib/models/life_expectancy_shares.ts";
import {
  assertAlmostEquals,
  assertEquals,
  assertOk,
  assertStrictEquals,
  assertThrows,
} from "../_assert.ts";

/** An error class, for the tables of refused overrides. */
// deno-lint-ignore no-explicit-any
type ErrorClass = new (...args: any[]) => Error;

const memo = lifeExpectancyShares();

Deno.test("lifeExpectancyShares() splits 30 years into 26.7 % and 73.3 %", async (t) => {
  const cases = [
    ["oc.life_expectancy.health_services", "healthServices", "healthServicesShare", "26.7"],
    ["oc.life_expectancy.living_conditions", "livingConditions", "livingConditionsShare", "73.3"],
  ] as const;
  for (const [id, years, share, expected] of cases) {
    await t.step(
      `${id}: ${figureValue(id)} of ${
        figureValue("oc.life_expectancy.total_gain")
      } years is ${expected} %`,
      () => {
        assertStrictEquals(memo[years], figureValue(id));
        assertStrictEquals(memo[share].toFixed(1), expected);
        assertAlmostEquals((memo[share] * memo.totalGain) / 100, figureValue(id), 1e-12);
      },
    );
  }
  await t.step("the two shares add up to 100 %", () => {
    assertAlmostEquals(memo.healthServicesShare + memo.livingConditionsShare, 100, 1e-12);
  });
  await t.step("oc.life_expectancy.period: over 100 years", () => {
    assertStrictEquals(memo.periodYears, figureValue("oc.life_expectancy.period"));
  });
});

Deno.test("lifeExpectancyShares() checks 8 + 22 = 30 (oc.life_expectancy.total_gain)", async (t) => {
  await t.step("the memo's parts add up: consistent, nothing unattributed", () => {
    assertStrictEquals(memo.sumOfParts, figureValue("oc.life_expectancy.total_gain"));
    assertStrictEquals(memo.unattributed, 0);
    assertStrictEquals(memo.consistent, true);
    assertOk(figure("oc.life_expectancy.total_gain").note!.includes("8 + 22 = 30"));
  });
  const overrides = [
    ["more health years than the total allows", { "oc.life_expectancy_health_services": 10 }, -2],
    ["a larger total than the parts", { "oc.life_expectancy_gain": 32 }, 2],
    ["parts that still add up", {
      "oc.life_expectancy_health_services": 10,
      "oc.life_expectancy_living_conditions": 20,
    }, 0],
  ] as const;
  for (const [name, given, unattributed] of overrides) {
    await t.step(`${name}: unattributed ${unattributed}`, () => {
      const r = lifeExpectancyShares({ overrides: given });
      assertStrictEquals(r.unattributed, unattributed);
      assertStrictEquals(r.consistent, unattributed === 0);
    });
  }
});

Deno.test("lifeExpectancyShares() overrides change what they should and nothing else", async (t) => {
  await t.step("oc.life_expectancy_health_services 10 changes its share only", () => {
    const r = lifeExpectancyShares({ overrides: { "oc.life_expectancy_health_services": 10 } });
    assertAlmostEquals(r.healthServicesShare, 100 / 3, 1e-12);
    assertStrictEquals(r.livingConditionsShare, memo.livingConditionsShare);
    assertStrictEquals(r.totalGain, memo.totalGain);
    const input = r.trace.inputs.find((i) => i.id === "oc.life_expectancy_health_services")!;
    assertEquals([input.overridden, input.baseValue], [
      true,
      figureValue("oc.life_expectancy.health_services"),
    ]);
  });
  await t.step("oc.life_expectancy_gain 40 changes both shares, not the parts", () => {
    const r = lifeExpectancyShares({ overrides: { "oc.life_expectancy_gain": 40 } });
    assertStrictEquals(r.healthServicesShare, 20);
    assertStrictEquals(r.livingConditionsShare, 55);
    assertStrictEquals(r.sumOfParts, memo.sumOfParts);
  });
});

Deno.test("lifeExpectancyShares() refuses overrides that cannot apply", async (t) => {
  const cases: [
    name: string,
    overrides: Record<string, unknown>,
    error: ErrorClass,
    ...string[],
  ][] = [
    [
      "an unknown id, naming the close match",
      { "oc.life_expectancy_health": 8 },
      UnknownIdError,
      "oc.life_expectancy_health_services",
    ],
    [
      "a negative number of years",
      { "oc.life_expectancy_gain": -1 },
      OverrideError,
      "below the smallest possible value, 0",
    ],
    ["a string", { "oc.life_expectancy_gain": "trente" }, OverrideError, "expected a number"],
    [
      "an input of another model",
      { "oc.egts_horizon": 5 },
      OverrideError,
      "does not read it",
      "ocStaffingTrend",
    ],
  ];
  for (const [name, overrides, error, ...fragments] of cases) {
    await t.step(`lifeExpectancyShares() refuses ${name}`, () => {
      const given = overrides as unknown as Overrides;
      assertThrows(() => lifeExpectancyShares({ overrides: given }), error, ...fragments);
    });
  }
  await t.step("a total gain of 0 leaves no share to compute", () => {
    assertThrows(
      () => lifeExpectancyShares({ overrides: { "oc.life_expectancy_gain": 0 } }),
      RangeError,
      "share of 0",
    );
  });
});
