/**
 * Thousands of malformed CSVs, as a class produces them, fed to the loaders. Each must either
 * load with every number finite, or be refused with the loader's own DataError naming the file
 * and what was expected; any other exception, a NaN or an Infinity let through, or a slow case
 * is a finding. Seeded, bounded by a case count and a time budget; prints how many cases ran.
 */
import { parseAnnotations } from "../../lib/annotations/read_annotations.ts";
import { checkedAnnotation } from "../../lib/annotations/annotation.ts";
import { DATA_DIR, MEMO_TABLES } from "../../lib/data/dataset.ts";
import { type LoadedTable, loadTableFile, loadTableText } from "../../lib/data/load_table.ts";
import { annotationsTable } from "../../lib/data/tables/annotations.ts";
import type { ColumnSpec, TableSpec } from "../../lib/data/table_spec.ts";
import { DataError } from "../../lib/errors.ts";
import { formatCsv } from "../../lib/io/csv.ts";
import { encode, type Encoding, TEXT_MUTATIONS } from "./_mutate.ts";
import { prng } from "./_prng.ts";
import { assertStrictEquals } from "../_assert.ts";

const SEED = 20251125;
const MAX_CASES = 5000;
const TIME_BUDGET_MS = 20_000;
const SLOW_CASE_MS = 2_000;

/** A valid annotations text, since data/annotations.csv may hold only its header. */
function annotationsSample(): string {
  const rows = ["questioned", "supported", "needs_source", "note"].map((stance, i) =>
    checkedAnnotation({
      target_id: "aacocq.fiscal_gain.indirect_savings",
      author: `Nom ${i}`,
      date: `2025-11-2${i}`,
      stance,
      text: `texte ${i}, « guillemets "doubles" » ;\nligne ${i} 😀`,
    }, "figure")
  );
  const header = annotationsTable.columns.map((c) => c.name);
  return formatCsv(header, rows.map((a) => header.map((h) => a[h as keyof typeof a])));
}

interface Subject {
  spec: TableSpec<readonly ColumnSpec[]>;
  text: string;
}

const SUBJECTS: Subject[] = [
  ...(MEMO_TABLES as readonly TableSpec[]).map((spec) => ({
    spec,
    text: Deno.readTextFileSync(new URL(spec.path, DATA_DIR)),
  })),
  { spec: annotationsTable as unknown as TableSpec, text: annotationsSample() },
];

type Outcome = { kind: "loaded"; rows: number } | { kind: "refused"; reason: string };

/** Every number in the rows and the frame is finite. */
function checkFinite(table: LoadedTable<readonly ColumnSpec[]>, where: string): void {
  for (const [r, row] of table.rows.entries()) {
    for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
      if (typeof v === "number" && !Number.isFinite(v)) {
        throw new Error(`${where}: row ${r + 2} column ${k} let ${v} through`);
      }
      if (v !== null && typeof v !== "number" && typeof v !== "string") {
        throw new Error(`${where}: row ${r + 2} column ${k} holds a ${typeof v}`);
      }
    }
  }
  assertStrictEquals(table.frame.height, table.rows.length, `${where}: frame height`);
}

/** Names the kind of refusal, for the breakdown. */
function refusalKind(e: DataError): string {
  const x = e.expected;
  if (/lone carriage return/.test(x)) return "line ends";
  if (/UTF-8 text file/.test(x)) return "not UTF-8";
  if (/fields like the header/.test(x)) return "row length";
  if (/quote/.test(x)) return "quotes";
  if (e.row === 1 || /header row/.test(x)) return "header";
  if (/number|finite/.test(x)) return "number";
  if (/cell is empty/.test(x)) return "empty cell";
  if (/one of /.test(x)) return "value outside the list";
  if (/unique/.test(x)) return "duplicate key";
  if (/date|day/.test(x)) return "date";
  if (/matching/.test(x)) return "id pattern";
  if (/polars/.test(x)) return "polars";
  return "other: " + x.slice(0, 40);
}

/** Refusals about one cell must name the row, the column and the value. */
const CELL_KINDS = new Set([
  "number",
  "empty cell",
  "value outside the list",
  "duplicate key",
  "date",
  "id pattern",
]);

/** What a refusal should say but does not: every refusal but a file-level one names its row. */
function missingLocation(e: DataError, kind: string): string | undefined {
  if (kind !== "not UTF-8" && e.row === undefined) return "row";
  if (CELL_KINDS.has(kind) && e.column === undefined) return "column";
  if (CELL_KINDS.has(kind) && e.value === undefined) return "value";
  return undefined;
}

