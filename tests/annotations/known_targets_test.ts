/**
 * Figures, assumptions and claims can be annotated; any other id is refused with close matches,
 * each named once. The ids come from the caller; the script builds them from the data folder.
 */
import { resolveTarget } from "../../lib/annotations/known_targets.ts";
import { annotate } from "../../lib/annotations/annotate.ts";
import { DataError, UnknownIdError } from "../../lib/errors.ts";
import { loadTargets } from "../../scripts/annotate.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { makeDataDir } from "./_fixtures.ts";

const TARGETS = {
  figure: new Set([
    "aacocq.fiscal_gain.indirect_savings",
    "aacocq.fiscal_gain.rgamq_savings",
    "shared.id",
  ]),
  assumption: new Set(["wages.growth_rate", "shared.id"]),
  claim: new Set(["aacocq.fiscal_gain_total", "shared.id"]),
};

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
  await t.step("an id of several kinds needs the kind", () => {
    assertThrows(
      () => resolveTarget(TARGETS, "shared.id"),
      RangeError,
      "both a figure and a assumption and a claim",
    );
    assertStrictEquals(resolveTarget(TARGETS, "shared.id", "claim"), "claim");
  });
});

Deno.test("resolveTarget() names a close id once, even when it is a figure, an assumption and a claim", () => {
  const e = assertThrows(
    () => resolveTarget(TARGETS, "shared.ids"),
    UnknownIdError,
    "Did you mean: shared.id?",
  );
  assertEquals(e.suggestions, ["shared.id"]);
  assertStrictEquals(e.message.split("shared.id").length - 1, 2, e.message); // asked + suggested
});

Deno.test("annotate() refuses an unknown target before touching the folder", () => {
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

Deno.test("loadTargets() of the script reads figure ids of every memo, assumption and claim ids; absent files hold none", async (t) => {
  await t.step("the memo layout, with a claims file and no assumptions file", () => {
    const dir = makeDataDir();
    const targets = loadTargets(dir);
    assertEquals([...targets.figure].sort(), [
      "aacocq.fiscal_gain.indirect_savings",
      "aacocq.fiscal_gain.rgamq_savings",
      "ctroc.plan.total",
      "fqcs.coops.count",
    ]);
    assertEquals([...targets.assumption], []);
    assertEquals([...targets.claim], ["fqcs.coops.count"]);
    Deno.removeSync(dir, { recursive: true });
  });
  await t.step("the flat layout, with outside sources and memo claims", () => {
    const dir = Deno.makeTempDirSync();
    Deno.writeTextFileSync(`${dir}/figures.csv`, "figure_id,value\na.b,1\n");
    Deno.writeTextFileSync(`${dir}/assumptions.csv`, "assumption_id,x\nwages.growth_rate,0.03\n");
    Deno.mkdirSync(`${dir}/outside/isq`, { recursive: true });
    Deno.writeTextFileSync(`${dir}/outside/isq/figures.csv`, "figure_id\nisq.wage\n");
    Deno.mkdirSync(`${dir}/memos/oc`, { recursive: true });
    Deno.writeTextFileSync(`${dir}/memos/oc/claims.csv`, "claim_id\noc.sum\n");
    const targets = loadTargets(dir);
    assertEquals(
      [[...targets.figure], [...targets.assumption], [...targets.claim]],
      [["a.b", "isq.wage"], ["wages.growth_rate"], ["oc.sum"]],
    );
    Deno.removeSync(dir, { recursive: true });
  });
  await t.step("a claims file without its id column is refused", () => {
    const dir = makeDataDir();
    Deno.writeTextFileSync(`${dir}/claims.csv`, "id,statement\nx,y\n");
    const e = assertThrows(() => loadTargets(dir), DataError, 'a column named "claim_id"');
    assertEquals([e.row, e.column], [1, "claim_id"]);
    Deno.removeSync(dir, { recursive: true });
  });
  await t.step("a figures file that is not UTF-8 is refused, naming the byte", () => {
    const dir = makeDataDir();
    Deno.writeFileSync(
      `${dir}/memos/ctroc/figures.csv`,
      new Uint8Array([...new TextEncoder().encode("figure_id\nd"), 0xe9, 0x0a]),
    );
    assertThrows(() => loadTargets(dir), DataError, "byte offset 11");
    Deno.removeSync(dir, { recursive: true });
  });
});
