/**
 * The project value: everything in a data folder, read, validated and frozen. Every model,
 * claim, chart, analysis, report and notebook takes it explicitly.
 *
 * @module
 */
import type { CompiledExpression } from "../expr/compile.ts";
import type { MemoText, TextSpan } from "../text/memo_text.ts";
import type { Unit } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import type { Problem } from "../errors.ts";
import type { CalendarDate } from "./calendar_date.ts";
import type { CompiledModel } from "../models/model.ts";

/** Where a row stands in its file. */
export interface RowPlace {
  /** The file, relative to the project folder's parent when possible. */
  readonly file: string;
  /** The line where the row starts. */
  readonly line: number;
}

/** How a figure's wording qualifies it. */
export type Qualifier =
  | "exact"
  | "defined"
  | "about"
  | "more_than"
  | "at_least"
  | "less_than"
  | "range"
  | "missing";

/** The qualifiers, in the order of `data/vocab/qualifiers.csv`. */
export const QUALIFIERS: readonly Qualifier[] = Object.freeze([
  "exact",
  "defined",
  "about",
  "more_than",
  "at_least",
  "less_than",
  "range",
  "missing",
]);

/** A document kind of `data/vocab/kinds.csv`. */
export interface DocumentKind {
  /** Its id. */
  readonly kind: string;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
}

/** A qualifier of `data/vocab/qualifiers.csv`. */
export interface QualifierDefinition {
  /** Its id. */
  readonly qualifier: Qualifier;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** Phrases that signal it in French text. */
  readonly phrases: readonly string[];
  /** The rule, in words. */
  readonly rule: string;
}

/** A reason a number or relation may be set aside (`data/vocab/set_aside_reasons.csv`). */
export interface SetAsideReason {
  /** Its id. */
  readonly reason: string;
  /** What it applies to. */
  readonly applies_to: "number" | "relation";
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** What it means. */
  readonly description: string;
}

/** A memo, or a source outside the memos. */
export interface Source extends RowPlace {
  /** Its id: the first segment of its figure ids. */
  readonly id: string;
  /** `memo` (under `memos/`, with its text) or `outside` (under `outside/`). */
  readonly role: "memo" | "outside";
  /** The folder, relative to the project folder. */
  readonly folder: string;
  /** Publisher. */
  readonly publisher: string;
  /** Title. */
  readonly title: string;
  /** Publication date. */
  readonly date: CalendarDate;
  /** Kind of document (`data/vocab/kinds.csv`). */
  readonly kind: string;
  /** Language (`fr`, `en`). */
  readonly language: string;
  /** Where it can be read, when known. */
  readonly url: string | null;
  /** When `url` was read, when known. */
  readonly accessed: string | null;
  /** Its licence or terms of reuse, when known. */
  readonly licence: string | null;
  /** The file name it was received under. */
  readonly original_file: string | null;
  /** SHA-256 of `memo.txt`, when recorded. */
  readonly sha256: string | null;
  /** Free note. */
  readonly note: string | null;
}

/** How a number is printed in its excerpt. */
export interface Printed {
  /** `digits` (`2 300`) or `words` (`trois`, `moitié`, `doubler`). */
  readonly form: "digits" | "words";
  /** The unit of the last printed digit, in the figure's unit (`182,2` → 0.1; words → 0). */
  readonly lastDigit: number;
  /** The unit of the last non-zero digit (`2 300` → 100; `4 000` → 1 000; words → 0). */
  readonly lastSignificant: number;
}

/** A figure a memo (or an outside source) states. */
export interface Figure extends RowPlace {
  /** Its id, `<source>.<topic>.<name>`. */
  readonly id: string;
  /** Its source. */
  readonly sourceId: string;
  /** Section heading of the memo. */
  readonly section: string;
  /** Page, when the extraction kept it. */
  readonly page: string | null;
  /** The memo's words, verbatim. */
  readonly excerpt: string;
  /** Where the excerpt is in the memo (`null` for outside sources, whose text is not stored). */
  readonly span: TextSpan | null;
  /** The value in `unit` (`null` for a date, or when the memo lacks it). */
  readonly value: number | null;
  /** The high end, for a range. */
  readonly valueHigh: number | null;
  /** The value as written in the file. */
  readonly valueText: string | null;
  /** The unit. */
  readonly unit: Unit;
  /** The date, for a figure whose unit is `date`. */
  readonly date: CalendarDate | null;
  /** The period the figure refers to, when given. */
  readonly period: CalendarDate | null;
  /** The qualifier its wording implies. */
  readonly qualifier: Qualifier;
  /** How the value is read from words, when no number in the excerpt gives it. */
  readonly readAs: string | null;
  /** `draft` while a researcher has not confirmed a drafted row. */
  readonly status: "confirmed" | "draft";
  /** Free note. */
  readonly note: string | null;
  /** How the number is printed, when it is a number of the excerpt. */
  readonly printed: Printed | null;
}

