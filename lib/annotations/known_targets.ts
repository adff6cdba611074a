/**
 * The ids an annotation may target: figures, assumptions and claims.
 *
 * @module
 */
import { DATA_DIR, joinPath, loadDataset } from "../data/dataset.ts";
import type { TargetKind } from "../data/tables/annotations.ts";
import { DataError, UnknownIdError } from "../errors.ts";
import { readCsvFile } from "../io/csv.ts";
import { closeMatches } from "../text/close_matches.ts";

/** The ids of each target kind. */
export type KnownTargets = Record<TargetKind, ReadonlySet<string>>;

/** Options for {@linkcode knownTargets}. */
export interface KnownTargetsOptions {
  /** The folder holding figures.csv, assumptions.csv and claims.csv. @default the project's `data/` */
  dir?: string | URL;
}

/** The id column of each optional target file. */
const ID_FILES = [
  { kind: "assumption", file: "assumptions.csv", column: "assumption_id" },
  { kind: "claim", file: "claims.csv", column: "claim_id" },
] as const;

/**
 * Reads the ids of every figure (`figures.csv`, with the whole dataset checked), assumption
 * (`assumptions.csv`, column `assumption_id`) and claim (`claims.csv`, column `claim_id`). A
 * missing assumptions or claims file counts as holding no ids.
 *
 * @param options The data folder.
 * @returns The ids, by kind.
 * @throws {DataError} If a file is malformed or lacks its id column.
 *
 * @example
 * ```ts
 * import { knownTargets } from "./known_targets.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(knownTargets().figure.has("ctroc.plan.total"), true);
 * ```
 */
export function knownTargets(options: KnownTargetsOptions = {}): KnownTargets {
  const dir = options.dir ?? DATA_DIR;
  const figures = new Set(loadDataset({ dir }).figures.rows.map((r) => r.figure_id));
  const others = Object.fromEntries(ID_FILES.map(({ kind, file, column }) => {
    const path = joinPath(dir, file);
    try {
      Deno.statSync(path);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return [kind, new Set<string>()];
      throw error;
    }
    const raw = readCsvFile(path);
    const j = raw.header.indexOf(column);
    if (j < 0) {
      throw new DataError({
        file: raw.file,
        row: 1,
        column,
        value: raw.header.join(","),
        expected: `a column named "${column}"`,
      });
    }
    return [kind, new Set(raw.rows.flatMap((row) => row[j] ? [row[j]!.trim()] : []))];
  })) as Record<"assumption" | "claim", Set<string>>;
  return { figure: figures, ...others };
}

/**
 * Finds which kind of target an id is. With `kind` given, the id must be of that kind; without
 * it, the id must be of exactly one kind.
 *
 * @param targets The known ids.
 * @param id The id to annotate.
 * @param kind The expected kind, if the caller knows it.
 * @returns The id's kind.
 * @throws {UnknownIdError} For an id of no kind (or not of `kind`), naming close matches.
 * @throws {RangeError} For an id that is both, say, a figure and a claim, and no `kind`.
 *
 * @example
 * ```ts
 * import { resolveTarget } from "./known_targets.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const targets = { figure: new Set(["ctroc.plan.total"]), assumption: new Set<string>(), claim: new Set(["ctroc.plan_total_matches"]) };
 * strictEqual(resolveTarget(targets, "ctroc.plan.total"), "figure");
 * throws(() => resolveTarget(targets, "ctroc.plan.totl"), /Did you mean: ctroc\.plan\.total/);
 * ```
 */
export function resolveTarget(targets: KnownTargets, id: string, kind?: TargetKind): TargetKind {
  const kinds = (Object.keys(targets) as TargetKind[]).filter((k) =>
    (kind === undefined || k === kind) && targets[k].has(id)
  );
  if (kinds.length === 1) return kinds[0]!;
  if (kinds.length > 1) {
    throw new RangeError(
      `Cannot annotate: ${JSON.stringify(id)} is both a ${kinds.join(" and a ")} id; say which ` +
        "(target_kind, or --kind in the command)",
    );
  }
  const pool = kind === undefined
    ? Object.values(targets).flatMap((ids) => [...ids])
    : [...targets[kind]];
  throw new UnknownIdError(
    kind ?? "figure, assumption or claim",
    id,
    closeMatches(id, pool),
  );
}
