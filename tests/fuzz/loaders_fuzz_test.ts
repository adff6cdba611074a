/**
 * Hundreds of malformed CSVs, as a researcher's spreadsheet produces them, fed to the project's
 * readers (`lib/project/read_*.ts`): every real CSV of `data/` in turn is mutated one to three
 * times and read by the reader that reads it in `validateProject`. Each case must either read with
 * every number finite, or report problems that each name the file, a line (unless the problem is
 * about the whole file), what was expected and, for a problem about one cell, the cell's line and
 * column, the value found and the row's id. Any exception, a NaN or an Infinity let through, a
 * message that says "undefined" or "[object", or a slow case is a finding.
 *
 * The mutated file is written into a copy of `data/` (most readers take a path or the project
 * folder; the annotations reader also takes text, and is given it half the time), as UTF-8 or,
 * one case in seven, as the bytes of another encoding. Then a few whole-project validations of a
 * copy with one file mutated must end in problems, never in an exception.
 *
 * Seeded and deterministic: `FUZZ_SEED` and `FUZZ_CASES` run other cases (`FUZZ_SHOW=<kind>` prints
 * examples of one kind of outcome), e.g.
 * `FUZZ_SEED=7 FUZZ_CASES=20000 deno test -A tests/fuzz/loaders_fuzz_test.ts`.
 *
 * @module
 */
import { join } from "node:path";
import { formatProblem, type Problem } from "../../lib/errors.ts";
import { parseCsv } from "../../lib/io/csv.ts";
import { validateProject } from "../../lib/project/load_project.ts";
import { readProjectAnnotations } from "../../lib/project/read_annotations.ts";
import { readAssumptions, readScenarios } from "../../lib/project/read_assumptions.ts";
import { readClaimRows } from "../../lib/project/read_claims.ts";
import { readFigures } from "../../lib/project/read_figures.ts";
import { readFindings, readSetAside, readTimeline } from "../../lib/project/read_memo_extras.ts";
import { readPrintedTables } from "../../lib/project/read_printed_tables.ts";
import { readSource } from "../../lib/project/read_source.ts";
import { readVocabularies } from "../../lib/project/read_vocabulary.ts";
import { findNumbers } from "../../lib/text/find_numbers.ts";
import { memoText } from "../../lib/text/memo_text.ts";
import { assertStrictEquals } from "../_assert.ts";
import { copyOfDataSync } from "../_project.ts";
import { CELL_MUTATIONS, encode, type Encoding, ENCODINGS, TEXT_MUTATIONS } from "./_mutate.ts";
import { type Prng, prng } from "./_prng.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20251125);
/** Cases run (all of them, unless the time budget runs out first). */
const CASES = Number(Deno.env.get("FUZZ_CASES") ?? 800);
/** The fewest cases that count as a run. */
const MIN_CASES = Math.min(300, CASES);
const TIME_BUDGET_MS = Number(Deno.env.get("FUZZ_BUDGET_MS") ?? 2_500);
/** A case slower than this is a finding. */
const SLOW_CASE_MS = 2_000;
/** Whole-project validations (each reads every file of a copy of `data/`). */
const PROJECT_CASES = 8;

const DATA = "data";
const { units, kinds, setAsideReasons } = (() => {
  const problems: Problem[] = [];
  const vocab = readVocabularies(DATA, problems);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
  return vocab;
})();
const assumptions = readAssumptions(DATA, units, []);

/** A file of `data/` and the reader that reads it. */
interface Subject {
  /** The file mutated, relative to the project folder. */
  readonly file: string;
  /** The files the reader reads, whose problems it may report (relative). */
  readonly reads: readonly string[];
  /** The column that identifies a row, which its cell problems must name as their subject. */
  readonly idColumn?: string;
  /** Whether the reader can be given the text instead of reading the file. */
  readonly takesText?: boolean;
  /** Whether the reader takes one `'` off a cell that starts like a formula (see `formatCsv`). */
  readonly spreadsheetSafe?: boolean;
  /**
   * Reads the file in the project folder `dir`.
   *
   * @param dir The project folder.
   * @param problems Where problems go.
   * @param text The file's text, for a reader that takes it.
   * @returns What the reader returns.
   */
  read(dir: string, problems: Problem[], text?: string): unknown;
}

const exists = (path: string) => {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
};

