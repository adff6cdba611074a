/**
 * Loading a project folder into the project value: every table read, every reference, excerpt,
 * quote, unit and expression checked, every problem collected (not only the first), the result
 * frozen.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { type CompiledExpression, compileExpression, type Scope } from "../expr/compile.ts";
import { ExpressionSyntaxError } from "../expr/syntax.ts";
import { type Problem, ProjectError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { type MemoText, memoText } from "../text/memo_text.ts";
import {
  describeDimension,
  parseUnit,
  sameDimension,
  type Unit,
  UnitSyntaxError,
} from "../units/unit.ts";
import { type CompiledModel, compileModel, ModelDefinitionError } from "../models/model.ts";
import { MODEL_DEFINITIONS } from "../models/registry.ts";
import { evaluate } from "../expr/evaluate.ts";
import { pointDomain } from "../expr/point_domain.ts";
import { readAssumptions, readScenarios } from "./read_assumptions.ts";
import { readClaimRows, type ReadingRow } from "./read_claims.ts";
import { readFigures } from "./read_figures.ts";
import { readFindings, readSetAside, readTimeline } from "./read_memo_extras.ts";
import { readPrintedTables } from "./read_printed_tables.ts";
import { readProjectAnnotations } from "./read_annotations.ts";
import { uncoveredNumbers } from "./coverage.ts";
import { findNumbers } from "../text/find_numbers.ts";
import type { NumberMention } from "../text/number_mention.ts";
import { readSource } from "./read_source.ts";
import { readVocabularies } from "./read_vocabulary.ts";
import { decodeUtf8Strict, InvalidUtf8Error } from "../io/utf8.ts";
import type { TableRow } from "./table_rows.ts";
import type {
  Assumption,
  Claim,
  Figure,
  Finding,
  PrintedTable,
  Project,
  Reading,
  SetAsideEntry,
  Source,
  TimelineEvent,
} from "./types.ts";

/** The result of validating a folder: the project when it has no error, and every problem. */
export interface Validation {
  /** The project, or `null` when there are errors. */
  readonly project: Project | null;
  /** Errors and warnings, in the order found. */
  readonly problems: readonly Problem[];
}

/** The prefix of model outputs in claims: `model.<model>.<step>`. */
export const MODEL_PREFIX = "model.";