/** The relation a claim states between its two sides. */
export type Relation = "=" | "<" | ">" | "<=" | ">=";

/** The relations, as written in `claims.csv`. */
export const RELATIONS: readonly Relation[] = Object.freeze(["=", "<", ">", "<=", ">="]);

/** Who makes a claim. */
export type ClaimKind = "stated" | "implied" | "constructed";

/** One reading of a claim: a way the memo's words can be taken, with its own recomputation. */
export interface Reading extends RowPlace {
  /** The claim's id. */
  readonly claimId: string;
  /** The reading's id (`""` when the claim has one reading). */
  readonly reading: string;
  /** The memo's words it rests on, verbatim (`[…]` cuts, `[…]` insertions). */
  readonly quote: string;
  /** Where each verbatim fragment of the quote is in the memo. */
  readonly quoteSpans: readonly TextSpan[];
  /** The relation between the stated and the recomputed side. */
  readonly relation: Relation;
  /** The memo's side, compiled (`null` when the claim is unverifiable and leaves it empty). */
  readonly stated: CompiledExpression | null;
  /** The recomputation, compiled (`null` when it cannot be made from the memos). */
  readonly recompute: CompiledExpression | null;
  /** The unit both sides are compared in. */
  readonly unit: Unit;
  /** What this reading says, in French. */
  readonly says_fr: string;
  /** What this reading says, in English. */
  readonly says_en: string;
  /** What the memos lack to check it (makes the reading unverifiable). */
  readonly missing: string | null;
  /** Free note. */
  readonly note: string | null;
}

/** A relation a memo states or implies, with its readings. */
export interface Claim {
  /** Its id. */
  readonly id: string;
  /** Its memo. */
  readonly sourceId: string;
  /** `stated` by the memo, `implied` by it, or `constructed` by recompte. */
  readonly kind: ClaimKind;
  /** The finding it belongs to, when it follows from a root discrepancy. */
  readonly finding: string | null;
  /** Its readings (one, or several when the wording allows several). */
  readonly readings: readonly Reading[];
}

/** A root discrepancy: two figures of one memo that disagree, and the claims that follow. */
export interface Finding extends RowPlace {
  /** Its id. */
  readonly id: string;
  /** Its memo. */
  readonly sourceId: string;
  /** Title, French. */
  readonly title_fr: string;
  /** Title, English. */
  readonly title_en: string;
  /** What happens, French. */
  readonly explanation_fr: string;
  /** What happens, English. */
  readonly explanation_en: string;
  /** The figures that disagree. */
  readonly figures: readonly string[];
}

/** A number or relation of a memo deliberately not audited. */
export interface SetAsideEntry extends RowPlace {
  /** Its memo. */
  readonly sourceId: string;
  /** The memo line. */
  readonly memoLine: number;
  /** The words set aside, verbatim. */
  readonly text: string;
  /** A number or a relation. */
  readonly kind: "number" | "relation";
  /** Why (`data/vocab/set_aside_reasons.csv`). */
  readonly reason: string;
  /** Free note. */
  readonly note: string | null;
}

/** A dated event a memo reports. */
export interface TimelineEvent extends RowPlace {
  /** Its memo. */
  readonly sourceId: string;
  /** When. */
  readonly date: CalendarDate;
  /** What, French. */
  readonly event_fr: string;
  /** What, English. */
  readonly event_en: string;
  /** The figure that dates it. */
  readonly figureId: string | null;
}

/** A table a memo prints, with its columns described. */
export interface PrintedTable {
  /** `<memo>/<name>`. */
  readonly id: string;
  /** Its memo. */
  readonly sourceId: string;
  /** The file. */
  readonly file: string;
  /** The columns: name, type, unit, titles. */
  readonly fields: readonly TableField[];
  /** The rows, typed. */
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  /** The line of the file where each row starts, aligned with `rows` (for messages). */
  readonly lines: readonly number[];
}

