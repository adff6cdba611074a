/**
 * French number words: cardinals (`trois`, `vingt-deux`, `deux cent cinquante`, `un million`),
 * approximations (`une cinquantaine`), multipliers (`doubler`, `quintupler`) and fractions
 * (`moitié`, `tiers`, `quart`). Words are given lowercased.
 *
 * @module
 */

const UNITS: Readonly<Record<string, number>> = {
  "zéro": 0,
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};

const TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
};

/** A cardinal read from words. */
export interface FrenchCardinal {
  /** The number the words name. */
  value: number;
  /** How many of the words it used (connectors such as `et` included). */
  count: number;
}

/**
 * Reads the longest French cardinal at the start of a list of lowercased words (split on spaces
 * and hyphens): `["vingt", "et", "un"]` → 21, `["quatre", "vingt", "dix"]` → 90,
 * `["deux", "cent", "cinquante"]` → 250, `["trois", "millions"]` → 3 000 000. `et` joins only
 * `un`, `une` and `onze` (`vingt et un`, `soixante et onze`).
 *
 * @param words Lowercased words, in text order.
 * @returns The cardinal and how many words it took, or `null` when the first word names no number.
 *
 * @example Compound cardinals
 * ```ts
 * import { readFrenchCardinal } from "./number_words_fr.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(readFrenchCardinal(["trois", "personnes"]), { value: 3, count: 1 });
 * deepStrictEqual(readFrenchCardinal(["vingt", "et", "un", "ans"]), { value: 21, count: 3 });
 * deepStrictEqual(readFrenchCardinal(["quatre", "vingt", "dix"]), { value: 90, count: 3 });
 * deepStrictEqual(readFrenchCardinal(["un", "million"]), { value: 1000000, count: 2 });
 * deepStrictEqual(readFrenchCardinal(["personnes"]), null);
 * ```
 */
export function readFrenchCardinal(words: readonly string[]): FrenchCardinal | null {
  let total = 0;
  let group = 0;
  let used = 0;
  let any = false;
  let previous = "";
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === "et") {
      const next = words[k + 1];
      if (!any || (next !== "un" && next !== "une" && next !== "onze")) break;
      previous = w;
      continue;
    }
    if (w in UNITS) {
      // After nothing, a ten (vingt-deux, dix-sept, soixante-dix) or a hundred (cent deux).
      if (any && group % 10 !== 0) break;
      group += UNITS[w]!;
    } else if (w in TENS) {
      if (w.startsWith("vingt") && previous === "quatre") group += 80 - 4;
      else if (any && group % 100 !== 0) break;
      else group += TENS[w]!;
    } else if (w === "cent" || w === "cents") {
      if (group % 100 !== group) break;
      group = (group === 0 ? 1 : group) * 100;
    } else if (w === "mille") {
      total += (group === 0 ? 1 : group) * 1000;
      group = 0;
    } else if (w in SCALES) {
      if (!any) break;
      total += (group === 0 ? 1 : group) * SCALES[w]!;
      group = 0;
    } else {
      break;
    }
    any = true;
    previous = w;
    used = k + 1;
  }
  return any ? { value: total + group, count: used } : null;
}

const APPROXIMATE: Readonly<Record<string, number>> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
};

/**
 * The number an approximation noun stands for (`cinquantaine` → 50, `centaine` → 100,
 * `millier` → 1000). Only the singular: `des centaines` is too vague to be a number.
 *
 * @param word A lowercased word.
 * @returns Its round number, or `null`.
 *
 * @example Approximation nouns
 * ```ts
 * import { frenchApproximateWord } from "./number_words_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(frenchApproximateWord("cinquantaine"), 50);
 * strictEqual(frenchApproximateWord("centaines"), null);
 * ```
 */
export function frenchApproximateWord(word: string): number | null {
  return APPROXIMATE[word] ?? null;
}

const MULTIPLIER_STEMS: Readonly<Record<string, number>> = {
  doubl: 2,
  tripl: 3,
  quadrupl: 4,
  quintupl: 5,
  sextupl: 6,
  "décupl": 10,
  decupl: 10,
  centupl: 100,
};

const MULTIPLIER =
  /^(doubl|tripl|quadrupl|quintupl|sextupl|décupl|decupl|centupl)(e|es|er|é|ée|és|ées|ent|ement|ements|era|eras|eront|erait|eraient|ant|ait|aient|ons|ez|a|èrent|erons|erez)$/u;

/**
 * The factor a multiplier word names: `doubler`, `double`, `doublé`, `doublement` → 2, `tripler`
 * → 3, `quintupler` → 5, `décupler` → 10.
 *
 * @param word A lowercased word.
 * @returns The factor, or `null`.
 *
 * @example Multipliers
 * ```ts
 * import { frenchMultiplierWord } from "./number_words_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(frenchMultiplierWord("doubler"), 2);
 * strictEqual(frenchMultiplierWord("quintupler"), 5);
 * strictEqual(frenchMultiplierWord("doublon"), null);
 * ```
 */
export function frenchMultiplierWord(word: string): number | null {
  const m = MULTIPLIER.exec(word);
  return m ? MULTIPLIER_STEMS[m[1]!]! : null;
}

const FRACTIONS: Readonly<Record<string, number>> = {
  "moitié": 50,
  moitie: 50,
  tiers: 100 / 3,
  quart: 25,
  quarts: 25,
};

/**
 * The share, in percent, that a fraction noun names: `moitié` → 50, `tiers` → 33.33…, `quart` →
 * 25. Whether the word is used as a fraction (`le tiers des`, not `un tiers payeur`) is the
 * caller's to decide.
 *
 * @param word A lowercased word.
 * @returns The share in percent, or `null`.
 *
 * @example Fractions
 * ```ts
 * import { frenchFractionWord } from "./number_words_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(frenchFractionWord("moitié"), 50);
 * strictEqual(frenchFractionWord("quarts"), 25);
 * strictEqual(frenchFractionWord("quartier"), null);
 * ```
 */
export function frenchFractionWord(word: string): number | null {
  return FRACTIONS[word] ?? null;
}