Deno.test("the loaders either load a malformed CSV with finite numbers or refuse it with a DataError naming file and expectation", () => {
  const r = prng(SEED);
  const names = Object.keys(TEXT_MUTATIONS);
  const dir = Deno.makeTempDirSync();
  const start = performance.now();
  const breakdown = new Map<string, number>();
  const findings: string[] = [];
  let cases = 0;
  let slowest = 0;
  const count = (key: string) => breakdown.set(key, (breakdown.get(key) ?? 0) + 1);
  while (cases < MAX_CASES && performance.now() - start < TIME_BUDGET_MS) {
    const subject = r.pick(SUBJECTS);
    const applied = Array.from({ length: 1 + r.int(3) }, () => r.pick(names));
    let text = subject.text;
    for (const name of applied) text = TEXT_MUTATIONS[name]!(text, r);
    const locale = r.chance(0.2) ? "fr" : "en";
    const viaFile = r.chance(0.15);
    const encoding: Encoding = viaFile
      ? r.pick(["utf-8", "latin-1", "utf-16le", "random-bytes"])
      : "utf-8";
    const isAnnotations = subject.spec.name === "annotations" && locale === "en" && !viaFile;
    const label = `case ${cases} (${subject.spec.path}, ${applied.join("+")}, ${locale}, ${
      viaFile ? encoding : "text"
    })`;
    const t0 = performance.now();
    let outcome: Outcome;
    try {
      if (viaFile) {
        const path = `${dir}/case.csv`;
        Deno.writeFileSync(path, encode(text, encoding, r));
        const table = loadTableFile(subject.spec, path, { locale });
        checkFinite(table, label);
        outcome = { kind: "loaded", rows: table.rows.length };
      } else {
        const table = loadTableText(subject.spec, text, { locale, file: "fuzz.csv" });
        checkFinite(table, label);
        if (isAnnotations) {
          const annotations = parseAnnotations(text, "fuzz.csv");
          assertStrictEquals(annotations.length, table.rows.length, `${label}: annotations`);
        }
        outcome = { kind: "loaded", rows: table.rows.length };
      }
    } catch (error) {
      if (
        error instanceof DataError && error.file !== "" && error.expected.trim() !== "" &&
        (error.row === undefined || (Number.isInteger(error.row) && error.row >= 1)) &&
        !/\bundefined\b|\[object /.test(error.expected)
      ) {
        outcome = { kind: "refused", reason: refusalKind(error) };
        const missing = missingLocation(error, outcome.reason);
        if (missing) findings.push(`${label}: DataError without its ${missing}: ${error.message}`);
        if (Deno.env.get("FUZZ_SHOW") === outcome.reason) {
          console.log(label, error.message.slice(0, 300), JSON.stringify(text.slice(0, 200)));
        }
      } else {
        findings.push(
          `${label}: ${error instanceof Error ? error.stack : String(error)}\n` +
            `input: ${JSON.stringify(text.slice(0, 300))}`,
        );
        outcome = { kind: "refused", reason: "FINDING" };
      }
    }
    const took = performance.now() - t0;
    slowest = Math.max(slowest, took);
    if (took > SLOW_CASE_MS) findings.push(`${label}: took ${Math.round(took)} ms`);
    count(outcome.kind === "loaded" ? "loaded" : `refused: ${outcome.reason}`);
    cases++;
  }
  Deno.removeSync(dir, { recursive: true });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(
    `fuzz: ${cases} cases in ${seconds} s (seed ${SEED}, slowest ${Math.round(slowest)} ms)\n` +
      [...breakdown.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n}\t${k}`)
        .join("\n"),
  );
  const kinds = new Map<string, number>();
  for (const f of findings) {
    const key = f.replace(/^case \d+ \(([^,]+), [^)]*\): /, "$1: ").split("\n")[0]!.slice(0, 120);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  assertStrictEquals(
    findings.length,
    0,
    `${findings.length} findings:\n${[...kinds].map(([k, n]) => `  ${n}× ${k}`).join("\n")}\n\n` +
      findings.slice(0, 3).join("\n\n"),
  );
  assertStrictEquals(cases >= 500, true, `only ${cases} cases ran in the time budget`);
  assertStrictEquals((breakdown.get("loaded") ?? 0) > 0, true, "some mutated files still load");
});
