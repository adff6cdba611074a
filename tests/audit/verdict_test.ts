import { judgeClaim, roundingTolerance, type VerdictParams } from "../../lib/audit/verdict.ts";
import { assertAlmostEquals, assertEquals, assertThrows } from "../_assert.ts";

type Case = [string, VerdictParams, string];

const run = async (t: Deno.TestContext, cases: Case[]) => {
  for (const [name, params, verdict] of cases) {
    await t.step(name, () => assertEquals(judgeClaim(params).verdict, verdict));
  }
};

Deno.test("= and ≈ are consistent within the tolerance, approximate within the allowance, inconsistent beyond", async (t) => {
  const base = { stated: 100, tolerance: 0.05, allowance: 0.1 };
  await run(t, [
    ["= exact", { ...base, operator: "=", recomputed: 100 }, "consistent"],
    ["= at the tolerance (+5 %)", { ...base, operator: "=", recomputed: 105 }, "consistent"],
    [
      "= just past the tolerance (+5.01 %)",
      { ...base, operator: "=", recomputed: 105.01 },
      "approximate",
    ],
    ["= at the allowance (−10 %)", { ...base, operator: "=", recomputed: 90 }, "approximate"],
    [
      "= just past the allowance (−10.01 %)",
      { ...base, operator: "=", recomputed: 89.99 },
      "inconsistent",
    ],
    [
      "≈ inside the rounding (−4.99 %)",
      { ...base, operator: "≈", recomputed: 95.01 },
      "consistent",
    ],
    [
      "≈ just outside the rounding (−5.01 %)",
      { ...base, operator: "≈", recomputed: 94.99 },
      "approximate",
    ],
    ["≈ with no allowance, just outside", {
      ...base,
      allowance: 0,
      operator: "≈",
      recomputed: 94.99,
    }, "inconsistent"],
    ["≈ 5.02 % against 'environ 5 %' (±10 %)", {
      operator: "≈",
      stated: 5,
      recomputed: 5.02,
      tolerance: 0.1,
    }, "consistent"],
    ["≈ 5.75 M$ against '5 M$' (±10 %)", {
      operator: "≈",
      stated: 5,
      recomputed: 5.75,
      tolerance: 0.1,
    }, "inconsistent"],
    ["= 0.1 + 0.2 against 0.3, float noise absorbed", {
      operator: "=",
      stated: 0.3,
      recomputed: 0.1 + 0.2,
      tolerance: 0,
    }, "consistent"],
  ]);
});

Deno.test("> and >= hold strictly or not, with the allowance for a shortfall", async (t) => {
  const base = { stated: 2500, tolerance: 0, allowance: 0.01 };
  await run(t, [
    ["> above (2 510 > 2 500)", { ...base, operator: ">", recomputed: 2510 }, "consistent"],
    ["> equal is not more", { ...base, operator: ">", recomputed: 2500 }, "approximate"],
    [
      "> equal, no allowance",
      { ...base, allowance: 0, operator: ">", recomputed: 2500 },
      "inconsistent",
    ],
    [
      "> short by the allowance (−1 %)",
      { ...base, operator: ">", recomputed: 2475 },
      "approximate",
    ],
    [
      "> short past the allowance (−1.04 %)",
      { ...base, operator: ">", recomputed: 2474 },
      "inconsistent",
    ],
    [">= equal", { ...base, operator: ">=", recomputed: 2500 }, "consistent"],
    [
      ">= just below",
      { ...base, allowance: 0, operator: ">=", recomputed: 2499.99 },
      "inconsistent",
    ],
    [
      ">= just below, with allowance",
      { ...base, operator: ">=", recomputed: 2499.99 },
      "approximate",
    ],
  ]);
});