function folders(path: string): string[] {
  try {
    return [...Deno.readDirSync(path)].filter((e) => e.isDirectory && !e.name.startsWith(".")).map((
      e,
    ) => e.name)
      .sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

/** The ids, units and models a claim expression may read. */
function claimScope(
  sourceId: string,
  figures: ReadonlyMap<string, Figure>,
  models: ReadonlyMap<string, CompiledModel>,
  outsideIds: ReadonlySet<string>,
): Scope {
  const allowed = (f: Figure) => f.sourceId === sourceId || outsideIds.has(f.sourceId);
  return {
    lookup: (id) => {
      if (id.startsWith(MODEL_PREFIX)) {
        const [, modelId, ...rest] = id.split(".");
        const unit = models.get(modelId ?? "")?.units.get(rest.join("."));
        return unit === undefined ? undefined : { unit };
      }
      const f = figures.get(id);
      return f !== undefined && allowed(f) ? { unit: f.unit } : undefined;
    },
    closeMatches: (id) =>
      closeMatches(id, [
        ...[...figures.values()].filter(allowed).map((f) => f.id),
        ...[...models.values()].flatMap((m) =>
          [...m.units.keys()].map((k) => `${MODEL_PREFIX}${m.definition.id}.${k}`)
        ),
      ]),
  };
}

/** Literals that look like a unit conversion written by hand. */
const SCALE_LITERALS = new Set([100, 1000, 1e6, 1e9, 12]);

function scaleLiterals(e: CompiledExpression): number[] {
  const found: number[] = [];
  const walk = (n: CompiledExpression["syntax"]): void => {
    if (n.kind === "number" && n.unit === null && SCALE_LITERALS.has(n.value)) found.push(n.value);
    if (n.kind === "neg") walk(n.arg);
    if (n.kind === "binary") {
      walk(n.left);
      walk(n.right);
    }
    if (n.kind === "call") n.args.forEach(walk);
  };
  walk(e.syntax);
  return found;
}

/**
 * Validates a project folder: reads everything, checks everything, and returns the project when
 * there is no error, with every problem found.
 *
 * @param dir The project folder (`data`).
 * @param options `coverage: false` skips the check that every number of each memo is a figure or
 *   set aside (a warning-only check; `loadProject` skips it, `deno task validate` runs it).
 * @returns The project (or `null`) and the problems.
 *
 * @example
 * ```ts
 * import { validateProject } from "./load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const v = validateProject("data");
 * strictEqual(v.problems.filter((p) => p.severity === "error").length, 0);
 * ```
 */
export function validateProject(dir: string, options: { coverage?: boolean } = {}): Validation {
  const problems: Problem[] = [];
  const error = (file: string, expected: string, extra: Partial<Problem> = {}) =>
    problems.push({ severity: "error", file, expected, ...extra });
  try {
    if (!Deno.statSync(dir).isDirectory) {
      error(dir, "a project folder (it is a file)");
      return { project: null, problems };
    }
  } catch (e) {
    error(
      dir,
      e instanceof Deno.errors.NotFound
        ? "a project folder (it does not exist)"
        : `a readable folder (${(e as Error).message})`,
    );
    return { project: null, problems };
  }
  const vocab = readVocabularies(dir, problems);
  const { units } = vocab;
  const sources = new Map<string, Source>();
  const texts = new Map<string, MemoText>();
  const figures = new Map<string, Figure>();
  const readingRows: ReadingRow[] = [];
  const findings = new Map<string, Finding>();
  const setAside: SetAsideEntry[] = [];
  const timeline: TimelineEvent[] = [];
  const tables = new Map<string, PrintedTable>();
  const unreadableFigures: string[] = [];
  const mentionsOf = new Map<string, readonly NumberMention[]>();
  const addFigures = (path: string, list: Figure[] | null) => {
    if (list === null) {
      unreadableFigures.push(path);
      return;
    }
    for (const f of list) {
      const other = figures.get(f.id);
      if (other) {
        error(f.file, `a figure id used once (also ${other.file}:${other.line})`, {
          line: f.line,
          value: f.id,
        });
      } else figures.set(f.id, f);
    }
  };

  const memoIds = folders(join(dir, "memos"));
  if (memoIds.length === 0) {
    error(join(dir, "memos"), "a folder per memo (data/memos/<id>/)", {
      hint: "run `deno task new-memo <id> <text-file>`",
    });
  }
  for (const id of memoIds) {
    const folder = join(dir, "memos", id);
    if (!/^[a-z][a-z0-9_]*$/.test(id)) {
      error(folder, "a memo folder named as an id (lower-case letters, digits, _)", { value: id });
      continue;
    }
    const source = readSource(
      join(folder, "source.csv"),
      id,
      "memo",
      relative(dir, folder),
      vocab.kinds,
      problems,
    );
    let text: MemoText | null = null;
    try {
      const bytes = Deno.readFileSync(join(folder, "memo.txt"));
      text = memoText(decodeUtf8Strict(bytes, join(folder, "memo.txt")).replace(/^\uFEFF/, ""));
      if (source?.sha256) {
        const digest = createHash("sha256").update(bytes).digest("hex");
        if (digest !== source.sha256) {
          problems.push({
            severity: "warning",
            file: join(folder, "memo.txt"),
            expected: `the text whose SHA-256 source.csv records (${source.sha256.slice(0, 12)}…)`,
            value: digest.slice(0, 12) + "…",
            hint: "if the memo text was corrected on purpose, record its new SHA-256 in source.csv",
          });
        }
      }
    } catch (e) {
      const file = join(folder, "memo.txt");
      if (e instanceof InvalidUtf8Error) {
        // Where the first byte that is not UTF-8 is: line, byte offset, the bytes found.
        const { line, value, expected, hint } = e;
        error(file, expected, {
          ...(line === undefined ? {} : { line }),
          ...(value === undefined ? {} : { value }),
          ...(hint ? { hint } : {}),
        });
      } else if (e instanceof Deno.errors.NotFound) {
        error(file, "the memo's text (memo.txt is missing)");
      } else if (
        e instanceof Error && Object.values(Deno.errors).some((kind) => e instanceof kind)
      ) {
        error(file, `the memo's text, readable (${e.message})`);
      } else throw e;
    }
    if (text === null) {
      // Its figures cannot be checked against their excerpts: what reads them is checked later.
      unreadableFigures.push(join(folder, "memo.txt"));
      continue;
    }
    // A source whose metadata has errors is still read through, so that every problem shows.
    if (source !== null) sources.set(id, source);
    texts.set(id, text);
    const memoText_ = text;
    const found = () => {
      let m = mentionsOf.get(id);
      if (m === undefined) mentionsOf.set(id, m = findNumbers(memoText_.raw));
      return m;
    };
    addFigures(
      join(folder, "figures.csv"),
      readFigures(join(folder, "figures.csv"), id, text, units, problems, found),
    );
    readingRows.push(...readClaimRows(join(folder, "claims.csv"), id, text, problems));
    for (const f of readFindings(join(folder, "findings.csv"), id, problems)) findings.set(f.id, f);
    setAside.push(
      ...readSetAside(join(folder, "set_aside.csv"), id, text, vocab.setAsideReasons, problems),
    );
    timeline.push(...readTimeline(join(folder, "timeline.csv"), id, problems));
    for (const t of readPrintedTables(folder, id, problems)) tables.set(t.id, t);
  }
  const outsideIds = new Set<string>();
  for (const id of folders(join(dir, "outside"))) {
    const folder = join(dir, "outside", id);
    if (sources.has(id)) {
      error(folder, "an outside source id that is not a memo's", { value: id });
      continue;
    }
    const source = readSource(
      join(folder, "source.csv"),
      id,
      "outside",
      relative(dir, folder),
      vocab.kinds,
      problems,
    );
    // A source.csv with a problem is reported once; its figures are still read, so that the
    // claims citing them are not reported too.
    if (source !== null) sources.set(id, source);
    outsideIds.add(id);
    addFigures(
      join(folder, "figures.csv"),
      readFigures(join(folder, "figures.csv"), id, null, units, problems),
    );
  }

  // A figures file that could not be read at all would make every reference to its figures an
  // error: report the file, and check the references once it reads.
  if (unreadableFigures.length > 0) {
    problems.push({
      severity: "warning",
      file: unreadableFigures[0]!,
      expected:
        "a readable memo text and figures file: assumptions, models and claims are checked once they read",
    });
    return { project: null, problems };
  }

  // Assumptions: compile each base expression over the figures.
  const figureScope: Scope = {
    lookup: (id) => {
      const f = figures.get(id);
      return f ? { unit: f.unit } : undefined;
    },
    closeMatches: (id) => closeMatches(id, figures.keys()),
  };
  const assumptionRows = readAssumptions(dir, units, problems);
  const assumptions = new Map<string, Assumption>();
  for (const a of assumptionRows.values()) {
    let baseExpression: CompiledExpression | null = null;
    let base = a.value;
    if (a.baseText !== null) {
      baseExpression = compileOn(a.row, "base", a.baseText, figureScope, units);
      if (baseExpression !== null) {
        if (!sameDimension(baseExpression, a.unit)) {
          a.row.problem(
            "base",
            `an expression in ${a.unit.text}, not ${
              describeDimension(baseExpression.exponents, baseExpression.date)
            }`,
            {
              value: a.baseText,
            },
          );
          baseExpression = null;
        } else if (baseExpression.ids.some((id) => figures.get(id)?.qualifier === "missing")) {
          a.row.problem("base", "figures the memo gives (one of them is missing)", {
            value: a.baseText,
          });
          baseExpression = null;
        } else if (
          baseExpression.ids.some((id) => figures.get(id)!.value === null && !figures.get(id)!.date)
        ) {
          // A figure whose value was refused has its own problem: it is not read as 0 here.
          baseExpression = null;
        } else {
          const point = evaluate(
            baseExpression,
            pointDomain,
            (id) => figurePointBase(figures.get(id)!),
          );
          base = round12(point / a.unit.factor);
          if (base < a.min || base > a.max) {
            a.row.problem("base", `a base within [${a.min}, ${a.max}]`, { value: String(base) });
          }
        }
      }
    }
    const { row: _row, baseText: _b, value: _v, ...rest } = a;
    assumptions.set(a.id, Object.freeze({ ...rest, baseExpression, base }));
  }
  const scenarios = readScenarios(dir, assumptions, problems);

  // Models.
  const models = new Map<string, CompiledModel>();
  for (const definition of MODEL_DEFINITIONS) {
    try {
      models.set(
        definition.id,
        compileModel(definition, (id) => assumptions.get(id)?.unit ?? figures.get(id)?.unit, units),
      );
    } catch (e) {
      if (!(e instanceof ModelDefinitionError)) throw e;
      error(join(dir, "assumptions.csv"), `what model ${definition.id} reads (${e.message})`, {
        hint: "a model reads assumptions by id; check assumptions.csv",
      });
    }
  }

  // Claims: group readings, compile both sides, check units.
  const claims: Claim[] = [];
  const byId = new Map<string, ReadingRow[]>();
  for (const r of readingRows) {
    const list = byId.get(r.claimId);
    if (list) list.push(r);
    else byId.set(r.claimId, [r]);
  }
  for (const [claimId, rows] of byId) {
    const first = rows[0]!;
    const sourceId = claimId.split(".")[0]!;
    const scope = claimScope(sourceId, figures, models, outsideIds);
    if (rows.length > 1) {
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.reading === "") {
          r.row.problem("reading", "a reading id: the claim has several readings");
        } else if (seen.has(r.reading)) {
          r.row.problem("reading", "a reading id used once per claim", { value: r.reading });
        }
        seen.add(r.reading);
        if (r.kind !== first.kind) {
          r.row.problem("kind", `the kind of the claim's first reading (${first.kind})`, {
            value: r.kind,
          });
        }
        if (r.finding !== first.finding) {
          r.row.problem(
            "finding",
            `the finding of the claim's first reading (${first.finding ?? "none"})`,
            { value: r.finding },
          );
        }
      }
    }
    const readings: Reading[] = [];
    for (const r of rows) {
      let unit: Unit | null = null;
      try {
        unit = parseUnit(r.unit, units);
      } catch (e) {
        if (!(e instanceof UnitSyntaxError)) throw e;
        r.row.problem("unit", "a unit of data/vocab/units.csv", { value: r.unit });
      }
      const stated = r.stated === null ? null : compileOn(r.row, "stated", r.stated, scope, units);
      const recompute = r.recompute === null
        ? null
        : compileOn(r.row, "recompute", r.recompute, scope, units);
      let ok = unit !== null && (r.stated === null || stated !== null) &&
        (r.recompute === null || recompute !== null);
      for (const [column, e] of [["stated", stated], ["recompute", recompute]] as const) {
        if (e === null || unit === null) continue;
        if (!sameDimension(e, unit)) {
          ok = false;
          r.row.problem(
            column,
            `an expression in ${unit.text} (${
              describeDimension(unit.exponents, unit.date)
            }), the claim's unit`,
            {
              value: `${e.text} gives ${describeDimension(e.exponents, e.date)}`,
              hint:
                "convert explicitly (× a ratio figure, or × 1[unit/unit] in a reading that says why), or fix the unit",
            },
          );
        }
        const scales = scaleLiterals(e);
        if (scales.length > 0) {
          r.row.problem(
            column,
            "no hand-written scale: units convert on their own (percent is 0.01, MCAD is 10⁶ CAD)",
            {
              value: `${scales.join(", ")} in ${e.text}`,
              severity: "warning",
              hint: "if the number is a true count, write it with its unit, e.g. 12[months/year]",
            },
          );
        }
        const missingIds = e.ids.filter((id) => figures.get(id)?.qualifier === "missing");
        if (missingIds.length > 0 && r.missing === null) {
          ok = false;
          r.row.problem("missing", `what the memos lack: ${missingIds.join(", ")} has no value`);
        }
      }
      if (r.missing === null && (stated === null || recompute === null)) ok = false;
      if (r.finding !== null && !findings.has(r.finding)) {
        r.row.problem("finding", "a finding of the memo's findings.csv", { value: r.finding });
      }
      if (!ok || unit === null) continue;
      readings.push(Object.freeze({
        file: r.row.file,
        line: r.row.line,
        claimId,
        reading: r.reading,
        quote: r.quote,
        quoteSpans: r.quoteSpans,
        relation: r.relation,
        stated,
        recompute,
        unit,
        says_fr: r.says_fr,
        says_en: r.says_en,
        missing: r.missing,
        note: r.note,
      }));
    }
    if (readings.length === rows.length) {
      claims.push(Object.freeze({
        id: claimId,
        sourceId,
        kind: first.kind,
        finding: first.finding,
        readings: Object.freeze(readings),
      }));
    }
  }
  for (const f of findings.values()) {
    for (const id of f.figures) {
      if (!figures.has(id)) {
        error(f.file, `figure ids in column "figures"`, { line: f.line, value: id });
      }
    }
  }
  for (const e of timeline) {
    if (e.figureId !== null && !figures.has(e.figureId)) {
      error(e.file, "a figure id", { line: e.line, value: e.figureId });
    }
  }
  for (const t of tables.values()) {
    const idField = t.fields.find((f) => f.type === "figure_id");
    if (!idField) continue;
    t.rows.forEach((row, i) => {
      const id = row[idField.name];
      if (typeof id !== "string") return;
      const line = t.lines[i];
      const f = figures.get(id);
      if (!f) {
        error(t.file, "a figure id", { line, column: idField.name, value: id });
        return;
      }
      for (const field of t.fields) {
        const v = row[field.name];
        if (
          field.type === "number" && typeof v === "number" && field.unit === f.unit.text &&
          v !== f.value
        ) {
          error(t.file, `${f.value}, the value of figure ${id}`, {
            line,
            column: field.name,
            subject: id,
            value: String(v),
          });
        }
      }
    });
  }
  const figuresBySource = groupBy([...figures.values()], (f) => f.sourceId);
  const asideBySource = groupBy(setAside, (s) => s.sourceId);
  for (const [id, text] of options.coverage === false ? [] : texts) {
    for (
      const m of uncoveredNumbers(
        text,
        figuresBySource.get(id) ?? [],
        asideBySource.get(id) ?? [],
        mentionsOf.get(id) ?? findNumbers(text.raw),
      )
    ) {
      problems.push({
        severity: "warning",
        file: join(dir, "memos", id, "memo.txt"),
        line: m.line,
        column: m.column,
        value: m.text.replace(/\s+/g, " "),
        expected:
          `a figure for this number, or an entry in set_aside.csv with its reason (it reads as ${m.role})`,
        hint: "`deno task new-memo` drafts both; see docs/adding_a_memo.md",
      });
    }
  }
  const annotations = readProjectAnnotations(join(dir, "annotations.csv"), problems);
  const targets = {
    figure: figures,
    assumption: assumptions,
    claim: new Map(claims.map((c) => [c.id, c])),
  };
  for (const a of annotations) {
    const known = targets[a.target_kind as keyof typeof targets];
    if (known && !known.has(a.target_id)) {
      problems.push({
        severity: "warning",
        file: join(dir, "annotations.csv"),
        value: a.target_id,
        expected: `the id of a ${a.target_kind} (it may have been renamed)`,
      });
    }
  }

  if (problems.some((p) => p.severity === "error")) return { project: null, problems };
  const sortedScenarios = new Map(
    [...scenarios].sort(([a], [b]) => (a === "memo" ? -1 : b === "memo" ? 1 : 0)),
  );
  const project: Project = Object.freeze({
    dir,
    units,
    kinds: vocab.kinds,
    qualifiers: vocab.qualifiers,
    setAsideReasons: vocab.setAsideReasons,
    sources,
    memoIds: Object.freeze([...texts.keys()]),
    texts,
    figures,
    tables,
    claims: Object.freeze(claims),
    findings,
    setAside: Object.freeze(setAside),
    timeline: Object.freeze([...timeline].sort((a, b) => a.date.start - b.date.start)),
    assumptions,
    scenarios: sortedScenarios,
    models,
    annotations: Object.freeze(annotations),
    warnings: Object.freeze(problems.filter((p) => p.severity === "warning")),
  });
  return { project, problems };
}

