/**
 * French number words: cardinals (`trois`, `vingt-deux`, `deux cent cinquante`, `un million`),
 * approximations (`une cinquantaine`), multipliers (`doubler`, `quintupler`) and fractions
 * (`moitié`, `tiers`, `quart`). Words are given lowercased.
 *
 * @module
 */

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
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
}));

const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
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
}));

const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
}));

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
    if (UNITS.has(w)) {
      // After nothing, a hundred (cent deux), a ten and a unit (vingt-deux), sixty or eighty and
      // up to nineteen (soixante-dix, quatre-vingt-onze), seventy or ninety and a unit
      // (soixante-dix-neuf), ten and seven to nine (dix-sept).
      const v = UNITS.get(w)!;
      const r = group % 100;
      const fits = !any || r === 0 || (r >= 20 && r <= 50 && r % 10 === 0 && v <= 9) ||
        ((r === 60 || r === 80) && v <= 19) || ((r === 70 || r === 90) && v <= 9) ||
        (r === 10 && v >= 7 && v <= 9);
      if (!fits || (any && v === 0)) break;
      group += v;
    } else if (TENS.has(w)) {
      if (w.startsWith("vingt") && previous === "quatre") group += 80 - 4;
      else if (any && group % 100 !== 0) break;
      else group += TENS.get(w)!;
    } else if (w === "cent" || w === "cents") {
      // Alone (cent) or after two to nine (deux cents).
      if (group !== 0 && (group < 2 || group > 9)) break;
      group = (group === 0 ? 1 : group) * 100;
    } else if (w === "mille") {
      total += (group === 0 ? 1 : group) * 1000;
      group = 0;
    } else if (SCALES.has(w)) {
      if (!any) break;
      total += (group === 0 ? 1 : group) * SCALES.get(w)!;
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

const APPROXIMATE: ReadonlyMap<string, number> = new Map(Object.entries({
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
}));

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
  return APPROXIMATE.get(word) ?? null;
}

const MULTIPLIER_STEMS: ReadonlyMap<string, number> = new Map(Object.entries({
  doubl: 2,
  tripl: 3,
  quadrupl: 4,
  quintupl: 5,
  sextupl: 6,
  "décupl": 10,
  decupl: 10,
  centupl: 100,
}));

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
  return m ? MULTIPLIER_STEMS.get(m[1]!)! : null;
}

const FRACTIONS: ReadonlyMap<string, number> = new Map(Object.entries({
  "moitié": 50,
  moitie: 50,
  tiers: 100 / 3,
  quart: 25,
  quarts: 25,
}));

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
  return FRACTIONS.get(word) ?? null;
}

const STARTS: ReadonlySet<string> = new Set([
  ...UNITS.keys(),
  ...TENS.keys(),
  "cent",
  "cents",
  "mille",
  ...APPROXIMATE.keys(),
  ...FRACTIONS.keys(),
]);
const MULTIPLIER_START = /^(?:doubl|tripl|quadrupl|quintupl|sextupl|d[ée]cupl|centupl)/u;

/**
 * A quick test for scanning: can a French number expression start with this lowercased word (a
 * cardinal, an approximation, a fraction or a multiplier)? Most words cannot, and are skipped.
 *
 * @param word A lowercased word.
 * @returns Whether it may start a number in words.
 *
 * @example Quick test
 * ```ts
 * import { mayStartFrenchNumber } from "./number_words_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(mayStartFrenchNumber("trois"), true);
 * strictEqual(mayStartFrenchNumber("quintupler"), true);
 * strictEqual(mayStartFrenchNumber("organismes"), false);
 * ```
 */
export function mayStartFrenchNumber(word: string): boolean {
  return STARTS.has(word) || MULTIPLIER_START.test(word);
}
