/**
 * Every table of `data/`, for the Data Package descriptor: the memo tables, then the tables the
 * models, the audit and the annotations add.
 *
 * @module
 */
import type { TableSpec } from "./table_spec.ts";
import { MEMO_TABLES } from "./dataset.ts";
import {
  annotationsTable,
  assumptionsTable,
  claimsTable,
  scenarioOverridesTable,
  scenariosTable,
} from "./tables/mod.ts";

/** Every table of `data/`, in descriptor order. */
export const ALL_TABLES: readonly TableSpec[] = [
  ...MEMO_TABLES,
  assumptionsTable,
  scenariosTable,
  scenarioOverridesTable,
  claimsTable,
  annotationsTable,
];
