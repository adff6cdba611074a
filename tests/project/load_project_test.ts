/**
 * The loader reports every problem of a project folder at once, each with its file, line and
 * column, what was found and what was expected; and what loads is what the files say.
 */
import { formatProblem, type Problem } from "../../lib/errors.ts";
import { validateProject } from "../../lib/project/load_project.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { copyOfData, edit } from "../_project.ts";

/** A copy of data/ whose claims, findings and set-aside lists are emptied (they are tested apart). */
async function bareCopy(): Promise<string> {
  const dir = await copyOfData();
  for await (const memo of Deno.readDir(`${dir}/memos`)) {
    for (const file of ["claims.csv", "findings.csv", "set_aside.csv"]) {
      const path = `${dir}/memos/${memo.name}/${file}`;
      try {
        const text = await Deno.readTextFile(path);
        await Deno.writeTextFile(path, text.slice(0, text.indexOf("\n") + 1));
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
    }
  }
  return dir;
}

function errors(problems: readonly Problem[]): string[] {
  return problems.filter((p) => p.severity === "error").map(formatProblem);
}

Deno.test("a bare copy of data/ loads without error", async () => {
  const dir = await bareCopy();
  try {
    assertEquals(errors(validateProject(dir).problems), []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("every mistake of a researcher is reported at once, each at its file:line:column", async (t) => {
  const dir = await bareCopy();
  try {
    const figures = `${dir}/memos/aacocq/figures.csv`;
    const text = await Deno.readTextFile(figures);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;
    // 1. A value that is not what the excerpt prints (a figure changed by mistake).
    await edit(figures, "à 45 000 $ par an,45000,", "à 45 000 $ par an,46000,");
    // 2. An excerpt that is not verbatim (wrong apostrophe).
    await edit(
      figures,
      "Sa masse salariale totale s’élève donc à 135 000 $",
      "Sa masse salariale totale s'élève donc à 135 000 $",
    );
    // 3. A unit outside the vocabulary.
    await edit(figures, ",10800,,CAD/year,", ",10800,,CAD/yr,");
    // 4. A date that does not exist.
    await edit(`${dir}/memos/trpocb/figures.csv`, ",2009-05-28,", ",2009-05-32,");
    // 5. A forgotten ×1 000 000: a value in dollars where the memo prints millions.
    await edit(`${dir}/memos/ctroc/figures.csv`, ",2733,,MCAD,", ",2733000000,,MCAD,");
    const { project, problems } = validateProject(dir);
    assertStrictEquals(project, null);
    const found = errors(problems);
    const expectations: [string, string][] = [
      ["the changed salary", `memos/aacocq/figures.csv:${lineOf("à 45 000 $ par an,45000,")}:`],
      [
        "…names what the excerpt prints",
        'found "46000", expected a number the excerpt prints (45 000 $)',
      ],
      ["the non-verbatim excerpt", "expected the memo's words, verbatim"],
      ["the unknown unit", 'found "CAD/yr"'],
      ["the impossible date", 'found "2009-05-32", expected a date that exists'],
      [
        "the forgotten scale",
        'found "2733000000", expected a number the excerpt prints (182,2, 364,4, 546,6, 728,8, 911, 2733)',
      ],
    ];
    for (const [name, fragment] of expectations) {
      await t.step(
        name,
        () =>
          assertStrictEquals(found.some((line) => line.includes(fragment)), true, found.join("\n")),
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a malformed CSV row is refused with its line, column and a hint", async () => {
  const dir = await bareCopy();
  try {
    const path = `${dir}/memos/fqcs/figures.csv`;
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text + "fqcs.extra,1,x,,a, b,1,,count,,exact,,,\n");
    const found = errors(validateProject(dir).problems);
    assertEquals(found.length, 1, found.join("\n"));
    assertStrictEquals(
      /figures\.csv:\d+:\d+: error: found "14 fields", expected 13 fields like the header \(if a field holds a comma, quote the whole field\)/
        .test(found[0]!),
      true,
      found[0],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a missing folder, an empty data folder and a file where a folder should be are messages, not stack traces", async () => {
  const dir = await Deno.makeTempDir();
  try {
    assertStrictEquals(
      errors(validateProject(`${dir}/nope`).problems)[0]!.includes("does not exist"),
      true,
    );
    const found = errors(validateProject(dir).problems);
    assertStrictEquals(
      found.some((l) => l.includes("vocab/units.csv") && l.includes("missing")),
      true,
      found.join("\n"),
    );
    assertStrictEquals(found.some((l) => l.includes("a folder per memo")), true);
    await Deno.writeTextFile(`${dir}/file`, "x");
    assertStrictEquals(
      errors(validateProject(`${dir}/file`).problems)[0]!.includes("it is a file"),
      true,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
