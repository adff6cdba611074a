/**
 * The ids an annotation may target (figures, assumptions and claims), as the caller gives them,
 * and finding which kind an id is.
 *
 * Nothing here reads `data/`: the caller builds the ids from the project it loaded and passes
 * them in (see `annotate()`).
 *
 * @module
 */
import type { TargetKind } from "../project/read_annotations.ts";
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";

/** The ids of each target kind: figures, assumptions, claims. */
export type KnownTargets = Readonly<Record<TargetKind, ReadonlySet<string>>>;

/**
 * Finds which kind of target an id is. With `kind` given, the id must be of that kind; without
 * it, the id must be of exactly one kind. An unknown id is refused naming up to three close
 * ids, each once (an id that is both a figure and a claim is suggested once).
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
  const pool = new Set(
    kind === undefined ? Object.values(targets).flatMap((ids) => [...ids]) : targets[kind],
  );
  throw new UnknownIdError(kind ?? "figure, assumption or claim", id, closeMatches(id, pool));
}