/**
 * Loads a project folder.
 *
 * @param dir The project folder (`data`).
 * @returns The project, frozen.
 * @throws {ProjectError} Listing every error found (`deno task validate` prints them all, with the
 *   warnings, the coverage of every memo's numbers among them).
 *
 * @example
 * ```ts
 * import { loadProject } from "./load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * strictEqual(project.figures.get("aacocq.payroll_example.salary")?.value, 45000);
 * ```
 */
export function loadProject(dir: string): Project {
  const { project, problems } = validateProject(dir, { coverage: false });
  if (project === null) throw new ProjectError(problems);
  return project;
}

function compileOn(
  row: TableRow,
  column: string,
  text: string,
  scope: Scope,
  units: Project["units"],
): CompiledExpression | null {
  try {
    return compileExpression(text, scope, units);
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) {
      row.problem(column, e.expected, {
        value: shortened(text),
        hint: `at character ${e.position + 1}`,
      });
      return null;
    }
    if (e instanceof TypeError && e.name === "ExpressionUnitError") {
      row.problem(column, e.message.replace(/^In "[^"]*": /, "an expression whose terms agree: "), {
        value: text,
      });
      return null;
    }
    throw e;
  }
}

/** An expression as a problem shows it: a hostile one (5 000 parentheses) cut to its start. */
function shortened(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A figure's point value in base units: its value, or the start of its date. */
function figurePointBase(f: Figure): number {
  if (f.date) return f.date.start;
  return (f.value ?? 0) * f.unit.factor;
}

function round12(x: number): number {
  return Number(x.toPrecision(12));
}
