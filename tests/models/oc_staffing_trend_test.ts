/**
 * The OC staffing trend and targets, recomputed: the growth between the two known counts, the
 * yearly growth each target needs, the paths (labelled as targets), the unknown years left
 * unknown, and the unit caveats.
 */
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import type { Overrides } from "../../lib/assumptions/resolve_inputs.ts";
import type { OcStaffingChartInput } from "../../lib/charts/oc_staffing_chart.ts";
import { defaultDataset } from "../../lib/data/dataset.ts";
import { figure, figureValue } from "../../lib/data/figures.ts";
import type { OcStaffingRow } from "../../lib/data/tables/oc_staffing.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { growthBetween, ocStaffingTrend } from "../../lib/models/oc_staffing_trend.ts";
import {
  assertAlmostEquals,
  assertEquals,
  assertMatch,
  assertOk,
  assertStrictEquals,
  assertThrows,
} from "../_assert.ts";

/** An error class, for the tables of refused overrides. */
// deno-lint-ignore no-explicit-any
type ErrorClass = new (...args: any[]) => Error;

const memo = ocStaffingTrend();
const posts2017 = figureValue("oc.staffing.posts_2017");
const persons2024 = figureValue("oc.staffing.persons_2024");

Deno.test("ocStaffingTrend() reads 334 posts (2017) → 505 persons (2024) as about 6.08 % a year", async (t) => {
  const g = memo.observed;
  await t.step("oc.staffing.posts_2017 and oc.staffing.persons_2024 are the two points", () => {
    assertEquals(g.from, {
      year: 2017,
      count: posts2017,
      unit: figure("oc.staffing.posts_2017").unit,
    });
    assertEquals(g.to, {
      year: 2024,
      count: persons2024,
      unit: figure("oc.staffing.persons_2024").unit,
    });
    assertStrictEquals(String(g.from.year), figure("oc.staffing.posts_2017").period);
    assertStrictEquals(String(g.to.year), figure("oc.staffing.persons_2024").period);
  });
  await t.step("the rise is 171 over 7 years, about 51.2 %", () => {
    assertStrictEquals(g.change, 171);
    assertStrictEquals(g.years, 7);
    assertAlmostEquals(posts2017 * (1 + g.percentChange / 100), persons2024, 1e-9);
    assertStrictEquals(g.percentChange.toFixed(1), "51.2");
  });
  await t.step("6.08 % a year for 7 years takes 334 to 505", () => {
    assertStrictEquals(g.annualGrowth.toFixed(2), "6.08");
    assertAlmostEquals(posts2017 * (1 + g.annualGrowth / 100) ** g.years, persons2024, 1e-9);
  });
  await t.step("it is flagged: posts vs persons", () => {
    assertStrictEquals(g.sameUnit, false);
    assertStrictEquals(g.caveats.length, 1);
    assertMatch(g.caveats[0]!, /334 posts \(2017\) vs 505 persons \(2024\)/);
  });
  await t.step("growthBetween(2017, 2024) gives the same as the model", () => {
    const direct = growthBetween(2017, 2024);
    const { trace: _a, ...a } = direct;
    const { trace: _b, ...b } = g;
    assertEquals(a, b);
    assertEquals(direct.trace.inputs.map((i) => i.figureId), [
      "oc.staffing.posts_2017",
      "oc.staffing.persons_2024",
    ]);
  });
});

Deno.test("growthBetween() flags mixed units and stays quiet when the units match", async (t) => {
  const rows = (unit2024: "posts" | "persons"): OcStaffingRow[] =>
    defaultDataset().ocStaffing.rows.map((row) =>
      row.year === 2024 ? { ...row, unit: unit2024 } : row
    );
  await t.step("posts vs persons: sameUnit false, one caveat", () => {
    const g = growthBetween(2017, 2024, { series: rows("persons") });
    assertStrictEquals(g.sameUnit, false);
    assertStrictEquals(g.caveats.length, 1);
  });
  await t.step("posts vs posts: sameUnit true, no caveat, same numbers", () => {
    const g = growthBetween(2017, 2024, { series: rows("posts") });
    assertStrictEquals(g.sameUnit, true);
    assertEquals(g.caveats, []);
    assertStrictEquals(g.annualGrowth, memo.observed.annualGrowth);
  });
});

Deno.test("growthBetween() refuses years whose count the text does not give, naming the known ones", async (t) => {
  const known = "Known years: 2017 (334 posts), 2024 (505 persons)";
  for (const year of [2018, 2019, 2020, 2021, 2022, 2023]) {
    await t.step(`${year} is unknown (census chart lost)`, () => {
      assertThrows(
        () => growthBetween(2017, year),
        RangeError,
        `${year} is not known`,
        "status unknown",
        known,
      );
      assertThrows(() => growthBetween(year, 2024), RangeError, `${year} is not known`, known);
    });
  }
  await t.step("2025 has a decline reported (oc.staffing.census_2025) but no count", () => {
    assertThrows(() => growthBetween(2024, 2025), RangeError, "status decline_reported", known);
    assertThrows(() => figureValue("oc.staffing.census_2025"), RangeError, "has no value");
  });
  await t.step("2016 and 2030 are outside the series", () => {
    assertThrows(
      () => growthBetween(2016, 2024),
      RangeError,
      "not in the series (2017–2025)",
      known,
    );
    assertThrows(() => growthBetween(2017, 2030), RangeError, "not in the series", known);
  });
  await t.step("to must come after from", () => {
    assertThrows(() => growthBetween(2024, 2017), RangeError, "must come after", known);
    assertThrows(() => growthBetween(2017, 2017), RangeError, "must come after");
  });
});

