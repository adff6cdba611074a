/**
 * Figures, assumptions and claims can be annotated; any other id is refused with close matches.
 */
import { knownTargets, resolveTarget } from "../../lib/annotations/known_targets.ts";
import { annotate } from "../../lib/annotations/annotate.ts";
import { DATA_DIR, MEMO_TABLES } from "../../lib/data/dataset.ts";
import { DataError, UnknownIdError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

/** A data folder holding copies of the memo tables and, optionally, assumptions and claims. */
function fixtureDir(extra: Record<string, string>): string {
  const dir = Deno.makeTempDirSync();
  for (const spec of MEMO_TABLES) {
    Deno.copyFileSync(new URL(spec.path, DATA_DIR), `${dir}/${spec.path}`);
  }
  for (const [name, text] of Object.entries(extra)) Deno.writeTextFileSync(`${dir}/${name}`, text);
  return dir;
}

Deno.test("knownTargets() reads figure, assumption and claim ids; absent files hold none", async (t) => {
  await t.step("with assumptions.csv and claims.csv", () => {
    const dir = fixtureDir({
      "assumptions.csv": "assumption_id,value\nwages.growth_rate,0.03\nwages.hours_per_week,35\n",
      "claims.csv": "claim_id,statement\naacocq.fiscal_gain_total,plus de 2 500 $\n",
    });
    const targets = knownTargets({ dir });
    assertStrictEquals(targets.figure.has("aacocq.fiscal_gain.indirect_savings"), true);
    assertEquals([...targets.assumption], ["wages.growth_rate", "wages.hours_per_week"]);
    assertEquals([...targets.claim], ["aacocq.fiscal_gain_total"]);
    Deno.removeSync(dir, { recursive: true });
  });
  await t.step("without them", () => {
    const dir = fixtureDir({});
    const targets = knownTargets({ dir });
    assertStrictEquals(targets.figure.size > 100, true);
    assertEquals([targets.assumption.size, targets.claim.size], [0, 0]);
    Deno.removeSync(dir, { recursive: true });
  });
  await t.step("a claims file without its id column is refused", () => {
    const dir = fixtureDir({ "claims.csv": "id,statement\nx,y\n" });
    const e = assertThrows(() => knownTargets({ dir }), DataError, 'a column named "claim_id"');
    assertEquals([e.row, e.column], [1, "claim_id"]);
    Deno.removeSync(dir, { recursive: true });
  });
});

const TARGETS = {
  figure: new Set(["aacocq.fiscal_gain.indirect_savings", "aacocq.fiscal_gain.rgamq_savings"]),
  assumption: new Set(["wages.growth_rate"]),
  claim: new Set(["aacocq.fiscal_gain_total", "shared.id"]),
};
TARGETS.figure.add("shared.id");

Deno.test("resolveTarget() finds the kind of each id and refuses unknown ones with close matches", async (t) => {
  const found: [string, string][] = [
    ["aacocq.fiscal_gain.indirect_savings", "figure"],
    ["wages.growth_rate", "assumption"],
    ["aacocq.fiscal_gain_total", "claim"],
  ];
  for (const [id, kind] of found) {
    await t.step(`${id} is a ${kind}`, () => assertStrictEquals(resolveTarget(TARGETS, id), kind));
  }
  await t.step("a typo names the close figure", () => {
    const e = assertThrows(
      () => resolveTarget(TARGETS, "aacocq.fiscal_gain.indirect_saving"),
      UnknownIdError,
      'Unknown figure, assumption or claim id "aacocq.fiscal_gain.indirect_saving"',
      "Did you mean: aacocq.fiscal_gain.indirect_savings",
    );
    assertStrictEquals(e.suggestions[0], "aacocq.fiscal_gain.indirect_savings");
  });
  await t.step("an assumption asked for as a figure is refused", () => {
    assertThrows(
      () => resolveTarget(TARGETS, "wages.growth_rate", "figure"),
      UnknownIdError,
      'Unknown figure id "wages.growth_rate"',
    );
  });
  await t.step("an id of two kinds needs the kind", () => {
    assertThrows(
      () => resolveTarget(TARGETS, "shared.id"),
      RangeError,
      "both a figure and a claim",
    );
    assertStrictEquals(resolveTarget(TARGETS, "shared.id", "claim"), "claim");
  });
});

Deno.test("annotate() refuses an unknown target before touching the file", () => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  assertThrows(
    () =>
      annotate({
        file,
        targets: TARGETS,
        target_id: "aacocq.fiscal_gain.rgamq_saving",
        author: "Nom",
        date: "2025-11-25",
        stance: "note",
        text: "x",
      }),
    UnknownIdError,
    "aacocq.fiscal_gain.rgamq_savings",
  );
  assertEquals([...Deno.readDirSync(dir)], []);
  Deno.removeSync(dir, { recursive: true });
});