/** Every CSV of `data/`, with its reader called as `validateProject` calls it. */
function subjects(): Subject[] {
  const out: Subject[] = [];
  const memos = [...Deno.readDirSync(join(DATA, "memos"))].filter((e) => e.isDirectory)
    .map((e) => e.name).sort();
  for (const id of memos) {
    const folder = `memos/${id}`;
    const text = memoText(Deno.readTextFileSync(join(DATA, folder, "memo.txt")));
    const mentions = findNumbers(text.raw);
    const perFile: [string, string | undefined, Subject["read"]][] = [
      [
        "figures.csv",
        "figure_id",
        (dir, p) =>
          readFigures(join(dir, folder, "figures.csv"), id, text, units, p, () => mentions),
      ],
      [
        "claims.csv",
        "claim_id",
        (dir, p) => readClaimRows(join(dir, folder, "claims.csv"), id, text, p),
      ],
      [
        "findings.csv",
        "finding_id",
        (dir, p) => readFindings(join(dir, folder, "findings.csv"), id, p),
      ],
      [
        "set_aside.csv",
        undefined,
        (dir, p) => readSetAside(join(dir, folder, "set_aside.csv"), id, text, setAsideReasons, p),
      ],
      [
        "timeline.csv",
        undefined,
        (dir, p) => readTimeline(join(dir, folder, "timeline.csv"), id, p),
      ],
      [
        "source.csv",
        undefined,
        (dir, p) => readSource(join(dir, folder, "source.csv"), id, "memo", folder, kinds, p),
      ],
    ];
    for (const [name, idColumn, read] of perFile) {
      const file = `${folder}/${name}`;
      if (exists(join(DATA, file))) {
        out.push({ file, reads: [file], ...(idColumn ? { idColumn } : {}), read });
      }
    }
    const tables = exists(join(DATA, folder, "tables"))
      ? [...Deno.readDirSync(join(DATA, folder, "tables"))].map((e) => `${folder}/tables/${e.name}`)
        .sort()
      : [];
    for (const file of tables) {
      out.push({
        file,
        reads: tables,
        read: (dir, p) => readPrintedTables(join(dir, folder), id, p),
      });
    }
  }
  const scenarioFiles = ["scenarios.csv", "scenario_overrides.csv"];
  const vocabFiles = ["units.csv", "kinds.csv", "qualifiers.csv", "set_aside_reasons.csv"]
    .map((f) => `vocab/${f}`);
  out.push(
    {
      file: "assumptions.csv",
      reads: ["assumptions.csv"],
      idColumn: "assumption_id",
      read: (dir, p) => readAssumptions(dir, units, p),
    },
    {
      file: "scenarios.csv",
      reads: scenarioFiles,
      idColumn: "scenario_id",
      read: (dir, p) => readScenarios(dir, assumptions, p),
    },
    {
      file: "scenario_overrides.csv",
      reads: scenarioFiles,
      read: (dir, p) => readScenarios(dir, assumptions, p),
    },
    {
      file: "annotations.csv",
      reads: ["annotations.csv"],
      idColumn: "annotation_id",
      takesText: true,
      spreadsheetSafe: true,
      read: (dir, p, text) =>
        readProjectAnnotations(join(dir, "annotations.csv"), p, text === undefined ? {} : { text }),
    },
    ...vocabFiles.map((file) => ({
      file,
      reads: vocabFiles,
      read: (dir: string, p: Problem[]) => readVocabularies(dir, p),
    })),
  );
  return out;
}

/** The path of the first number in `value` that is not finite, or `undefined`. */
function nonFinite(value: unknown, path = "", seen = new Set<unknown>()): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value !== "object" || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const list = value as unknown as ArrayLike<number>;
    for (let i = 0; i < list.length; i++) {
      if (!Number.isFinite(list[i])) return `${path}[${i}] = ${list[i]}`;
    }
    return undefined;
  }
  const entries: [unknown, unknown][] = value instanceof Map
    ? [...value.entries()]
    : value instanceof Set
    ? [...value].map((v, i) => [i, v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const found = nonFinite(v, `${path}.${String(k)}`, seen);
    if (found) return found;
  }
  return undefined;
}

/** A cell of a file: its column, its text and, in a table with an id column, its row's id. */
interface Cell {
  readonly column: string;
  readonly text: string;
  /** The row's id cell, trimmed (`null` when empty); `undefined` in the header or without ids. */
  readonly id?: string | null;
}

