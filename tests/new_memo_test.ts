/**
 * A memo added as data only: `new-memo` drafts its folder from its text, the researcher confirms
 * the drafts (as docs/adding_a_memo.md says), and `validate` and `reproduce` take it in — no code
 * changes, no test counting memos.
 */
import { validateProject } from "../lib/project/load_project.ts";
import { formatProblem } from "../lib/errors.ts";
import { parseCsv } from "../lib/io/csv.ts";
import { newMemo, NewMemoError } from "../scripts/new_memo.ts";
import { reproduce } from "../scripts/reproduce_run.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "./_assert.ts";
import { copyOfData } from "./_project.ts";

const EXAMPLE = "docs/examples/fcabq";
const rows = (path: string) => {
  const t = parseCsv(Deno.readTextFileSync(path), { spreadsheetSafe: true });
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, j) => [h, r[j] ?? ""])));
};

Deno.test("a new memo goes from its text to the report with no code change", async (t) => {
  const root = await Deno.makeTempDir({ prefix: "recompte-new-memo-" });
  await Deno.rename(await copyOfData(), `${root}/data`);
  const folder = `${root}/data/memos/fcabq`;
  try {
    await t.step("new-memo drafts every figure and every number to set aside", () => {
      const made = newMemo("fcabq", "docs/examples/fcabq.txt", { data: `${root}/data` });
      const drafted = rows(`${folder}/figures.csv`);
      const finished = rows(`${EXAMPLE}/figures.csv`);
      assertStrictEquals(made.figures, drafted.length);
      // Each finished figure was drafted on its line with its value (the researcher renamed it,
      // set what it counts, and shortened the excerpt).
      for (const f of finished) {
        assertStrictEquals(
          drafted.some((d) => d.line === f.line && d.value === f.value && d.status === "draft"),
          true,
          f.figure_id,
        );
      }
      assertEquals(
        rows(`${folder}/set_aside.csv`).map((s) => [s.line, s.text, s.reason]),
        rows(`${EXAMPLE}/set_aside.csv`).map((s) => [s.line, s.text, s.reason]),
      );
      assertStrictEquals(
        Deno.readFileSync(`${folder}/memo.txt`).length,
        Deno.readFileSync("docs/examples/fcabq.txt").length,
      );
    });
    await t.step("the drafts are only drafts: the validator says what is left to do", () => {
      const found = validateProject(`${root}/data`).problems.filter((p) => p.file.includes("fcabq"))
        .map(formatProblem);
      assertStrictEquals(
        found.some((l) => l.includes("source.csv") && l.includes("expected a publisher")),
        true,
        found.join("\n"),
      );
      assertStrictEquals(found.filter((l) => l.includes('found "draft"')).length, 7);
    });
    await t.step("new-memo never overwrites a memo's work", () => {
      assertThrows(
        () => newMemo("fcabq", "docs/examples/fcabq.txt", { data: `${root}/data` }),
        NewMemoError,
        "already exists",
      );
    });
    await t.step("once confirmed, the memo validates with every number covered", () => {
      for (
        const file of ["source.csv", "figures.csv", "set_aside.csv", "claims.csv", "findings.csv"]
      ) {
        Deno.copyFileSync(`${EXAMPLE}/${file}`, `${folder}/${file}`);
      }
      const found = validateProject(`${root}/data`).problems.filter((p) => p.file.includes("fcabq"))
        .map(formatProblem);
      assertEquals(found, []);
    });
    await t.step("reproduce audits it: its claims, its finding, the report", async () => {
      await reproduce([], { cwd: root, samples: 1000 });
      const claims = rows(`${root}/out/claims.csv`).filter((c) => c.source_id === "fcabq");
      assertEquals(claims.map((c) => [c.claim_id, c.claim_verdict]), [
        ["fcabq.request.per_centre", "consistent"],
        ["fcabq.network.staff_total", "inconsistent"],
      ]);
      const findings = rows(`${root}/out/findings.csv`).filter((f) => f.source_id === "fcabq");
      assertEquals(findings.map((f) => [f.finding_id, f.verdict, f.claims]), [[
        "fcabq.network.staff",
        "inconsistent",
        "fcabq.network.staff_total",
      ]]);
      assertStrictEquals(Deno.readTextFileSync(`${root}/out/report.html`).includes("fcabq"), true);
    });
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