Deno.test("ocStaffingTrend() leaves 2018–2023 and 2025 unknown, with their status", async (t) => {
  await t.step("every year of the series is there, unknown ones null", () => {
    assertEquals(memo.series.map((p) => p.year), [
      2017,
      2018,
      2019,
      2020,
      2021,
      2022,
      2023,
      2024,
      2025,
    ]);
    for (const p of memo.series.filter((q) => q.year > 2017 && q.year < 2024)) {
      assertStrictEquals(p.count, null);
      assertStrictEquals(p.unit, null);
      assertStrictEquals(p.status, "unknown");
      assertOk(p.note !== null && p.note.length > 0);
    }
  });
  await t.step("2025 is decline_reported, count null", () => {
    const p = memo.series.find((q) => q.year === 2025)!;
    assertStrictEquals(p.count, null);
    assertStrictEquals(p.status, "decline_reported");
    assertEquals(memo.declineReported.map((d) => d.year), [2025]);
  });
  await t.step("known holds 2017 and 2024 only; unknownYears the rest", () => {
    assertEquals(memo.known.map((k) => k.year), [2017, 2024]);
    assertEquals(memo.unknownYears, [2018, 2019, 2020, 2021, 2022, 2023, 2025]);
  });
});

Deno.test("ocStaffingTrend() computes the yearly growth each target needs", async (t) => {
  const egts = memo.targets.egts;
  await t.step("oc.targets.egts_*: doubling 500 → 1 000 posts", () => {
    assertStrictEquals(egts.baseline, figureValue("oc.targets.egts_baseline"));
    assertStrictEquals(egts.target, figureValue("oc.targets.egts_target"));
    assertStrictEquals(egts.factor, figureValue("oc.targets.egts_factor"));
    assertStrictEquals(egts.factorConsistent, true);
    assertStrictEquals(egts.baselineUnit, "posts");
  });
  await t.step("oc.targets.egts_horizon: in five years it takes about 14.87 % a year", () => {
    assertStrictEquals(egts.horizon, figureValue("oc.targets.egts_horizon"));
    assertStrictEquals(egts.horizonSource, "memo");
    assertStrictEquals(egts.requiredAnnualGrowth!.toFixed(2), "14.87");
    assertAlmostEquals(
      egts.baseline * (1 + egts.requiredAnnualGrowth! / 100) ** 5,
      egts.target,
      1e-9,
    );
    assertStrictEquals(egts.whyNull, null);
  });
  await t.step("the EGTS path is a target path, 500 → 1 000 at a constant rate", () => {
    const path = egts.path!;
    assertStrictEquals(path.kind, "target_path");
    assertMatch(path.label, /pas des données/);
    assertStrictEquals(path.points.length, 6);
    assertStrictEquals(path.points[0]!.count, egts.baseline);
    assertStrictEquals(path.points[5]!.count, egts.target);
    for (let k = 1; k < path.points.length; k++) {
      const ratio = path.points[k]!.count / path.points[k - 1]!.count;
      assertAlmostEquals(ratio, 1 + egts.requiredAnnualGrowth! / 100, 1e-12);
    }
  });
  await t.step("oc.targets.larisss_*: 450 × 5 = 2 250, but no horizon in the memo", () => {
    const l = memo.targets.larisss;
    assertStrictEquals(l.baseline, figureValue("oc.targets.larisss_baseline"));
    assertStrictEquals(l.target, figureValue("oc.targets.larisss_target"));
    assertStrictEquals(l.factorConsistent, true);
    assertStrictEquals(l.horizon, null);
    assertStrictEquals(l.horizonSource, "missing");
    assertStrictEquals(l.requiredAnnualGrowth, null);
    assertStrictEquals(l.path, null);
    assertMatch(l.whyNull!, /no horizon.*oc\.larisss_horizon/);
  });
  await t.step("only the EGTS path is offered to the chart", () => {
    assertEquals(memo.paths.map((p) => p.label), [egts.path!.label]);
    const input: OcStaffingChartInput = memo;
    assertStrictEquals(input.known.length, 2);
  });
});

