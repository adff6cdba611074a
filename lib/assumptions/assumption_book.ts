/**
 * The assumptions and scenarios of `data/`, loaded, checked against the figures, and indexed by
 * id.
 *
 * @module
 */
import { DataError, UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { checkForeignKeys, DATA_DIR, joinPath } from "../data/dataset.ts";
import { defaultFigureBook, type FigureBook } from "../data/figures.ts";
import { type LoadedTable, loadTableFile } from "../data/load_table.ts";
import type { ColumnSpec } from "../data/table_spec.ts";
import {
  type AssumptionRow,
  assumptionsTable,
  type ScenarioOverrideRow,
  scenarioOverridesTable,
  type ScenarioRow,
  scenariosTable,
} from "../data/tables/mod.ts";

/** An assumption with its base value resolved. */
export interface Assumption extends AssumptionRow {
  /** The base value: the memo figure's, or the outside value; `null` when neither gives one. */
  base: number | null;
  /** Where the base value comes from: a memo id (`aacocq`) or the outside reference. */
  source: string;
}

/** A scenario with its overrides. */
export interface Scenario extends ScenarioRow {
  /** Assumption id → value (in the assumption's unit). */
  overrides: Record<string, number>;
}

/** Assumptions and scenarios by id. */
export interface AssumptionBook {
  /** Every assumption id, in file order. */
  ids: readonly string[];
  /** Every scenario id, in file order (`memo` first). */
  scenarioIds: readonly string[];
  /** The assumption; an unknown id throws an error naming close matches. */
  get(id: string): Assumption;
  /** The scenario; an unknown id throws an error naming close matches. */
  scenario(id: string): Scenario;
  /** The assumptions a model reads, in file order. */
  forModel(model: string): Assumption[];
}

/** Options for {@linkcode loadAssumptionBook}. */
export interface LoadAssumptionBookOptions {
  /** The folder holding the CSV files. @default the project's `data/` */
  dir?: string | URL;
  /** The figures the base values come from. @default the project's figures */
  figures?: FigureBook;
}

function baseOf(row: AssumptionRow, figures: FigureBook, file: string, r: number) {
  if (row.base_figure_id === null) {
    return { base: row.base_value, source: row.outside_source ?? "" };
  }
  const fig = figures.get(row.base_figure_id);
  const fail = (expected: string, value: string) =>
    new DataError({ file, row: r, column: "base_figure_id", value, expected });
  if (row.unit === "year" && fig.unit === "date") {
    const year = Number((fig.period ?? "").slice(0, 4));
    if (!Number.isInteger(year) || year === 0) {
      throw fail("a figure whose period starts with a year", row.base_figure_id);
    }
    return { base: year, source: fig.source_id };
  }
  if (fig.unit !== row.unit) {
    throw fail(
      `a figure in ${row.unit} (the assumption's unit); ${fig.figure_id} is in ${fig.unit}`,
      row.base_figure_id,
    );
  }
  if (fig.value === null) throw fail("a figure with a value", row.base_figure_id);
  if (fig.value < row.min || fig.value > row.max) {
    throw fail(
      `a figure within [${row.min}, ${row.max}]; its value is ${fig.value}`,
      fig.figure_id,
    );
  }
  return { base: fig.value, source: fig.source_id };
}

/**
 * Loads `assumptions.csv`, `scenarios.csv` and `scenario_overrides.csv`, checks each reference
 * (base figure, scenario, assumption), that each base figure is in the assumption's unit, and
 * that each scenario value has the assumption's unit and lies within its bounds.
 *
 * @param options Folder and figures.
 * @returns The book.
 * @throws {DataError} Naming file, row, column, value and what was expected.
 *
 * @example The memo's minimal indirect savings, and the scenario that drops them
 * ```ts
 * import { loadAssumptionBook } from "./assumption_book.ts";
 * import { strictEqual } from "node:assert/strict";
 * const book = loadAssumptionBook();
 * strictEqual(book.get("fiscal.indirect_savings").base, 400);
 * strictEqual(book.scenario("no_indirect_savings").overrides["fiscal.indirect_savings"], 0);
 * ```
 */
export function loadAssumptionBook(options: LoadAssumptionBookOptions = {}): AssumptionBook {
  const dir = options.dir ?? DATA_DIR;
  const figures = options.figures ?? defaultFigureBook();
  const assumptions = loadTableFile(assumptionsTable, joinPath(dir, assumptionsTable.path));
  const scenarios = loadTableFile(scenariosTable, joinPath(dir, scenariosTable.path));
  const overrides = loadTableFile(
    scenarioOverridesTable,
    joinPath(dir, scenarioOverridesTable.path),
  );
  const figureTable = {
    spec: { name: "figures" },
    rows: figures.ids.map((figure_id) => ({ figure_id })),
  } as unknown as LoadedTable<readonly ColumnSpec[]>;
  const loaded = new Map<string, LoadedTable<readonly ColumnSpec[]>>([
    ["figures", figureTable],
  ]);
  checkForeignKeys(assumptions, loaded);
  loaded.set("assumptions", assumptions);
  loaded.set("scenarios", scenarios);
  checkForeignKeys(overrides, loaded);

  const byId = new Map<string, Assumption>();
  assumptions.rows.forEach((row, i) => {
    byId.set(row.assumption_id, { ...row, ...baseOf(row, figures, assumptions.file, i + 2) });
  });
  const scenarioById = new Map<string, Scenario>();
  for (const row of scenarios.rows) scenarioById.set(row.scenario_id, { ...row, overrides: {} });
  overrides.rows.forEach((row: ScenarioOverrideRow, i) => {
    const a = byId.get(row.assumption_id)!;
    const at = { file: overrides.file, row: i + 2 };
    if (row.unit !== a.unit) {
      throw new DataError({
        ...at,
        column: "unit",
        value: row.unit,
        expected: `${a.unit}, the unit of ${a.assumption_id}`,
      });
    }
    if (row.value < a.min || row.value > a.max) {
      throw new DataError({
        ...at,
        column: "value",
        value: String(row.value),
        expected: `a value within [${a.min}, ${a.max}] ${a.unit} for ${a.assumption_id}`,
      });
    }
    scenarioById.get(row.scenario_id)!.overrides[row.assumption_id] = row.value;
  });
  const ids = [...byId.keys()];
  const scenarioIds = [...scenarioById.keys()];
  return {
    ids,
    scenarioIds,
    get(id) {
      const found = byId.get(id);
      if (!found) throw new UnknownIdError("assumption", id, closeMatches(id, ids));
      return found;
    },
    scenario(id) {
      const found = scenarioById.get(id);
      if (!found) throw new UnknownIdError("scenario", id, closeMatches(id, scenarioIds));
      return found;
    },
    forModel: (model) => [...byId.values()].filter((a) => a.model === model),
  };
}

let cached: AssumptionBook | undefined;

/**
 * The project's own assumptions and scenarios, loaded once.
 *
 * @returns The cached book.
 */
export function defaultAssumptionBook(): AssumptionBook {
  cached ??= loadAssumptionBook();
  return cached;
}
