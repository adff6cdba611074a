/**
 * Finding 7 of issue 15, the lesser ones: a French cell's `%` or `$` dropped whatever the column's
 * unit; text starting with `=`, `+`, `-` or `@` written raw into CSVs people open in spreadsheets;
 * bytes that are not UTF-8 read as `�`; a `;`-separated file refused with a misleading message
 * about quotes. (Annotations are covered in tests/annotations/: spreadsheet-safe writing, `--text
 * -` that is not UTF-8.)
 */
import { audit } from "../../lib/audit/audit.ts";
import { auditFiles } from "../../lib/audit/audit_tables.ts";
import { DataError } from "../../lib/errors.ts";
import { parseCsv } from "../../lib/io/csv.ts";
import { readNumber } from "../../lib/io/numbers.ts";
import { validateProject } from "../../lib/project/load_project.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { copyOfData } from "../_project.ts";
import { errorLines, setCells } from "./_edit.ts";

Deno.test("a French cell's % or $ is read only in a column of that unit: 12 % into a column of fractions is refused, not read as 12", () => {
  assertEquals(readNumber("12 %", "fr"), {
    ok: false,
    expected:
      "a number without \"%\": this column's unit is not percent; write the number in the column's unit",
  });
  assertEquals(readNumber("45 000,5 $", "fr", { sign: "%" }), {
    ok: false,
    expected: 'a number without "$": this column is in percent',
  });
  assertEquals(readNumber("38,3 %", "fr", { sign: "%" }), { ok: true, value: 38.3 });
  assertEquals(readNumber("45 000 $", "fr", { sign: "$" }), { ok: true, value: 45000 });
  assertEquals(readNumber("0,383", "fr"), { ok: true, value: 0.383 });
});

Deno.test("a file separated by ';' is refused as such, naming the separator, not with a message about a stray quote", async (t) => {
  await t.step("parseCsv()", () => {
    const text = 'line;text;reason\n3;"une note ; citée";calculation\n';
    assertThrows(
      () => parseCsv(text, { file: "x.csv" }),
      DataError,
      'x.csv:1:5: found "line;text;reason", expected column names separated by commas',
      'separator ";"',
    );
    assertStrictEquals(parseCsv(text, { separator: ";" }).rows[0]![1], "une note ; citée");
  });
  await t.step("through the loader, with the file, line and column", async () => {
    const dir = await copyOfData();
    try {
      const path = `${dir}/memos/ctroc/set_aside.csv`;
      const rows = parseCsv(await Deno.readTextFile(path)).rows;
      const header = (await Deno.readTextFile(path)).split("\n")[0]!.split(",");
      const semi = [header, ...rows].map((r) =>
        r.map((c) => (c === null ? "" : /[;"\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
          .join(";")
      );
      await Deno.writeTextFile(path, semi.join("\n") + "\n");
      const errors = errorLines(validateProject(dir, { coverage: false }).problems);
      assertEquals(errors.length, 1, errors.join("\n"));
      assertStrictEquals(errors[0]!.startsWith(`${path}:1:`), true, errors[0]);
      assertStrictEquals(
        errors[0]!.includes(
          'expected column names separated by commas (if the file uses ";" as separator',
        ),
        true,
        errors[0],
      );
      assertStrictEquals(errors[0]!.includes("quote"), false, errors[0]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

Deno.test("out/claims.csv and out/findings.csv write a text starting with = + - @ so that a spreadsheet shows it as text, and recompte reads it back as written", async () => {
  const dir = await copyOfData();
  try {
    const claims = `${dir}/memos/ctroc/claims.csv`;
    const texts: Record<string, string> = {
      "ctroc.network.tables_restated": '=HYPERLINK("http://exemple.org";"14")',
      "ctroc.network.member_tables_restated": "+14 regroupements",
      "ctroc.network.organizations_restated": "-1 organisme",
      "ctroc.aca.health_subset": "@SUM(A1:A9)",
    };
    for (const [id, says] of Object.entries(texts)) {
      await setCells(claims, "claim_id", id, { says_fr: says, says_en: says });
    }
    const { project, problems } = validateProject(dir, { coverage: false });
    assertEquals(errorLines(problems), []);
    const files = auditFiles(audit(project!));
    const table = parseCsv(files["claims.csv"], { spreadsheetSafe: true });
    const raw = parseCsv(files["claims.csv"]);
    const col = (name: string) => table.header.indexOf(name);
    for (const [id, says] of Object.entries(texts)) {
      const i = table.rows.findIndex((r) => r[col("claim_id")] === id);
      assertEquals(
        [table.rows[i]![col("says_fr")], table.rows[i]![col("says_en")]],
        [says, says],
        id,
      );
      assertEquals([raw.rows[i]![col("says_fr")], raw.rows[i]![col("says_en")]], [
        `'${says}`,
        `'${says}`,
      ], id);
    }
    // Every cell of both files, as a spreadsheet reads it: no formula anywhere.
    for (const text of [files["claims.csv"], files["findings.csv"]]) {
      for (const row of parseCsv(text).rows) {
        for (const cell of row) {
          if (cell !== null && /^[=+\-@\t\r]/.test(cell)) {
            assertStrictEquals(/^[+-]?[\d.]+(e[+-]?\d+)?$|^[+-]inf$/.test(cell), true, cell);
          }
        }
      }
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a memo text or a table that is not UTF-8 is refused naming its line and byte, once, never read as U+FFFD", async (t) => {
  const dir = await copyOfData();
  try {
    const memo = `${dir}/memos/ctroc/memo.txt`;
    const memoBytes = await Deno.readFile(memo);
    const lines = new TextDecoder().decode(memoBytes).split("\n").length;
    await Deno.writeFile(memo, new Uint8Array([...memoBytes, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const figures = `${dir}/memos/fqcs/figures.csv`;
    const figureText = await Deno.readTextFile(figures);
    const latin1 = new TextEncoder().encode(figureText.replace("\n", "\nfqcs.x,1,x,,caf"));
    const at = latin1.indexOf(0x66, new TextEncoder().encode(figureText.split("\n")[0]!).length) +
      1;
    await Deno.writeFile(
      figures,
      new Uint8Array([...latin1.subarray(0, at), 0xe9, ...latin1.subarray(at)]),
    );
    const errors = errorLines(validateProject(dir, { coverage: false }).problems);
    await t.step("the memo's text", () => {
      const line = errors.find((l) => l.startsWith(memo));
      assertStrictEquals(
        line?.startsWith(
          `${memo}:${lines}: error: found "0xE9 0x0A", expected UTF-8 text, but the bytes at byte offset ${
            memoBytes.length + 3
          } are not UTF-8`,
        ),
        true,
        errors.join("\n"),
      );
    });
    await t.step("a table", () => {
      const line = errors.find((l) => l.startsWith(figures));
      assertStrictEquals(
        line?.startsWith(`${figures}:2: error: found "0xE9`),
        true,
        errors.join("\n"),
      );
    });
    await t.step("nothing else: what reads the memo's figures is not reported as unknown", () => {
      assertEquals(errors.length, 2, errors.join("\n"));
      assertStrictEquals(errors.some((l) => l.includes("\uFFFD")), false);
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
