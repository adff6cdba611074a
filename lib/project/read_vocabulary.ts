/**
 * Reading the shared vocabularies of `data/vocab/`: unit atoms, document kinds, qualifiers,
 * set-aside reasons. They are data, so that a new unit or kind needs no code.
 *
 * @module
 */
import { join } from "node:path";
import { z } from "zod";
import {
  type UnitDefinition,
  type UnitVocabulary,
  unitVocabulary,
} from "../units/unit_vocabulary.ts";
import { type ProblemSink, readTableRows } from "./table_rows.ts";
import {
  type DocumentKind,
  type Qualifier,
  type QualifierDefinition,
  QUALIFIERS,
  type SetAsideReason,
} from "./types.ts";

/** The vocabularies. */
export interface Vocabularies {
  /** Unit atoms. */
  readonly units: UnitVocabulary;
  /** Document kinds. */
  readonly kinds: ReadonlyMap<string, DocumentKind>;
  /** Qualifiers. */
  readonly qualifiers: ReadonlyMap<Qualifier, QualifierDefinition>;
  /** Set-aside reasons. */
  readonly setAsideReasons: ReadonlyMap<string, SetAsideReason>;
}

/** The columns of each vocabulary file of `data/vocab/`, by file name (without `.csv`). */
export const VOCABULARY_COLUMNS = {
  units: {
    required: [
      "unit",
      "aliases",
      "dimension",
      "factor",
      "label_fr",
      "label_fr_one",
      "label_en",
      "label_en_one",
    ],
    optional: ["note"],
  },
  kinds: { required: ["kind", "label_fr", "label_en"] },
  qualifiers: { required: ["qualifier", "label_fr", "label_en", "phrases", "rule"] },
  set_aside_reasons: { required: ["reason", "applies_to", "label_fr", "label_en", "description"] },
} as const;

/**
 * Reads `<dir>/vocab/*.csv`.
 *
 * @param dir The project folder.
 * @param problems Where problems go.
 * @returns The vocabularies (possibly incomplete when there were problems).
 */
export function readVocabularies(dir: string, problems: ProblemSink): Vocabularies {
  const units: UnitDefinition[] = [];
  const unitTable = readTableRows(
    join(dir, "vocab", "units.csv"),
    VOCABULARY_COLUMNS.units,
    problems,
  );
  // The line where each name (an id or an alias) is defined: a name stands for one atom.
  const lineOf = new Map<string, number>();
  for (const row of unitTable?.rows ?? []) {
    const unit = row.text("unit", true);
    const factor = row.number("factor", true);
    if (unit === null || factor === null) continue;
    if (!(factor > 0)) {
      row.problem("factor", "a positive factor", { value: String(factor) });
      continue;
    }
    const aliases = (row.text("aliases") ?? "").split("|").map((a) => a.trim())
      .filter((a) => a !== "");
    const names = [unit, ...aliases];
    const twice = names.findIndex((name, i) => lineOf.has(name) || names.indexOf(name) !== i);
    if (twice >= 0) {
      const name = names[twice]!;
      const first = lineOf.get(name);
      const also = first === undefined ? "in this row" : `on line ${first}`;
      row.problem(twice === 0 ? "unit" : "aliases", `a unit name used once (it is also ${also})`, {
        value: name,
      });
      continue;
    }
    for (const name of names) lineOf.set(name, row.line);
    units.push({
      unit,
      aliases,
      dimension: row.text("dimension"),
      factor,
      label_fr: row.text("label_fr") ?? "",
      label_fr_one: row.text("label_fr_one") ?? "",
      label_en: row.text("label_en") ?? "",
      label_en_one: row.text("label_en_one") ?? "",
    });
  }
  let vocabulary: UnitVocabulary;
  try {
    vocabulary = unitVocabulary(units);
  } catch (error) {
    problems.push({
      severity: "error",
      file: join(dir, "vocab", "units.csv"),
      expected: (error as Error).message,
    });
    vocabulary = unitVocabulary([]);
  }
  const kinds = new Map<string, DocumentKind>();
  for (
    const row of readTableRows(join(dir, "vocab", "kinds.csv"), {
      ...VOCABULARY_COLUMNS.kinds,
    }, problems)?.rows ?? []
  ) {
    const kind = row.text("kind", true);
    if (kind !== null) {
      kinds.set(kind, {
        kind,
        label_fr: row.text("label_fr") ?? kind,
        label_en: row.text("label_en") ?? kind,
      });
    }
  }
  const qualifiers = new Map<Qualifier, QualifierDefinition>();
  for (
    const row of readTableRows(join(dir, "vocab", "qualifiers.csv"), {
      ...VOCABULARY_COLUMNS.qualifiers,
    }, problems)?.rows ?? []
  ) {
    const q = row.parsed(
      "qualifier",
      z.enum(QUALIFIERS as [Qualifier, ...Qualifier[]]),
      `one of ${QUALIFIERS.join(", ")}`,
      true,
    );
    if (q === null) continue;
    qualifiers.set(q, {
      qualifier: q,
      label_fr: row.text("label_fr") ?? q,
      label_en: row.text("label_en") ?? q,
      phrases: (row.text("phrases") ?? "").split("|").map((p) => p.trim()).filter((p) => p !== ""),
      rule: row.text("rule") ?? "",
    });
  }
  const reasons = new Map<string, SetAsideReason>();
  for (
    const row of readTableRows(join(dir, "vocab", "set_aside_reasons.csv"), {
      ...VOCABULARY_COLUMNS.set_aside_reasons,
    }, problems)?.rows ?? []
  ) {
    const reason = row.text("reason", true);
    const appliesTo = row.parsed(
      "applies_to",
      z.enum(["number", "relation"]),
      "number or relation",
      true,
    );
    if (reason === null || appliesTo === null) continue;
    reasons.set(reason, {
      reason,
      applies_to: appliesTo,
      label_fr: row.text("label_fr") ?? reason,
      label_en: row.text("label_en") ?? reason,
      description: row.text("description") ?? "",
    });
  }
  return { units: vocabulary, kinds, qualifiers, setAsideReasons: reasons };
}