/** A CSV file's header and its cells by where they start (`line:column`). */
interface Cells {
  readonly header: readonly string[];
  readonly at: ReadonlyMap<string, Cell>;
}

/** The cells of a CSV file as the subject's reader reads it, or `null` when it is not UTF-8 CSV. */
function cellsOf(bytes: Uint8Array, subject: Subject): Cells | null {
  let table;
  try {
    table = parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes), {
      spreadsheetSafe: subject.spreadsheetSafe === true,
    });
  } catch {
    return null;
  }
  const at = new Map<string, Cell>();
  table.header.forEach((name, j) => {
    const start = table.headerPositions[j]!;
    at.set(`${start.line}:${start.column}`, { column: name, text: name });
  });
  const idAt = subject.idColumn === undefined ? -1 : table.header.indexOf(subject.idColumn);
  table.rows.forEach((row, i) => {
    const id = idAt < 0 ? undefined : row[idAt]?.trim() || null;
    row.forEach((text, j) => {
      const start = table.positions[i]![j]!;
      at.set(`${start.line}:${start.column}`, { column: table.header[j]!, text: text ?? "", id });
    });
  });
  return { header: table.header, at };
}

/**
 * The problems that may name no line: those about a whole file that cannot be read, or about a
 * row that is not there at all (a `source.csv` without its `title` line, a `scenarios.csv`
 * without the scenario `memo`).
 */
const FILE_LEVEL = [
  /^this file \(it is missing\)$/,
  /^a file, not a folder$/,
  /^a readable file \(/,
  /^a line "[a-z_]+,<value>"$/,
  /^a scenario "memo" /,
];

/** Words in a message that mean a program value leaked into it. */
const LEAKS = ["undefined", "[object", "NaN", "Infinity"];

/** What the case's input is, for the checks: the files as written, by absolute path. */
interface CaseInput {
  readonly dir: string;
  readonly subject: Subject;
  /** Each file the reader reads, as bytes. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
  /** All the text given, for the words a message may quote. */
  readonly text: string;
}

/** What is wrong with a problem, in words; empty when it says all it should. */
function faultsOf(p: Problem, input: CaseInput, cells: (file: string) => Cells | null): string[] {
  const faults: string[] = [];
  const bytes = input.bytes.get(p.file);
  if (bytes === undefined) faults.push(`names ${p.file}, not a file the reader reads`);
  if (typeof p.expected !== "string" || p.expected.trim() === "") {
    faults.push("does not say what was expected");
  }
  if (p.line === undefined) {
    if (!FILE_LEVEL.some((re) => re.test(p.expected))) faults.push("names no line");
  } else if (bytes !== undefined) {
    const lines = 1 + bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines) {
      faults.push(`names line ${p.line} of a file of ${lines} lines`);
    }
  }
  if (p.column !== undefined && !(Number.isInteger(p.column) && (p.column as number) >= 1)) {
    faults.push(`names column ${JSON.stringify(p.column)}`);
  }
  // A problem about one cell: `row.problem()` says which column, and names the row's id.
  const column = / in column "([^"]+)"$/.exec(p.expected)?.[1];
  if (column !== undefined || p.subject !== undefined) {
    const file = cells(p.file);
    const cell = file?.at.get(`${p.line}:${p.column}`);
    if (file === null || cell === undefined) {
      faults.push(`names ${p.line}:${p.column}, where no cell of ${p.file} starts`);
    } else {
      if (column !== undefined && file.header.includes(column) && cell.column !== column) {
        faults.push(`is about column "${column}" but points at a cell of column "${cell.column}"`);
      }
      if (cell.text.trim() !== "" && p.value === undefined) faults.push("does not show the value");
      if (input.subject.idColumn !== undefined && cell.id !== undefined) {
        const id = cell.id;
        const named = id === null
          ? p.subject === undefined
          : p.subject === id || p.subject?.startsWith(`${id} (reading `) === true;
        if (!named) faults.push(`names the row as ${p.subject}, its id cell holds ${id}`);
      }
    }
  }
  const message = formatProblem(p);
  for (const word of LEAKS) {
    if (message.includes(word) && !input.text.includes(word)) faults.push(`says "${word}"`);
  }
  return faults;
}

