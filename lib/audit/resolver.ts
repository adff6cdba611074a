/**
 * How a claim's expression reads an id: a figure id through the figure book, an id starting with
 * `model.` through a model-output registry plugged in by the caller.
 *
 * @module
 */
import type { FigureBook } from "../data/figures.ts";
import type { Trace } from "../trace.ts";
import { modelOutput } from "../models/outputs.ts";

/** The model registry as a lookup: an output the model says does not exist is an error. */
function registryLookup(id: string): { value: number; unit: string; trace: Trace } {
  const out = modelOutput(id);
  if (out.value === null) {
    throw new RangeError(`Model output ${id} has no value under these assumptions`);
  }
  return { value: out.value, unit: out.unit, trace: out.trace };
}

/** A memo figure an audit result cites, with where it stands. */
export interface CitedFigure {
  /** The figure id. */
  id: string;
  /** Its value (a date figure: its decimal year). */
  value: number | null;
  /** Its unit. */
  unit: string;
  /** The memo's words around it. */
  excerpt: string;
  /** The memo's heading. */
  section: string;
  /** The page, where the text keeps one. */
  page: number | null;
  /** The memo (`aacocq`…). */
  source_id: string;
  /** The wording's qualifier (`exact`, `about`…). */
  qualifier: string;
}

/** What an id resolves to. */
export interface ResolvedId {
  /** The value used in the expression. */
  value: number;
  /** Its unit. */
  unit: string;
  /** The memo figures behind it (the figure itself, or a model's figure inputs). */
  figures: CitedFigure[];
}

/** Resolves one id of an expression. */
export type IdResolver = (id: string) => ResolvedId;

/** A model output by its full id, `model.` prefix included (the registry of `lib/models/outputs.ts`). */
export type ModelOutputLookup = (id: string) => { value: number; unit: string; trace: Trace };

/** The prefix of model output ids. */
export const MODEL_ID_PREFIX = "model.";

/** Options for {@linkcode figureResolver}. */
export interface FigureResolverOptions {
  /**
   * The lookup for ids starting with `model.`. @default the registry of `lib/models/outputs.ts`
   * (the models read the project's `data/`); an output without a value is refused.
   */
  modelOutput?: ModelOutputLookup;
}

/**
 * A date as a decimal year: the year plus the fraction of it elapsed at the start of the day
 * (a missing month or day counts as the first): `2009-06-01` → 2009 + 151/365.
 *
 * @param iso `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @returns The decimal year.
 * @throws {RangeError} On any other text.
 *
 * @example
 * ```ts
 * import { decimalYear } from "./resolver.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(decimalYear("2016"), 2016);
 * strictEqual(decimalYear("2024-07-02"), 2024 + 183 / 366);
 * ```
 */
export function decimalYear(iso: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) {
    throw new RangeError(
      `Cannot read ${JSON.stringify(iso)} as a date: expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2] ?? "1");
  const day = Number(match[3] ?? "1");
  const start = Date.UTC(year, 0, 1);
  const elapsed = (Date.UTC(year, month - 1, day) - start) / 86_400_000;
  const length = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return year + elapsed / length;
}

/**
 * A resolver over a figure book: a figure id gives the figure's value (a date figure gives its
 * decimal year, see {@linkcode decimalYear}); a `model.` id gives the model output, citing the
 * figures in its trace.
 *
 * @param book The figures.
 * @param options The model-output registry, if wired.
 * @returns The resolver.
 * @throws {UnknownIdError} (from the resolver) For an unknown figure id or a model id without a
 *   registry; {@linkcode RangeError} for a figure with no value.
 *
 * @example
 * ```ts
 * import { figureResolver } from "./resolver.ts";
 * import { defaultFigureBook } from "../data/figures.ts";
 * import { strictEqual } from "node:assert/strict";
 * const resolve = figureResolver(defaultFigureBook());
 * strictEqual(resolve("aacocq.payroll_example.salary").value, 45000);
 * strictEqual(resolve("aacocq.history.creation_2016").value, 2016);
 * ```
 */
export function figureResolver(book: FigureBook, options: FigureResolverOptions = {}): IdResolver {
  const cite = (id: string): CitedFigure => {
    const f = book.get(id);
    return {
      id,
      value: f.value ?? (f.unit === "date" && f.period !== null ? decimalYear(f.period) : null),
      unit: f.unit,
      excerpt: f.excerpt,
      section: f.section,
      page: f.page,
      source_id: f.source_id,
      qualifier: f.qualifier,
    };
  };
  return (id) => {
    if (id.startsWith(MODEL_ID_PREFIX)) {
      const out = (options.modelOutput ?? registryLookup)(id);
      const figureIds = out.trace.inputs.map((i) => i.figureId).filter((x): x is string =>
        x !== undefined && book.has(x)
      );
      return { value: out.value, unit: out.unit, figures: [...new Set(figureIds)].map(cite) };
    }
    const cited = cite(id);
    if (cited.value === null) book.value(id); // throws the figure book's "has no value" error
    return { value: cited.value!, unit: cited.unit, figures: [cited] };
  };
}
