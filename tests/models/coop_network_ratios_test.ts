/**
 * The FQCS network's ratios, recomputed under both co-op counts of the release, with the
 * implied total membership flagged as recompte's.
 */
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import type { Overrides } from "../../lib/assumptions/resolve_inputs.ts";
import { figure, figureValue } from "../../lib/data/figures.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import {
  type CoopCountChoice,
  coopNetworkRatios,
  coopNetworkRatiosBothCounts,
} from "../../lib/models/coop_network_ratios.ts";
import { traceStep } from "../../lib/trace.ts";
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

const both = coopNetworkRatiosBothCounts();
const COUNT_FIGURE: Record<CoopCountChoice, string> = {
  network_2025: "fqcs.network.coops_2025",
  about_40: "fqcs.network.coops_about",
};

Deno.test("coopNetworkRatios() divides by the count each variant names", async (t) => {
  for (const [choice, id] of Object.entries(COUNT_FIGURE) as [CoopCountChoice, string][]) {
    await t.step(`${choice} divides by ${id} (${figureValue(id)})`, () => {
      assertStrictEquals(both[choice].coops, figureValue(id));
      assertStrictEquals(both[choice].coopCountChoice, choice);
      assertStrictEquals(both[choice].trace.inputs[0]!.figureId, id);
    });
  }
  await t.step("the default is network_2025, through the assumption fqcs.coop_count", () => {
    const r = coopNetworkRatios();
    assertEquals(r, both.network_2025);
    assertStrictEquals(r.trace.inputs[0]!.id, "fqcs.coop_count");
  });
});

Deno.test("coopNetworkRatios() reproduces the ratios the release's figures imply", async (t) => {
  const records = figureValue("fqcs.network.medical_records");
  const physicians = figureValue("fqcs.network.physicians");
  await t.step(
    "fqcs.network.medical_records / fqcs.network.physicians: ~1 359 records per GP",
    () => {
      const noted = Number(
        /~([\d ]+) records per GP/.exec(figure("fqcs.network.medical_records").note!)![1]!.replace(
          " ",
          "",
        ),
      );
      for (const r of Object.values(both)) {
        assertStrictEquals(Math.round(r.recordsPerPhysician), noted);
        assertAlmostEquals(r.recordsPerPhysician * physicians, records, 1e-6);
      }
    },
  );
  await t.step("fqcs.network.members_per_coop: 28 × 2 500 = 70 000, 40 × 2 500 = 100 000", () => {
    const note = figure("fqcs.network.members_per_coop").note!;
    for (const r of Object.values(both)) {
      const total = new RegExp(`${r.coops} × 2 500 = ([\\d ]+)`).exec(note)![1]!.replace(" ", "");
      assertStrictEquals(r.impliedTotalMembers, Number(total));
      assertStrictEquals(r.membersPerCoop, figureValue("fqcs.network.members_per_coop"));
      assertStrictEquals(r.totalMembersGiven, false);
    }
  });
  const perCoop = [
    ["recordsPerCoop", "fqcs.network.medical_records", 10000, 7000],
    ["physiciansPerCoop", "fqcs.network.physicians", 7.357, 5.15],
    ["nursesPerCoop", "fqcs.network.nurses", 4.893, 3.425],
    ["otherProfessionalsPerCoop", "fqcs.network.other_professionals", 1.786, 1.25],
    ["supportHoursPerCoop", "fqcs.support.hours", 35.714, 25],
  ] as const;
  for (const [field, id, at28, at40] of perCoop) {
    await t.step(`${field}: ${id} over 28 co-ops is ${at28}, over about 40 is ${at40}`, () => {
      assertAlmostEquals(both.network_2025[field], at28, 5e-4);
      assertAlmostEquals(both.about_40[field], at40, 5e-4);
      for (const r of Object.values(both)) {
        assertAlmostEquals(r[field] * r.coops, figureValue(id), 1e-9);
        assertStrictEquals(traceStep(r.trace, field).formula.startsWith(id), true);
      }
    });
  }
  await t.step("records per implied member: 4 (28 co-ops) and 2.8 (about 40)", () => {
    assertAlmostEquals(both.network_2025.recordsPerMember, 4, 1e-12);
    assertAlmostEquals(both.about_40.recordsPerMember, 2.8, 1e-12);
    assertAlmostEquals(both.network_2025.membersPerPhysician * physicians, 70000, 1e-6);
  });
});

