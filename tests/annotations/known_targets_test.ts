/**
 * Figures, assumptions and claims can be annotated; any other id is refused with close matches,
 * each named once. The ids come from the caller; the script builds them from the data folder.
 */
import { resolveTarget } from "../../lib/annotations/known_targets.ts";
import { annotate } from "../../lib/annotations/annotate.ts";
import { ProjectError, UnknownIdError } from "../../lib/errors.ts";
import { readCsvFile } from "../../lib/io/csv.ts";
import { loadTargets } from "../../scripts/annotate.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { makeDataDir, TARGETS as FIXTURE_TARGETS } from "./_fixtures.ts";

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

/** The ids in `column` of a CSV file, read with the bare CSV scanner (not the project loader). */
function idsIn(file: string, column: string): string[] {
  const table = readCsvFile(file);
  const j = table.header.indexOf(column);
  if (j < 0) throw new Error(`${file} has no column ${column}`);
  return table.rows.map((cells) => cells[j]!.trim());
}

/** The memo folders of a project, `memos/<id>/`. */
function memoFolders(dir: string): string[] {
  return [...Deno.readDirSync(`${dir}/memos`)].filter((e) => e.isDirectory).map((e) => e.name);
}

/** The ids in `column` of `memos/<id>/<name>` for every memo of `dir`, sorted, each once. */
function idsOfEveryMemo(dir: string, name: string, column: string): string[] {
  const ids = memoFolders(dir).flatMap((memo) => {
    const file = `${dir}/memos/${memo}/${name}`;
    return existsSync(file) ? idsIn(file, column) : [];
  });
  return [...new Set(ids)].sort();
}

function existsSync(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

Deno.test("loadTargets() of the script gives the figure ids of every memo, the assumption ids and the claim ids of a project, and refuses a project that does not load", async (t) => {
  const dir = makeDataDir();
  const targets = loadTargets(dir);
  await t.step("every memo's figures, as in memos/*/figures.csv", () => {
    const figures = idsOfEveryMemo(dir, "figures.csv", "figure_id");
    assertEquals([...targets.figure].sort(), figures);
    for (const memo of memoFolders(dir)) {
      const ids = idsIn(`${dir}/memos/${memo}/figures.csv`, "figure_id");
      assertStrictEquals(ids.length > 0, true, `${memo} has figures`);
    }
    for (const id of ["aacocq.fiscal_gain.indirect_savings", "ctroc.plan.total"]) {
      assertStrictEquals(targets.figure.has(id), true, id);
    }
  });
  await t.step("the assumptions, as in assumptions.csv", () => {
    const assumptions = [...new Set(idsIn(`${dir}/assumptions.csv`, "assumption_id"))].sort();
    assertStrictEquals(assumptions.length > 0, true);
    assertEquals([...targets.assumption].sort(), assumptions);
  });
  await t.step("every memo's claims, as in memos/*/claims.csv, each once", () => {
    const claims = idsOfEveryMemo(dir, "claims.csv", "claim_id");
    assertStrictEquals(claims.length > 0, true);
    assertEquals([...targets.claim].sort(), claims);
  });
  await t.step(
    "the figures the other annotation tests annotate without a project are among them",
    () => {
      for (const kind of ["figure", "assumption", "claim"] as const) {
        const missing = [...FIXTURE_TARGETS[kind]].filter((id) => !targets[kind].has(id));
        assertEquals(missing, [], `${kind} ids of TARGETS that data/ does not have`);
      }
    },
  );
  await t.step("a claims file without its claim_id column is refused, naming the file", () => {
    const copy = makeDataDir();
    const file = `${copy}/memos/ctroc/claims.csv`;
    const text = Deno.readTextFileSync(file);
    assertStrictEquals(text.startsWith("claim_id,"), true);
    Deno.writeTextFileSync(file, text.replace(/^claim_id,/, "id,"));
    const e = assertThrows(
      () => loadTargets(copy),
      ProjectError,
      `${file}:1: error: expected a column named "claim_id"`,
      "Run `deno task validate`",
    );
    assertStrictEquals(e.problems.some((p) => p.file === file && p.severity === "error"), true);
    Deno.removeSync(copy, { recursive: true });
  });
  await t.step(
    "a figures.csv that is not UTF-8 is refused, naming the file and the byte offset",
    () => {
      const copy = makeDataDir();
      const file = `${copy}/memos/ctroc/figures.csv`;
      // Saved as Latin-1: its first « é » (0xC3 0xA9 in UTF-8) becomes the single byte 0xE9.
      const bytes = Deno.readFileSync(file);
      const offset = bytes.findIndex((b, i) => b === 0xc3 && bytes[i + 1] === 0xa9);
      assertStrictEquals(offset > 0, true, "the file has an « é » to spoil");
      Deno.writeFileSync(
        file,
        new Uint8Array([...bytes.subarray(0, offset), 0xe9, ...bytes.subarray(offset + 2)]),
      );
      assertThrows(
        () => loadTargets(copy),
        ProjectError,
        file,
        `expected UTF-8 text, but the bytes at byte offset ${offset} are not UTF-8`,
      );
      Deno.removeSync(copy, { recursive: true });
    },
  );
  Deno.removeSync(dir, { recursive: true });
});
