/**
 * What each column of each project table means: the one description from which the Data Package
 * descriptor (`data/datapackage.json`) is written. The loaders check the same columns
 * (`*_COLUMNS` of the readers).
 *
 * @module
 */
import { ASSUMPTION_COLUMNS } from "./read_assumptions.ts";
import { CLAIM_COLUMNS } from "./read_claims.ts";
import { FIGURE_COLUMNS } from "./read_figures.ts";
import { FINDING_COLUMNS, SET_ASIDE_COLUMNS, TIMELINE_COLUMNS } from "./read_memo_extras.ts";
import { ANNOTATION_COLUMNS } from "./read_annotations.ts";

/** A column: its Table Schema type and what it holds. */
export interface ColumnSchema {
  /** Table Schema type. */
  readonly type: "string" | "number" | "integer" | "date";
  /** What it holds, in English. */
  readonly description: string;
  /** Its title in French. */
  readonly title_fr: string;
}

/** A kind of table: its columns and what one row is. */
export interface TableSchema {
  /** What one row is. */
  readonly row: string;
  /** French title. */
  readonly title_fr: string;
  /** The columns, in order. */
  readonly columns: Readonly<Record<string, ColumnSchema>>;
}

const c = (type: ColumnSchema["type"], title_fr: string, description: string): ColumnSchema => ({
  type,
  title_fr,
  description,
});

const DESCRIPTIONS: Readonly<Record<string, ColumnSchema>> = {
  figure_id: c(
    "string",
    "Identifiant",
    "Stable id `<source>.<topic>.<name>`; the first segment is the folder's source.",
  ),
  line: c("integer", "Ligne", "The memo line where the excerpt (or text) starts."),
  section: c("string", "Section", "The nearest heading in the memo, as written."),
  page: c("string", "Page", "The page, where the extraction kept it."),
  excerpt: c(
    "string",
    "Extrait",
    "The memo's words, verbatim (white space may differ): the validator finds them on `line`.",
  ),
  value: c(
    "string",
    "Valeur",
    "The value as the memo prints it, in its unit (2.5 with unit MCAD for « 2,5 millions $ »); a date for unit `date`; empty when the memo lacks it.",
  ),
  value_high: c("number", "Borne haute", "The high end of a range (qualifier `range`)."),
  unit: c(
    "string",
    "Unité",
    "A unit made of the atoms of `vocab/units.csv` (`CAD/worker/year`, `persons`, `MCAD/year`, `date`).",
  ),
  period: c(
    "string",
    "Période",
    "The period the figure refers to: YYYY, YYYY-MM, YYYY-MM-DD, a fiscal year YYYY-YYYY, or a span A/B.",
  ),
  qualifier: c(
    "string",
    "Qualificatif",
    "How the wording qualifies the number (`vocab/qualifiers.csv`): exact, about, more_than, at_least, less_than, range, missing.",
  ),
  read_as: c(
    "string",
    "Lecture",
    "How the value is read when the excerpt gives it in words no number reader knows (« aucun coût net » = 0).",
  ),
  status: c(
    "string",
    "Statut",
    "`draft` for a row drafted by `deno task new-memo` and not yet checked; empty once confirmed.",
  ),
  note: c("string", "Note", "Free note."),
  claim_id: c(
    "string",
    "Affirmation",
    "Stable id of the claim; several rows (readings) may share it.",
  ),
  reading: c(
    "string",
    "Lecture",
    "Empty for a claim with one reading; otherwise a short id per reading.",
  ),
  kind: c(
    "string",
    "Nature",
    "`stated` by the memo, `implied` by its words, or `constructed` by recompte.",
  ),
  quote: c(
    "string",
    "Citation",
    "The memo's words the reading rests on, verbatim, with […] for cuts and [brackets] for insertions.",
  ),
  relation: c(
    "string",
    "Relation",
    "How the stated side stands to the recomputed one: = < > <= >=.",
  ),
  stated: c(
    "string",
    "Chiffre du mémoire",
    "An expression for the memo's side (usually one figure id).",
  ),
  recompute: c(
    "string",
    "Recalcul",
    "An expression recomputing it from other figures or model steps (`model.<model>.<step>`).",
  ),
  says_fr: c("string", "Ce que dit la lecture", "The reading in one plain French sentence."),
  says_en: c(
    "string",
    "Ce que dit la lecture (anglais)",
    "The reading in one plain English sentence.",
  ),
  missing: c(
    "string",
    "Manquant",
    "What the memos lack to check the reading (makes it unverifiable).",
  ),
  finding: c("string", "Constat", "The finding (root discrepancy) this claim follows from."),
  finding_id: c("string", "Constat", "Stable id of the finding."),
  figures: c("string", "Chiffres", "The figures that disagree, space-separated ids."),
  title_fr: c("string", "Titre", "Title in French."),
  title_en: c("string", "Titre (anglais)", "Title in English."),
  explanation_fr: c("string", "Explication", "What happens, in French."),
  explanation_en: c("string", "Explication (anglais)", "What happens, in English."),
  text: c("string", "Texte", "The words, verbatim."),
  reason: c("string", "Raison", "Why it is set aside (`vocab/set_aside_reasons.csv`)."),
  date: c("string", "Date", "YYYY, YYYY-MM or YYYY-MM-DD."),
  event_fr: c("string", "Événement", "What happened, in French."),
  event_en: c("string", "Événement (anglais)", "What happened, in English."),
  assumption_id: c("string", "Hypothèse", "Stable id a model reads."),
  label_fr: c("string", "Libellé", "Label in French."),
  label_en: c("string", "Libellé (anglais)", "Label in English."),
  base: c(
    "string",
    "Base",
    "An expression over memo figures giving the base value (often one figure id).",
  ),
  outside_source: c(
    "string",
    "Source externe",
    "Where a base value not taken from a memo comes from.",
  ),
  low: c("number", "Bas", "Low end of the plausible range."),
  high: c("number", "Haut", "High end of the plausible range."),
  range_origin: c(
    "string",
    "Origine de la plage",
    "Who sets the range: `memo` (its own words), `recompte` or `outside`.",
  ),
  range_reason_fr: c("string", "Raison de la plage (français)", "Why this range, in French."),
  range_reason_en: c("string", "Raison de la plage (anglais)", "Why this range, in English."),
  min: c("number", "Minimum", "Hard lower bound of any value."),
  max: c("number", "Maximum", "Hard upper bound of any value."),
  distribution: c(
    "string",
    "Loi",
    "How the Monte Carlo draws it: fixed, uniform, normal, triangular.",
  ),
  scenario_id: c("string", "Scénario", "Stable id of the scenario."),
  rationale_fr: c("string", "Raison", "Why, in French."),
  rationale_en: c("string", "Raison (anglais)", "Why, in English."),
  annotation_id: c("string", "Annotation", "The annotation's id: a hash of its content."),
  target_kind: c("string", "Cible", "figure, assumption or claim."),
  target_id: c("string", "Identifiant de la cible", "The id annotated."),
  author: c("string", "Auteur", "Who wrote it."),
  stance: c("string", "Position", "questioned, supported, needs_source or note."),
  field: c("string", "Champ", "A field of the source's metadata."),
};

