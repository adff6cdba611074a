/**
 * The frontend check sees what a reader of the classic notebook sees: on two fixture notebooks
 * opened in Jupyter Notebook 6 and headless Chromium, it finds every defect of the broken one
 * (amounts typeset as math, tables that lose rows, a chart hidden when untrusted, an error after
 * Run All) and nothing in the good one; and its pure parts read Markdown tables and judge pages.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  analyzePage,
  checkNotebooks,
  findMarkdownTables,
  formatSummary,
  type NotebookReport,
  type PageOutput,
  passes,
} from "../../tools/frontend_check.ts";
import { hasChromium, hasJupyterNotebook, processesWith, warnIgnored } from "./_programs.ts";

const FIXTURES = "tests/fixtures/notebooks";
const missing = [
  hasChromium ? undefined : "Chromium (apt-get install -y chromium)",
  hasJupyterNotebook ? undefined : "jupyter-notebook (apt-get install -y jupyter-notebook)",
].filter((x) => x !== undefined);
warnIgnored("frontend_check_test", missing);

Deno.test("findMarkdownTables() counts header and body rows of each pipe table", async (t) => {
  const cases: [string, string, { line: number; rows: number }[]][] = [
    ["no table", "Un texte | avec une barre", []],
    ["header and two rows", "| a | b |\n| --- | ---: |\n| 1 | 2 |\n| 3 | 4 |", [{
      line: 1,
      rows: 3,
    }]],
    ["a header alone", "| a |\n|:---:|", [{ line: 1, rows: 1 }]],
    ["no separator, no table", "| a |\n| b |", []],
    ["two tables", "| a |\n| --- |\n| 1 |\n\ntexte\n\n| b |\n| --- |", [
      { line: 1, rows: 2 },
      { line: 7, rows: 1 },
    ]],
    ["fenced tables are code", "```text\n| a |\n| --- |\n```\n~~~\n| b |\n| --- |\n~~~", []],
    ["CRLF line ends", "| a |\r\n| --- |\r\n| 1 |", [{ line: 1, rows: 2 }]],
  ];
  for (const [name, markdown, expected] of cases) {
    await t.step(name, () => {
      assert.deepEqual(
        findMarkdownTables(markdown).map(({ line, rows }) => ({ line, rows })),
        expected,
      );
    });
  }
});

const output = (fields: Partial<PageOutput>): PageOutput => ({
  type: "display_data",
  mimeTypes: [],
  shownAs: null,
  markdown: null,
  math: [],
  tables: [],
  pngVisible: false,
  imageVisible: false,
  ename: null,
  evalue: null,
  text: null,
  ...fields,
});

Deno.test("analyzePage() judges tables only where Markdown was rendered as Markdown", () => {
  const table = "| a |\n| --- |\n| 1 |";
  const findings = analyzePage([{
    index: 2,
    type: "code",
    outputs: [
      output({
        mimeTypes: ["text/markdown", "text/plain"],
        shownAs: "text/plain",
        markdown: table,
      }),
      output({
        mimeTypes: ["text/markdown"],
        shownAs: "text/markdown",
        markdown: table,
        tables: [2],
      }),
      output({ mimeTypes: ["text/markdown"], shownAs: "text/markdown", markdown: table }),
    ],
  }], "run");
  assert.deepEqual(findings.brokenTables, [{
    phase: "run",
    cell: 2,
    output: 3,
    table: 1,
    expectedRows: 2,
    renderedRows: null,
    firstLine: "| a |",
  }]);
  assert.deepEqual(findings.hiddenOutputs, [{
    phase: "run",
    cell: 2,
    output: 1,
    preferred: "text/markdown",
    shownAs: "text/plain",
  }]);
});

Deno.test("analyzePage() sees a PNG chart only as a drawn data:image/png <img>", () => {
  const findings = analyzePage([{
    index: 1,
    type: "code",
    outputs: [
      output({ mimeTypes: ["image/png", "text/plain"], shownAs: "image/png", imageVisible: true }),
      output({ mimeTypes: ["image/png"], shownAs: "image/png", pngVisible: true }),
      output({
        mimeTypes: ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"],
        shownAs: "image/svg+xml",
        imageVisible: true,
      }),
      output({ type: "error", ename: "TypeError", evalue: "x", text: "TypeError: x" }),
    ],
  }], "open");
  assert.deepEqual(findings.charts.map((c) => [c.output, c.visible]), [[1, false], [2, true], [
    3,
    true,
  ]]);
  assert.deepEqual(findings.errors, [{
    phase: "open",
    cell: 1,
    output: 4,
    ename: "TypeError",
    evalue: "x",
    text: "TypeError: x",
  }]);
});

Deno.test("passes() fails on each kind of finding, and allowMath forgives only typeset text", async (t) => {
  const clean = { typesetAmounts: [], brokenTables: [], charts: [], errors: [], problems: [] };
  const place = { phase: "run" as const, cell: 1 };
  assert.equal(passes(clean), true);
  const failing = {
    typesetAmounts: { ...clean, typesetAmounts: [{ ...place, tex: "x" }] },
    brokenTables: {
      ...clean,
      brokenTables: [{ ...place, table: 1, expectedRows: 2, renderedRows: 1, firstLine: "|" }],
    },
    charts: {
      ...clean,
      charts: [{ ...place, output: 1, mimeTypes: ["image/png"], shownAs: null, visible: false }],
    },
    errors: {
      ...clean,
      errors: [{ ...place, output: 1, ename: "E", evalue: "", text: "" }],
    },
    problems: { ...clean, problems: ["Run All did not finish"] },
  };
  for (const [kind, report] of Object.entries(failing)) {
    await t.step(kind, () => {
      assert.equal(passes(report), false);
      assert.equal(passes(report, true), kind === "typesetAmounts");
    });
  }
});

/** A finding as one line: phase, cell[.output], and what. */
function lines(report: NotebookReport): Record<string, string[]> {
  const at = (f: { phase: string; cell: number; output?: number }) =>
    `${f.phase} ${f.cell}${f.output ? `.${f.output}` : ""}`;
  return {
    typesetAmounts: report.typesetAmounts.map((f) => `${at(f)} ${JSON.stringify(f.tex)}`),
    brokenTables: report.brokenTables.map((f) =>
      `${at(f)} table ${f.table}: ${f.expectedRows} rows, ${f.renderedRows} rendered`
    ),
    charts: report.charts.map((f) =>
      `${at(f)} ${f.visible ? "visible" : "hidden"} as ${f.shownAs}`
    ),
    errors: report.errors.map((f) => `${at(f)} ${f.ename}: ${f.evalue}`),
    hiddenOutputs: report.hiddenOutputs.map((f) => `${at(f)} ${f.preferred} as ${f.shownAs}`),
  };
}