/** The kind of a problem, for the breakdown. */
function kindOf(p: Problem): string {
  const x = p.expected;
  const column = / in column "([^"]+)"$/.exec(x)?.[1];
  if (column === undefined) {
    if (/UTF-8/.test(x)) return "not UTF-8";
    if (/carriage return/.test(x)) return "line ends";
    if (/fields like the header/.test(x)) return "row length";
    if (/quote/.test(x)) return "quotes";
    if (p.line === 1 || /header|column/.test(x)) return "header";
    return "file: " + x.slice(0, 40);
  }
  if (/not an empty cell/.test(x)) return "empty cell";
  if (
    /number|float/.test(x) && /value|low|high|min|max|line|factor|count|amount|mcad/.test(column)
  ) {
    return "number";
  }
  if (/date|day|YYYY/.test(x)) return "date";
  if (/\bid\b/.test(x)) return "id";
  if (/verbatim|excerpt prints|the line where/.test(x)) return "not in the memo";
  if (/unit/.test(x)) return "unit";
  if (/used once|each .* once/.test(x)) return "duplicate";
  if (/^one of |, .* or |^[a-z_]+(, [a-z_]+)+ in column/.test(x)) return "value outside the list";
  return `cell ${column}: ${x.slice(0, 30)}`;
}

/** The files a subject's reader reads, as bytes in the copy `dir`. */
function filesOf(dir: string, subject: Subject): Map<string, Uint8Array> {
  return new Map(subject.reads.map((f) => [join(dir, f), Deno.readFileSync(join(dir, f))]));
}

/**
 * A mutated text, and the names of the mutations applied: half the time only mutations that keep
 * the file well-formed, so that the checks of each cell are reached.
 */
function mutate(text: string, r: Prng): { text: string; applied: string[] } {
  const names = r.chance(0.5) ? CELL_MUTATIONS : Object.keys(TEXT_MUTATIONS);
  const applied = Array.from({ length: 1 + r.int(3) }, () => r.pick(names));
  for (const name of applied) text = TEXT_MUTATIONS[name]!(text, r);
  return { text, applied };
}

