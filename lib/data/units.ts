/**
 * The units and qualifiers a figure may carry.
 *
 * @module
 */

/** Units of figures. `year` is a calendar year (2030); `years` a duration; `date` a calendar date. */
export const UNITS = [
  "CAD",
  "CAD/year",
  "CAD/hour",
  "MCAD",
  "MCAD/year",
  "percent",
  "fraction",
  "persons",
  "workers",
  "posts",
  "organizations",
  "members",
  "records",
  "hours",
  "meetings",
  "projects",
  "regions",
  "volunteers",
  "years",
  "months",
  "year",
  "date",
  "count",
] as const;

/** A unit of a figure. */
export type Unit = typeof UNITS[number];

/**
 * How the memo's wording qualifies a figure: `about` ("environ", "près de", "~"), `more_than`
 * ("plus de"), `at_least` ("au moins", "minimales"), `less_than`, `range` ("25 à 30 %"), or
 * `missing` (the memo refers to it but the text does not give it).
 */
export const QUALIFIERS = [
  "exact",
  "about",
  "more_than",
  "at_least",
  "less_than",
  "range",
  "missing",
] as const;

/** A qualifier of a figure. */
export type Qualifier = typeof QUALIFIERS[number];