Deno.test("ocStaffingTrend() gives the gap between 505 persons (2024) and each baseline, with units", async (t) => {
  const cases = [
    ["egts", "oc.targets.egts_baseline", "oc.targets.egts_target", 5, 495, /500 posts/],
    [
      "larisss",
      "oc.targets.larisss_baseline",
      "oc.targets.larisss_target",
      55,
      1745,
      /450 OC.*posts or persons not said/,
    ],
  ] as const;
  for (const [id, baselineId, targetId, gap, remaining, unitNote] of cases) {
    await t.step(`${baselineId}: ${persons2024} − ${figureValue(baselineId)} = ${gap}`, () => {
      const target = memo.targets[id];
      assertStrictEquals(target.latest.count, persons2024);
      assertStrictEquals(target.gapToBaseline, gap);
      assertStrictEquals(target.gapToBaseline + figureValue(baselineId), persons2024);
      assertStrictEquals(target.remainingFromLatest, remaining);
      assertStrictEquals(target.remainingFromLatest + persons2024, figureValue(targetId));
      assertMatch(target.caveats[0]!, unitNote);
      assertMatch(target.caveats[0]!, /505 persons \(2024\)/);
    });
  }
});

Deno.test("ocStaffingTrend() overrides change what they should and nothing else", async (t) => {
  await t.step("oc.larisss_horizon 10 gives 17.46 % a year for LaRISSS, EGTS untouched", () => {
    const r = ocStaffingTrend({ overrides: { "oc.larisss_horizon": 10 } });
    const l = r.targets.larisss;
    assertStrictEquals(l.horizon, 10);
    assertStrictEquals(l.horizonSource, "override");
    assertStrictEquals(l.requiredAnnualGrowth!.toFixed(2), "17.46");
    assertAlmostEquals(l.baseline * (1 + l.requiredAnnualGrowth! / 100) ** 10, l.target, 1e-9);
    assertStrictEquals(l.path!.points.length, 11);
    assertStrictEquals(l.whyNull, null);
    assertEquals(r.targets.egts, memo.targets.egts);
    assertEquals(r.paths.length, 2);
  });
  await t.step("a longer horizon needs less growth, a shorter one more", () => {
    const rate = (h: number) =>
      ocStaffingTrend({ overrides: { "oc.egts_horizon": h } }).targets.egts.requiredAnnualGrowth!;
    assertOk(rate(4) > memo.targets.egts.requiredAnnualGrowth!);
    assertOk(rate(6) < memo.targets.egts.requiredAnnualGrowth!);
    assertStrictEquals(rate(1), 100);
  });
  await t.step("oc.egts_horizon leaves LaRISSS and the observed growth alone", () => {
    const r = ocStaffingTrend({ overrides: { "oc.egts_horizon": 10 } });
    assertEquals(r.targets.larisss, memo.targets.larisss);
    assertEquals(r.observed.annualGrowth, memo.observed.annualGrowth);
  });
  await t.step("oc.path_start_year 2026 moves the path's years, not its counts", () => {
    const r = ocStaffingTrend({ overrides: { "oc.path_start_year": 2026 } });
    const moved = r.targets.egts.path!.points;
    assertEquals(moved.map((p) => p.year), [2026, 2027, 2028, 2029, 2030, 2031]);
    assertEquals(moved.map((p) => p.count), memo.targets.egts.path!.points.map((p) => p.count));
    assertStrictEquals(r.targets.egts.requiredAnnualGrowth, memo.targets.egts.requiredAnnualGrowth);
  });
  await t.step("pathShape linear adds 100 posts a year, same endpoints", () => {
    const r = ocStaffingTrend({ pathShape: "linear" });
    assertEquals(r.targets.egts.path!.points.map((p) => p.count), [500, 600, 700, 800, 900, 1000]);
    assertStrictEquals(r.targets.egts.path!.shape, "linear");
    assertStrictEquals(r.targets.egts.requiredAnnualGrowth, memo.targets.egts.requiredAnnualGrowth);
  });
});

Deno.test("ocStaffingTrend() refuses overrides that cannot apply", async (t) => {
  const cases: [
    name: string,
    overrides: Record<string, unknown>,
    error: ErrorClass,
    ...string[],
  ][] = [
    [
      "an unknown id, naming the close match",
      { "oc.larisss_horizn": 10 },
      UnknownIdError,
      "oc.larisss_horizon",
    ],
    ["a horizon of 2.5 years", { "oc.larisss_horizon": 2.5 }, OverrideError, "whole number", "2.5"],
    [
      "a horizon of 0",
      { "oc.egts_horizon": 0 },
      OverrideError,
      "below the smallest possible value, 1",
    ],
    ["a string", { "oc.egts_horizon": "5 ans" }, OverrideError, "expected a number"],
    [
      "a horizon in months",
      { "oc.egts_horizon": { value: 60, unit: "months" } },
      OverrideError,
      "convert the value to years",
    ],
  ];
  for (const [name, overrides, error, ...fragments] of cases) {
    await t.step(`ocStaffingTrend() refuses ${name}`, () => {
      const given = overrides as unknown as Overrides;
      assertThrows(() => ocStaffingTrend({ overrides: given }), error, ...fragments);
    });
  }
});