function schema(row: string, title_fr: string, columns: readonly string[]): TableSchema {
  return {
    row,
    title_fr,
    columns: Object.fromEntries(columns.map((name) => {
      const d = DESCRIPTIONS[name];
      if (d === undefined) throw new RangeError(`No description for column ${name}`);
      return [
        name,
        name === "value" && row === "scenario override"
          ? c("number", "Valeur", "The value the scenario sets, in the assumption's unit.")
          : d,
      ];
    })),
  };
}

/** The table kinds of a project folder. */
export const TABLE_SCHEMAS: Readonly<Record<string, TableSchema>> = Object.freeze({
  figures: schema("figure a source states", "Chiffres", [
    ...FIGURE_COLUMNS.required,
    ...FIGURE_COLUMNS.optional,
  ]),
  claims: schema("reading of a claim", "Affirmations", [
    ...CLAIM_COLUMNS.required,
    ...CLAIM_COLUMNS.optional,
  ]),
  findings: schema("root discrepancy", "Constats", FINDING_COLUMNS.required),
  set_aside: schema("number or relation set aside", "Mis de côté", [
    ...SET_ASIDE_COLUMNS.required,
    ...SET_ASIDE_COLUMNS.optional,
  ]),
  timeline: schema("dated event", "Chronologie", [
    ...TIMELINE_COLUMNS.required,
    ...TIMELINE_COLUMNS.optional,
  ]),
  source: {
    row: "field of the source's metadata",
    title_fr: "Source",
    columns: { field: DESCRIPTIONS.field!, value: c("string", "Valeur", "Its value.") },
  },
  assumptions: schema("model input", "Hypothèses", [
    ...ASSUMPTION_COLUMNS.required,
    ...ASSUMPTION_COLUMNS.optional,
  ]),
  scenarios: schema("scenario", "Scénarios", [
    "scenario_id",
    "title_fr",
    "title_en",
    "rationale_fr",
    "rationale_en",
  ]),
  scenario_overrides: schema("scenario override", "Valeurs des scénarios", [
    "scenario_id",
    "assumption_id",
    "value",
    "unit",
  ]),
  annotations: schema("researcher's note", "Annotations", ANNOTATION_COLUMNS),
});
