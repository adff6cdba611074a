import { claimVerdict, judgeReading, worstVerdict } from "../../lib/rules/verdict.ts";
import type { Quantity } from "../../lib/rules/quantity.ts";
import { assertStrictEquals } from "../_assert.ts";

const q = (core: [number, number], outer: [number, number] = core): Quantity => ({
  point: core[0],
  core: { lo: core[0], hi: core[1] },
  outer: { lo: outer[0], hi: outer[1] },
});

Deno.test("consistent, approximate and inconsistent on both sides of each threshold", async (t) => {
  const four000 = q([3999.5, 4000.5], [3500, 4500]);
  const cases: [string, Quantity, Quantity, string][] = [
    ["cores touch at 4 000,5 → consistent", four000, q([4000.5, 4000.5]), "consistent"],
    [
      "just past the core, inside the outer → approximate",
      four000,
      q([4000.6, 4000.6]),
      "approximate",
    ],
    [
      "6 000 − « plus de 2 300 » (≤ 3 700, ≤ 3 750 read generously) → approximate",
      four000,
      q([-Infinity, 3700], [-Infinity, 3750]),
      "approximate",
    ],
    ["at the outer's edge 3 500 → approximate", four000, q([3500, 3500]), "approximate"],
    ["just past the outer (3 499) → inconsistent", four000, q([3499, 3499]), "inconsistent"],
    [
      "28 against « près de 40 » (30–50) → inconsistent",
      q([35, 45], [30, 50]),
      q([27.5, 28.5]),
      "inconsistent",
    ],
    ["31 against « près de 40 » → approximate", q([35, 45], [30, 50]), q([31, 31]), "approximate"],
  ];
  for (const [name, stated, recomputed, verdict] of cases) {
    await t.step(name, () => assertStrictEquals(judgeReading("=", stated, recomputed), verdict));
  }
});

Deno.test("inequalities give the memo every benefit its words allow, on both sides", async (t) => {
  const cases: [string, "<" | ">" | "<=" | ">=", Quantity, Quantity, string][] = [
    [
      "28 mai < 1er juin → consistent",
      "<",
      q([2009.40, 2009.41]),
      q([2009.41, 2009.42]),
      "consistent",
    ],
    [
      "1er juin < 28 mai → inconsistent",
      "<",
      q([2009.41, 2009.42]),
      q([2009.40, 2009.405]),
      "inconsistent",
    ],
    ["51 > environ 50 (45–55) → consistent", ">", q([51, 51]), q([45, 55], [40, 60]), "consistent"],
    [
      "44 > environ 50: only read generously (40–60) → approximate",
      ">",
      q([44, 44]),
      q([45, 55], [40, 60]),
      "approximate",
    ],
    ["39 > environ 50 → inconsistent", ">", q([39, 39]), q([45, 55], [40, 60]), "inconsistent"],
    ["x ≥ x → consistent", ">=", q([5, 5]), q([5, 5]), "consistent"],
    ["x ≤ x − 1 → inconsistent", "<=", q([5, 5]), q([4, 4]), "inconsistent"],
  ];
  for (const [name, relation, a, b, verdict] of cases) {
    await t.step(name, () => assertStrictEquals(judgeReading(relation, a, b), verdict));
  }
});

Deno.test("a claim's readings: one verdict when they agree, ambiguous when they disagree or one fails beside an uncheckable one, unverifiable when none can be checked", () => {
  assertStrictEquals(claimVerdict(["approximate", "approximate"]), "approximate");
  assertStrictEquals(claimVerdict(["consistent", "inconsistent"]), "ambiguous");
  assertStrictEquals(claimVerdict(["unverifiable", "inconsistent"]), "ambiguous");
  assertStrictEquals(claimVerdict(["approximate", "unverifiable"]), "ambiguous");
  assertStrictEquals(claimVerdict(["consistent", "unverifiable"]), "consistent");
  assertStrictEquals(claimVerdict(["inconsistent"]), "inconsistent");
  assertStrictEquals(claimVerdict(["unverifiable", "unverifiable"]), "unverifiable");
  assertStrictEquals(worstVerdict(["consistent", "approximate", "ambiguous"]), "ambiguous");
  assertStrictEquals(worstVerdict([]), "consistent");
});