Deno.test({
  name: "checkNotebooks() finds every defect of the broken fixture and none in the good one",
  ignore: missing.length > 0,
  fn: async () => {
    const shots = await Deno.makeTempDir({ prefix: "recompte-shots-" });
    const before = await Array.fromAsync(Deno.readDir(FIXTURES), (e) => e.name);
    // Our temporary folders (profiles, server sandboxes, the staged copy) go under one folder
    // of ours, so that the leftover check below does not see another run's processes.
    const tmp = await Deno.makeTempDir({ prefix: "recompte-frontend-test-" });
    const previousTmp = Deno.env.get("TMPDIR");
    Deno.env.set("TMPDIR", tmp);
    try {
      const reports = await checkNotebooks(FIXTURES, {
        only: ["frontend_"],
        screenshotsDir: shots,
        jobs: 2,
      });
      assert.deepEqual(reports.map((r) => r.notebook), [
        "frontend_broken.ipynb",
        "frontend_ok.ipynb",
      ]);
      const [broken, ok] = reports as [NotebookReport, NotebookReport];

      assert.deepEqual(ok.problems, []);
      assert.deepEqual(lines(ok), {
        typesetAmounts: [],
        brokenTables: [],
        charts: [
          "open 2.1 visible as image/png",
          "trusted 2.1 visible as image/png",
          "run 2.1 visible as image/png",
        ],
        errors: [],
        hiddenOutputs: ["open 3.1 text/markdown as text/plain"],
      });
      assert.equal(ok.ok, true);

      const dollars = '" par an au lieu de 11 250 "';
      const backslash = '" au lieu de 11 250 "';
      const table = '" |\\n| Un mois de salaire | 11 250 "';
      assert.deepEqual(broken.problems, []);
      assert.deepEqual(lines(broken), {
        typesetAmounts: [
          `open 1 ${dollars}`,
          `open 2 ${backslash}`,
          `open 3 ${table}`,
          `trusted 1 ${dollars}`,
          `trusted 2 ${backslash}`,
          `trusted 3 ${table}`,
          `trusted 5.1 ${table}`,
          `run 1 ${dollars}`,
          `run 2 ${backslash}`,
          `run 3 ${table}`,
          `run 5.1 ${table}`,
        ],
        brokenTables: [
          "open 3 table 1: 3 rows, 2 rendered",
          "trusted 3 table 1: 3 rows, 2 rendered",
          "trusted 5.1 table 1: 3 rows, 2 rendered",
          "run 3 table 1: 3 rows, 2 rendered",
          "run 5.1 table 1: 3 rows, 2 rendered",
        ],
        charts: [
          "open 4.1 hidden as text/plain",
          "trusted 4.1 visible as image/svg+xml",
          "run 4.1 visible as image/svg+xml",
        ],
        errors: ["run 6.1 RangeError: montant introuvable"],
        hiddenOutputs: [
          "open 4.1 image/svg+xml as text/plain",
          "open 5.1 text/markdown as text/plain",
        ],
      });
      assert.equal(broken.ok, false);

      const summary = formatSummary(reports);
      assert.match(summary, /^FAIL frontend_broken\.ipynb/m);
      assert.match(summary, /^ok {3}frontend_ok\.ipynb/m);
      assert.match(summary, /^1 passed, 1 failed$/m);

      for (const report of reports) {
        for (const phase of ["open", "trusted", "run"] as const) {
          const png = await Deno.readFile(report.screenshots[phase]!);
          assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], `${phase} screenshot`);
        }
      }
      const after = await Array.fromAsync(Deno.readDir(FIXTURES), (e) => e.name);
      assert.deepEqual(after.sort(), before.sort(), "nothing is written beside the fixtures");
      assert.deepEqual(processesWith(tmp), [], "no browser, server or kernel is left");
      assert.deepEqual([...Deno.readDirSync(tmp)], [], "every temporary folder is removed");
    } finally {
      if (previousTmp === undefined) Deno.env.delete("TMPDIR");
      else Deno.env.set("TMPDIR", previousTmp);
      await Deno.remove(shots, { recursive: true });
      await Deno.remove(tmp, { recursive: true });
    }
  },
});