/** A column of a printed table. */
export interface TableField {
  /** Its name. */
  readonly name: string;
  /** `string`, `number`, `integer`, `date` or `figure_id`. */
  readonly type: "string" | "number" | "integer" | "date" | "figure_id";
  /** Its unit, for numbers. */
  readonly unit: string | null;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
}

/** Where an assumption's range comes from. */
export type RangeOrigin = "memo" | "recompte" | "outside";

/** A model input. */
export interface Assumption extends RowPlace {
  /** Its id (`fiscal.average_salary`). */
  readonly id: string;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** Its unit. */
  readonly unit: Unit;
  /** The expression over memo figures its base value comes from (often one figure id). */
  readonly baseExpression: CompiledExpression | null;
  /** The base value in its unit (from the expression, or given), `null` when nobody gives one. */
  readonly base: number | null;
  /** Where a base value not taken from a figure comes from. */
  readonly outsideSource: string | null;
  /** Low end of the plausible range. */
  readonly low: number | null;
  /** High end of the plausible range. */
  readonly high: number | null;
  /** Why this range, in French. */
  readonly rangeReason_fr: string | null;
  /** Why this range, in English. */
  readonly rangeReason_en: string | null;
  /** Who sets the range: the memo's own wording, recompte, or an outside source. */
  readonly rangeOrigin: RangeOrigin | null;
  /** Hard lower bound. */
  readonly min: number;
  /** Hard upper bound. */
  readonly max: number;
  /** How it is drawn in the Monte Carlo. */
  readonly distribution: "fixed" | "uniform" | "normal" | "triangular";
  /** Free note. */
  readonly note: string | null;
}

/** A named set of assumption values. */
export interface Scenario extends RowPlace {
  /** Its id. */
  readonly id: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** Why, French. */
  readonly rationale_fr: string;
  /** Why, English. */
  readonly rationale_en: string;
  /** The values it sets, by assumption id, in each assumption's unit. */
  readonly overrides: ReadonlyMap<string, number>;
}

/** A researcher's note. */
export interface ProjectAnnotation {
  /** Its id. */
  readonly annotation_id: string;
  /** `figure`, `assumption` or `claim`. */
  readonly target_kind: "figure" | "assumption" | "claim";
  /** The id it is about. */
  readonly target_id: string;
  /** Who wrote it. */
  readonly author: string;
  /** When (`YYYY-MM-DD`). */
  readonly date: string;
  /** `questioned`, `supported`, `needs_source` or `note`. */
  readonly stance: "questioned" | "supported" | "needs_source" | "note";
  /** The note. */
  readonly text: string;
}

/** Everything in a data folder. */
export interface Project {
  /** The folder it was loaded from, as given. */
  readonly dir: string;
  /** The unit atoms. */
  readonly units: UnitVocabulary;
  /** Document kinds. */
  readonly kinds: ReadonlyMap<string, DocumentKind>;
  /** Qualifiers. */
  readonly qualifiers: ReadonlyMap<Qualifier, QualifierDefinition>;
  /** Set-aside reasons. */
  readonly setAsideReasons: ReadonlyMap<string, SetAsideReason>;
  /** Memos and outside sources, by id. */
  readonly sources: ReadonlyMap<string, Source>;
  /** The memos' ids, sorted. */
  readonly memoIds: readonly string[];
  /** Each memo's text. */
  readonly texts: ReadonlyMap<string, MemoText>;
  /** Figures, by id. */
  readonly figures: ReadonlyMap<string, Figure>;
  /** Printed tables, by `<memo>/<name>`. */
  readonly tables: ReadonlyMap<string, PrintedTable>;
  /** Claims, memo by memo in file order. */
  readonly claims: readonly Claim[];
  /** Findings, by id. */
  readonly findings: ReadonlyMap<string, Finding>;
  /** What each memo sets aside. */
  readonly setAside: readonly SetAsideEntry[];
  /** Dated events. */
  readonly timeline: readonly TimelineEvent[];
  /** Model inputs, by id. */
  readonly assumptions: ReadonlyMap<string, Assumption>;
  /** Scenarios, by id (`memo` first). */
  readonly scenarios: ReadonlyMap<string, Scenario>;
  /** The models, compiled against the assumptions. */
  readonly models: ReadonlyMap<string, CompiledModel>;
  /** Researchers' annotations. */
  readonly annotations: readonly ProjectAnnotation[];
  /** What the validation warns of (the errors stop the load). */
  readonly warnings: readonly Problem[];
}
