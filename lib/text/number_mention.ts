/**
 * A number as a memo mentions it in running text: where it is, what it says, in which unit, how
 * precisely it is printed, how it is qualified (« plus de », « environ », …) and what role it
 * plays (a quantity, a date, a phone number, a footnote marker, …).
 *
 * {@linkcode findNumbers} finds them; this module only names their parts.
 *
 * @module
 */

/** How the number is written: in digits (`45 000 $`) or in words (`trois`, `moitié`, `doubler`). */
export type NumberForm = "digits" | "words";

/**
 * How the memo qualifies the number (see `data/vocab/qualifiers.csv`):
 *
 * - `exact`: as printed (`35,5 %`, `trois personnes`);
 * - `about`: « environ », « près de », `~`, « une cinquantaine », « estimé à », « une estimation de »;
 * - `more_than`: « plus de », « un peu plus de », « plus d'un », « au-delà de », “supérieur à”;
 * - `at_least`: « au moins », “au minimum”, « minimales » in the label before it, « et plus »;
 * - `less_than`: “moins de”, « inférieurs à », “en deçà de”;
 * - `range`: both ends printed (« de 25 à 30 % », “entre 5 et 10”, `27–29`), or a span of
 *   years (`1960-2002`).
 */
export type NumberQualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "range";

/**
 * What the number is, as far as the text shows. Anything but `quantity`, `date` and
 * `fiscal_year` is a number a coverage report sets aside: it counts nothing.
 *
 * - `quantity`: an amount, a count, a share, a duration, a multiplier;
 * - `date`: a calendar date, a month, a year used as a date, a decade, a span of years;
 * - `fiscal_year`: a Quebec fiscal year (`2025-2026`);
 * - `phone`, `postal_code`, `street_number` (a civic number, a floor: `425, rue`, `4e étage`),
 *   `url`, `email`: numbers inside contact details;
 * - `page_number`: a running footer (`Octobre 2025  13`), a page number alone on its line, the
 *   press-release end mark `– 30 –`;
 * - `footnote_marker`: a note call glued to a word (`fondatrice1`, `(51 %)3`, `<sup>1</sup>`) or
 *   the number that opens the note;
 * - `reference_number`: a numbered reference `(21)`, `(9,10)`, or a number that names a thing
 *   (`article 32`, `projet de loi 111`, `région 03`, `annexe 1`, `points 1 et 2`, `2e partie`,
 *   `c. A-32`, `COVID-19`);
 * - `list_marker`: list numbering at the start of a line (`1 Rôle`, `1.`, `2.`);
 * - `citation`: a number inside a bibliographic reference (year, page, volume, the date of a
 *   cited document), or a page reference in the text (`p. 6 et 7`, `pages 14 à 17`).
 */
export type NumberRole =
  | "quantity"
  | "date"
  | "fiscal_year"
  | "phone"
  | "postal_code"
  | "street_number"
  | "url"
  | "email"
  | "page_number"
  | "footnote_marker"
  | "reference_number"
  | "list_marker"
  | "citation";

/** One number found in a text. */
export interface NumberMention {
  /** UTF-16 offset of the first character of the mention (`text.slice(start, end)`). */
  start: number;
  /** UTF-16 offset just after the mention (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units from the start of its line. */
  column: number;
  /**
   * Exactly `text.slice(start, end)`: the number with its unit and scale (`2,5 millions $`,
   * `45 000 $`, `35,5 %`, `trois`, `moitié`, `1er juin 2009`), without the qualifying words
   * before it. It may span line breaks (`60 \n%`, `1\ner\n juin 2009`).
   */
  text: string;
  /**
   * The number in `unit`: `2,5 millions $` → 2.5 (`MCAD`), `45 000 $` → 45000 (`CAD`), `35,5 %`
   * → 35.5 (`percent`), `10M` → 10 (unit `null`, `scale` 1 000 000). A date's value is its year
   * (or its day when it has no year); a phone number's or a postal code's value is its digits
   * read as one integer.
   */
  value: number;
  /** The upper end of a range (`de 25 à 30 %` → 30), of a fiscal year (`2026-2027` → 2027), of
   * a span of years (`1960-2002` → 2002) or of a decade (`les années 1970` → 1979). */
  valueHigh?: number;
  /** Digits or words. */
  form: NumberForm;
  /**
   * The unit of the last printed digit, in `value`'s unit: `2 300` → 1, `182,2` → 0.1,
   * `2,5 millions $` → 0.1, `3,0 %` → 0.1. Words: 1 (0.01 for a share rounded to hundredths,
   * such as `un sur trois` → 33.33).
   */
  lastDigit: number;
  /**
   * The unit of the last non-zero printed digit: `2 300` → 100, `45 000` → 1000, `182,2` → 0.1,
   * `3,0` → 0.1 (a printed decimal zero counts). Words: the unit of the last named figure
   * (`trois` → 1, `trente` → 10, `un million` → 1 000 000, `une cinquantaine` → 10), or the
   * share itself for a fraction (`moitié` → 50, `tiers` → 33.33). Dates: 1 (a decade: 10).
   */
  lastSignificant: number;
  /**
   * A guess of the unit: `CAD`, `MCAD`, `percent`, `years`, `months`, `hours` (durations),
   * `count` (a multiplier: `doubler` → 2), `date`, `fiscal_year`, or `null` when the text does
   * not say (a bare count: the caller decides whether it counts persons or organizations).
   */
  unit: string | null;
  /** How the memo qualifies it. */
  qualifier: NumberQualifier;
  /** What the number is. */
  role: NumberRole;
  /**
   * For a calendar reading, ISO 8601: `2009-11-10`, `2025-10`, `2030`, `1970/1979` (a decade or
   * span), `--12-06` (a day without a year). Set for every mention whose unit is `date`, whatever
   * its role (a cited document's date has role `citation` and keeps its `date`).
   */
  date?: string;
  /** The multiplier printed with the number when the unit does not absorb it: `10M` → 1e6,
   * `un million de personnes` → 1e6 (there `value` is already 1 000 000). */
  scale?: number;
  /** True when the printed number has another plausible reading (`3,333 $`: French 3,333 or
   * English 3 333). `value` is the French reading; the others are in `alternatives`. */
  ambiguous?: boolean;
  /** The other readings of an ambiguous number, in `unit`. */
  alternatives?: number[];
}
