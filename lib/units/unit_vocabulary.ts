/**
 * The atoms units are made of, from `data/vocab/units.csv`: each with its dimension, its factor
 * to the base unit of that dimension, and its French and English labels.
 *
 * @module
 */
import { closeMatches } from "../text/close_matches.ts";

/** One atom of `data/vocab/units.csv`. */
export interface UnitDefinition {
  /** Its id (`CAD`, `workers`). */
  readonly unit: string;
  /** Other names for it (`worker`, `$`). */
  readonly aliases: readonly string[];
  /** Its base dimension (`money`), `date`, or `null` for a pure number (`percent`, `count`). */
  readonly dimension: string | null;
  /** Factor to the base unit of its dimension. */
  readonly factor: number;
  /** French label, plural (`travailleurs`, `M$`). */
  readonly label_fr: string;
  /** French label, singular, used after "par" or "/" (`travailleur`). */
  readonly label_fr_one: string;
  /** English label, plural. */
  readonly label_en: string;
  /** English label, singular. */
  readonly label_en_one: string;
}

/** The atoms, found by id or alias. */
export interface UnitVocabulary {
  /** The atoms in file order. */
  readonly definitions: readonly UnitDefinition[];
  /** The atom with this id or alias. */
  get(name: string): UnitDefinition | undefined;
  /** Ids close to a mistyped one. */
  closeMatches(name: string): string[];
}

/**
 * Builds the vocabulary from its rows.
 *
 * @param definitions The atoms.
 * @returns The vocabulary.
 * @throws {RangeError} When two atoms share a name.
 *
 * @example
 * ```ts
 * import { unitVocabulary } from "./unit_vocabulary.ts";
 * import { strictEqual } from "node:assert/strict";
 * const v = unitVocabulary([{ unit: "workers", aliases: ["worker"], dimension: "workers", factor: 1,
 *   label_fr: "travailleurs", label_fr_one: "travailleur", label_en: "workers", label_en_one: "worker" }]);
 * strictEqual(v.get("worker")?.unit, "workers");
 * ```
 */
export function unitVocabulary(definitions: readonly UnitDefinition[]): UnitVocabulary {
  const byName = new Map<string, UnitDefinition>();
  for (const def of definitions) {
    for (const name of [def.unit, ...def.aliases]) {
      if (byName.has(name)) {
        throw new RangeError(`Unit name ${JSON.stringify(name)} is defined twice`);
      }
      byName.set(name, def);
    }
  }
  const frozen = Object.freeze([...definitions]);
  return Object.freeze({
    definitions: frozen,
    get: (name: string) => byName.get(name),
    closeMatches: (name: string) => closeMatches(name, [...byName.keys()]),
  });
}