Deno.test("coopNetworkRatios() flags what the release does not give", async (t) => {
  await t.step("the total membership is recompte's, not the release's", () => {
    for (const r of Object.values(both)) {
      assertOk(r.caveats.some((c) => c.includes("no total membership")));
    }
  });
  await t.step("more records than implied members (> 1 per member): flagged", () => {
    assertOk(both.network_2025.caveats.some((c) => c.includes("records are not members")));
  });
  await t.step("fewer records than implied members (< 1 per member): not flagged", () => {
    const r = coopNetworkRatios({ overrides: { "fqcs.coop_count": 200 } });
    assertOk(r.recordsPerMember < 1);
    assertOk(!r.caveats.some((c) => c.includes("records are not members")));
  });
  await t.step("« près de 40 » is flagged as approximate, 28 is not", () => {
    assertOk(both.about_40.caveats.some((c) => c.includes("approximate: so are ratios")));
    assertOk(!both.network_2025.caveats.some((c) => c.includes("approximate: so are ratios")));
  });
});

Deno.test("coopNetworkRatios() overrides change the per-co-op ratios and nothing else", async (t) => {
  const base = both.network_2025;
  const r = coopNetworkRatios({ overrides: { "fqcs.coop_count": 35 } });
  await t.step("fqcs.coop_count 35 rescales every per-co-op ratio by 28/35", () => {
    for (
      const field of [
        "recordsPerCoop",
        "physiciansPerCoop",
        "nursesPerCoop",
        "supportHoursPerCoop",
      ] as const
    ) {
      assertAlmostEquals(r[field], (base[field] * base.coops) / 35, 1e-9);
    }
    assertStrictEquals(r.impliedTotalMembers, 87500);
  });
  await t.step("records per GP do not depend on the count", () => {
    assertStrictEquals(r.recordsPerPhysician, base.recordsPerPhysician);
  });
  await t.step("the trace marks the override", () => {
    assertStrictEquals(r.trace.inputs[0]!.overridden, true);
    assertStrictEquals(r.trace.inputs[0]!.baseValue, figureValue("fqcs.network.coops_2025"));
  });
});

Deno.test("coopNetworkRatios() refuses what cannot apply", async (t) => {
  const cases: [name: string, run: () => unknown, error: ErrorClass, ...string[]][] = [
    [
      "an unknown id, naming the close match",
      () => coopNetworkRatios({ overrides: { "fqcs.coops_count": 30 } }),
      UnknownIdError,
      "fqcs.coop_count",
    ],
    [
      "no co-op",
      () => coopNetworkRatios({ overrides: { "fqcs.coop_count": 0 } }),
      OverrideError,
      "below the smallest possible value, 1",
    ],
    [
      "a string",
      () => coopNetworkRatios({ overrides: { "fqcs.coop_count": "28" } as unknown as Overrides }),
      OverrideError,
      "expected a number",
    ],
    [
      "a count in members",
      () => coopNetworkRatios({ overrides: { "fqcs.coop_count": { value: 28, unit: "members" } } }),
      OverrideError,
      "convert the value to organizations",
    ],
    [
      "an override with coopCount about_40",
      () => coopNetworkRatios({ coopCount: "about_40", overrides: { "fqcs.coop_count": 35 } }),
      OverrideError,
      "about_40",
      "drop the override",
    ],
    [
      "an override of the count in the side-by-side view",
      () => coopNetworkRatiosBothCounts({ overrides: { "fqcs.coop_count": 35 } }),
      OverrideError,
      "two counts",
    ],
    [
      "an unknown coopCount",
      () => coopNetworkRatios({ coopCount: "forty" as CoopCountChoice }),
      RangeError,
      "network_2025",
      "about_40",
    ],
  ];
  for (const [name, run, error, ...fragments] of cases) {
    await t.step(`coopNetworkRatios() refuses ${name}`, () => {
      assertThrows(run, error, ...fragments);
    });
  }
});