Deno.test("< and <= hold strictly or not, with the allowance for an excess", async (t) => {
  const base = { stated: 4000, tolerance: 0, allowance: 0.01 };
  await run(t, [
    ["< below", { ...base, operator: "<", recomputed: 3000 }, "consistent"],
    ["< equal is not less", { ...base, operator: "<", recomputed: 4000 }, "approximate"],
    ["< over by the allowance", { ...base, operator: "<", recomputed: 4040 }, "approximate"],
    ["< over past the allowance", { ...base, operator: "<", recomputed: 4041 }, "inconsistent"],
    ["<= equal", { ...base, operator: "<=", recomputed: 4000 }, "consistent"],
    [
      "<= just over, no allowance",
      { ...base, allowance: 0, operator: "<=", recomputed: 4000.01 },
      "inconsistent",
    ],
  ]);
});

Deno.test("range holds inside its ends, widened by the tolerance, then the allowance", async (t) => {
  const base = {
    operator: "range" as const,
    stated: 25,
    statedHigh: 30,
    tolerance: 0.02,
    allowance: 0.1,
  };
  await run(t, [
    ["inside", { ...base, recomputed: 27 }, "consistent"],
    ["at the low end", { ...base, recomputed: 25 }, "consistent"],
    ["below the low end within the tolerance", { ...base, recomputed: 24.5 }, "consistent"],
    ["below the low end past the tolerance", { ...base, recomputed: 24.4 }, "approximate"],
    ["above the high end within the tolerance", { ...base, recomputed: 30.6 }, "consistent"],
    ["above the high end past the allowance", { ...base, recomputed: 33.1 }, "inconsistent"],
  ]);
  await t.step("the gap is taken to the nearest end", () => {
    const r = judgeClaim({ ...base, recomputed: 33 });
    assertEquals(r.reference, 30);
    assertAlmostEquals(r.relativeGap!, 0.1, 1e-12);
    assertEquals(judgeClaim({ ...base, recomputed: 27 }).relativeGap, 0);
  });
});

Deno.test("a claim resting on a missing figure is unverifiable, whatever the numbers", async (t) => {
  await run(t, [
    [
      "nothing recomputed",
      { operator: "=", stated: 911, recomputed: null, tolerance: 0 },
      "unverifiable",
    ],
    ["recomputed but missing figure named", {
      operator: ">",
      stated: 334,
      recomputed: 505,
      tolerance: 0,
      missingFigure: "posts in 2024",
    }, "unverifiable"],
  ]);
});

Deno.test("judgeClaim() refuses a stated value of 0, a negative tolerance and a range without its high end", () => {
  assertThrows(
    () => judgeClaim({ operator: "=", stated: 0, recomputed: 1, tolerance: 0 }),
    RangeError,
    "non-zero",
  );
  assertThrows(
    () => judgeClaim({ operator: "=", stated: 1, recomputed: 1, tolerance: -1 }),
    RangeError,
    "≥ 0",
  );
  assertThrows(
    () =>
      judgeClaim({ operator: "range", stated: 30, statedHigh: 25, recomputed: 1, tolerance: 0 }),
    RangeError,
    "high end",
  );
});

Deno.test("roundingTolerance() reads the memo's rounding from the digits it writes", async (t) => {
  const cases: [number, "exact" | "rounded", number][] = [
    [2500, "rounded", 50 / 2500],
    [2500, "exact", 0.5 / 2500],
    [8, "rounded", 0.5 / 8],
    [40, "rounded", 5 / 40],
    [15000, "rounded", 500 / 15000],
    [182.2, "exact", 0.05 / 182.2],
    [182.2, "rounded", 0.05 / 182.2],
    [5, "exact", 0.1],
    [2.5, "exact", 0.02],
    [450, "rounded", 5 / 450],
    [-300, "rounded", 50 / 300],
  ];
  for (const [value, wording, expected] of cases) {
    await t.step(`${value} (${wording}) → ${expected}`, () => {
      assertAlmostEquals(roundingTolerance(value, wording), expected, 1e-12);
    });
  }
  await t.step("0 has no rounding", () => {
    assertThrows(() => roundingTolerance(0, "exact"), RangeError, "Cannot derive");
  });
});
