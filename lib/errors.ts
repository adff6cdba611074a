/**
 * The errors recompte raises on bad input. Every message names where the problem is (file, line,
 * column), what was found, what was expected and, where it helps, how to fix it — so that a
 * researcher can mend a spreadsheet without reading the code.
 *
 * @module
 */

/** Where a problem stands, what was found and what was expected. */
export interface DataErrorLocation {
  /** The file (or a label such as `<text>` for CSV given as a string). */
  file: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row?: number;
  /** The 1-based line in the file. */
  line?: number;
  /** The column: a column name, or a 1-based character column when a number. */
  column?: string | number;
  /** The id of the row the problem is on (a figure, claim, assumption…), when it has one. */
  subject?: string;
  /** The value found, as text. */
  value?: string;
  /** What was expected instead. */
  expected: string;
  /** How to fix it, when that is not obvious from `expected`. */
  hint?: string;
}

/**
 * A problem in a data file: missing column, wrong type, empty required cell, duplicate id,
 * unknown reference, unit outside the vocabulary, malformed CSV.
 *
 * @example A wrong type in a cell
 * ```ts
 * import { DataError } from "./errors.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = new DataError({ file: "data/figures.csv", row: 4, column: "value", value: "abc", expected: "a number" });
 * strictEqual(e.message, 'data/figures.csv, row 4, column "value": found "abc", expected a number');
 * const f = new DataError({ file: "f.csv", line: 7, column: 12, value: "a,b", expected: "one field", hint: "quote the field: it contains a comma" });
 * strictEqual(f.message, 'f.csv:7:12: found "a,b", expected one field (quote the field: it contains a comma)');
 * const g = new DataError({ file: "figures.csv", line: 3, column: "value", subject: "x.salary", value: "45 000", expected: "a number" });
 * strictEqual(g.message, 'figures.csv:3 (column "value"): x.salary: found "45 000", expected a number');
 * ```
 */
export class DataError extends Error {
  /** The file. */
  readonly file: string;
  /** Spreadsheet row number (header = 1), when known. */
  readonly row: number | undefined;
  /** The line, when known. */
  readonly line: number | undefined;
  /** The column (name or character column), when known. */
  readonly column: string | number | undefined;
  /** The value found, when known. */
  readonly value: string | undefined;
  /** What was expected. */
  readonly expected: string;
  /** How to fix it. */
  readonly hint: string | undefined;
  /** Further problems found in the same file (the message names the first one). */
  readonly more: DataErrorLocation[];

  /**
   * A data error at a location, with further problems of the same file.
   *
   * @param location Where the problem is and what was expected.
   * @param more Further problems in the same file, listed after the first.
   */
  constructor(location: DataErrorLocation, more: DataErrorLocation[] = []) {
    super(DataError.describe(location) + (more.length > 0 ? ` (and ${more.length} more)` : ""));
    this.name = "DataError";
    this.file = location.file;
    this.row = location.row;
    this.line = location.line;
    this.column = location.column;
    this.value = location.value;
    this.expected = location.expected;
    this.hint = location.hint;
    this.more = more;
  }

  /**
   * One line describing a problem: `file:line:column: …` when the line is known, otherwise
   * `file, row R, column "C": …`.
   *
   * @param l The location.
   * @returns The line of text.
   */
  static describe(l: DataErrorLocation): string {
    let where: string;
    if (l.line !== undefined) {
      where = `${l.file}:${l.line}` + (typeof l.column === "number" ? `:${l.column}` : "");
      if (typeof l.column === "string") where += ` (column "${l.column}")`;
    } else {
      const parts = [l.file];
      if (l.row !== undefined) parts.push(`row ${l.row}`);
      if (l.column !== undefined) parts.push(`column "${l.column}"`);
      where = parts.join(", ");
    }
    if (l.subject !== undefined) where += `: ${l.subject}`;
    const found = l.value === undefined ? "" : `found ${JSON.stringify(l.value)}, `;
    return `${where}: ${found}expected ${l.expected}` + (l.hint ? ` (${l.hint})` : "");
  }
}

/**
 * An id (figure, assumption, claim, scenario…) that does not exist. The message names close
 * matches, each once.
 *
 * @example
 * ```ts
 * import { UnknownIdError } from "./errors.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = new UnknownIdError("figure", "aacocq.payrol", ["aacocq.payroll", "aacocq.payroll"]);
 * strictEqual(e.message, 'Unknown figure id "aacocq.payrol". Did you mean: aacocq.payroll?');
 * ```
 */
export class UnknownIdError extends Error {
  /** What kind of id. */
  readonly kind: string;
  /** The id asked for. */
  readonly id: string;
  /** Close matches, best first. */
  readonly suggestions: string[];

  /**
   * An unknown id, with its close matches.
   *
   * @param kind What kind of id (`figure`, `assumption`, `claim`…).
   * @param id The id that was asked for.
   * @param suggestions Close matches, best first.
   */
  constructor(kind: string, id: string, suggestions: string[]) {
    const unique = [...new Set(suggestions)];
    super(
      `Unknown ${kind} id ${JSON.stringify(id)}.` +
        (unique.length > 0
          ? ` Did you mean: ${unique.join(", ")}?`
          : ` No ${kind} id is close to it.`),
    );
    this.name = "UnknownIdError";
    this.kind = kind;
    this.id = id;
    this.suggestions = unique;
  }
}

/** One problem found while validating a project: an error stops the audit, a warning does not. */
export interface Problem extends DataErrorLocation {
  /** `error` (the project cannot be audited) or `warning` (worth a look). */
  severity: "error" | "warning";
}

/**
 * A problem as one line, `file:line:column: error: …`.
 *
 * @param p The problem.
 * @returns The line.
 *
 * @example
 * ```ts
 * import { formatProblem } from "./errors.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(
 *   formatProblem({ severity: "error", file: "data/memos/x/figures.csv", line: 3, column: 40, value: "45 000", expected: "a plain number such as 45000" }),
 *   'data/memos/x/figures.csv:3:40: error: found "45 000", expected a plain number such as 45000',
 * );
 * ```
 */
export function formatProblem(p: Problem): string {
  const text = DataError.describe(p);
  const colon = text.indexOf(": ");
  return `${text.slice(0, colon)}: ${p.severity}: ${text.slice(colon + 2)}`;
}

/**
 * A project folder that cannot be audited: every error found, not only the first.
 *
 * @example
 * ```ts
 * import { ProjectError } from "./errors.ts";
 * import { match } from "node:assert/strict";
 * const e = new ProjectError([{ severity: "error", file: "a.csv", line: 2, expected: "a number" }]);
 * match(e.message, /1 error/);
 * ```
 */
export class ProjectError extends Error {
  /** Every problem, errors first. */
  readonly problems: readonly Problem[];

  /**
   * A project that cannot be audited, with every problem found.
   *
   * @param problems The problems (errors and warnings).
   */
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    const shown = errors.slice(0, 20).map(formatProblem);
    super(
      `The project has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n` +
        shown.join("\n") +
        (errors.length > shown.length ? `\n… and ${errors.length - shown.length} more` : "") +
        "\nRun `deno task validate` for the full list.",
    );
    this.name = "ProjectError";
    this.problems = problems;
  }
}