Deno.test("each reader reads a mutated CSV of data/ with finite numbers, or reports problems naming file, line, column, value and expectation", () => {
  const r = prng(SEED);
  const all = subjects();
  const dir = copyOfDataSync();
  const originals = new Map(all.map((s) => [s.file, Deno.readFileSync(join(dir, s.file))]));
  const breakdown = new Map<string, number>();
  const findings: string[] = [];
  const count = (key: string) => breakdown.set(key, (breakdown.get(key) ?? 0) + 1);
  const start = performance.now();
  let slowest = { ms: 0, label: "" };
  let cases = 0;
  try {
    while (cases < CASES && performance.now() - start < TIME_BUDGET_MS) {
      const subject = r.pick(all);
      const original = new TextDecoder().decode(originals.get(subject.file));
      const { text, applied } = mutate(original, r);
      // Mostly UTF-8 text; sometimes the bytes of another encoding, read through the file.
      const encoding: Encoding = r.chance(0.15) ? r.pick(ENCODINGS) : "utf-8";
      const bytes = encode(text, encoding, r);
      const asText = subject.takesText === true && encoding === "utf-8" && r.chance(0.5);
      const label = `case ${cases} (${subject.file}, ${applied.join("+")}, ${
        asText ? "text" : encoding
      })`;
      Deno.writeFileSync(join(dir, subject.file), bytes);
      const problems: Problem[] = [];
      const t0 = performance.now();
      let outcome: string;
      try {
        const result = subject.read(dir, problems, asText ? text : undefined);
        const took = performance.now() - t0;
        if (took > slowest.ms) slowest = { ms: took, label };
        if (took > SLOW_CASE_MS) findings.push(`${label}: took ${Math.round(took)} ms`);
        const leak = nonFinite(result);
        if (leak) findings.push(`${label}: let a number through that is not finite: ${leak}`);
        const input: CaseInput = {
          dir,
          subject,
          bytes: filesOf(dir, subject),
          text: subject.reads.map((f) => new TextDecoder().decode(Deno.readFileSync(join(dir, f))))
            .join("\n"),
        };
        const cache = new Map<string, Cells | null>();
        const cells = (file: string) => {
          if (!cache.has(file)) {
            const b = input.bytes.get(file);
            cache.set(file, b === undefined ? null : cellsOf(b, subject));
          }
          return cache.get(file)!;
        };
        for (const p of problems) {
          const faults = faultsOf(p, input, cells);
          if (faults.length > 0) {
            findings.push(`${label}: a problem ${faults.join(", ")}: ${formatProblem(p)}`);
          }
        }
        const first = problems.find((p) => p.severity === "error");
        outcome = first === undefined ? "read" : `refused: ${kindOf(first)}`;
        if (Deno.env.get("FUZZ_SHOW") === outcome.replace(/^refused: /, "")) {
          console.log(label, first ? formatProblem(first).slice(0, 300) : "");
        }
      } catch (error) {
        findings.push(
          `${label}: threw ${error instanceof Error ? error.stack : String(error)}\n` +
            `input: ${JSON.stringify(text.slice(0, 300))}`,
        );
        outcome = "FINDING";
      }
      count(outcome);
      Deno.writeFileSync(join(dir, subject.file), originals.get(subject.file)!);
      cases++;
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(2);
  console.log(
    `fuzz: ${cases} cases over ${all.length} files in ${seconds} s (seed ${SEED}); ` +
      `slowest ${slowest.ms.toFixed(0)} ms, ${slowest.label}\n` +
      [...breakdown].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n}\t${k}`).join("\n"),
  );
  const kinds = new Map<string, number>();
  for (const f of findings) {
    const key = f.replace(/^case \d+ \(([^,]+), [^)]*\): /, "$1: ").split("\n")[0]!.slice(0, 160);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  assertStrictEquals(
    findings.length,
    0,
    `${findings.length} findings:\n${[...kinds].map(([k, n]) => `  ${n}× ${k}`).join("\n")}\n\n` +
      findings.slice(0, 3).join("\n\n"),
  );
  assertStrictEquals(cases >= MIN_CASES, true, `only ${cases} cases ran in the time budget`);
  // Both sides: some mutated files still read (a BOM, CRLF, blank lines), most are refused.
  assertStrictEquals((breakdown.get("read") ?? 0) > 0, true, "no mutated file was read");
  assertStrictEquals((breakdown.get("read") ?? 0) < cases, true, "every mutated file was read");
});

/** Problems of a whole project that may name no line: those of the files, and a model's inputs. */
const PROJECT_FILE_LEVEL = [...FILE_LEVEL, /^what model \w+ reads \(/];

Deno.test("validateProject() reports a mutated file of a copy of data/ as problems, never as an exception", () => {
  const r = prng(SEED + 1);
  const all = subjects();
  const dir = copyOfDataSync();
  const outcomes: string[] = [];
  const findings: string[] = [];
  try {
    for (let i = 0; i < PROJECT_CASES; i++) {
      const subject = r.pick(all);
      const path = join(dir, subject.file);
      const original = Deno.readFileSync(path);
      const { text, applied } = mutate(new TextDecoder().decode(original), r);
      Deno.writeFileSync(path, new TextEncoder().encode(text));
      const label = `project case ${i} (${subject.file}, ${applied.join("+")})`;
      try {
        const { project, problems } = validateProject(dir, { coverage: false });
        const errors = problems.filter((p) => p.severity === "error");
        if ((project === null) !== (errors.length > 0)) {
          findings.push(`${label}: a project ${project ? "despite" : "refused without"} errors`);
        }
        for (const p of problems) {
          const message = formatProblem(p);
          const faults = [
            ...(p.file.startsWith(dir) ? [] : ["names a file outside the project"]),
            ...(p.expected.trim() !== "" ? [] : ["does not say what was expected"]),
            ...(p.severity === "warning" || p.line !== undefined ||
                PROJECT_FILE_LEVEL.some((re) => re.test(p.expected))
              ? []
              : ["names no line"]),
            ...LEAKS.filter((w) => message.includes(w) && !text.includes(w)).map((w) =>
              `says "${w}"`
            ),
          ];
          if (faults.length > 0) {
            findings.push(`${label}: a problem ${faults.join(", ")}: ${message}`);
          }
        }
        const first = errors[0] ? formatProblem(errors[0]).slice(dir.length + 1, 160) : "";
        outcomes.push(`${label}: ${errors.length} errors${first ? `, ${first}` : ""}`);
      } catch (error) {
        findings.push(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      Deno.writeFileSync(path, original);
    }
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
  console.log(outcomes.join("\n"));
  assertStrictEquals(findings.length, 0, findings.join("\n"));
  // Both sides: a mutation that keeps the file valid (CRLF, a BOM) is accepted, others refused.
  assertStrictEquals(outcomes.some((o) => !/: 0 errors$/.test(o)), true, "no case was refused");
});
