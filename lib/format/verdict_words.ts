/**
 * One vocabulary for verdicts, in French and English: the word, a mark and what it means. The
 * report's legend, the notebooks and the terminal summary all use it.
 *
 * @module
 */
import type { Verdict } from "../rules/verdict.ts";
import type { Lang } from "./number.ts";

/** A verdict's words. */
export interface VerdictWords {
  /** The word (`cohérent`). */
  readonly word: string;
  /** A mark that reads without colour (`✅`). */
  readonly mark: string;
  /** What it means, in one sentence, for the legend. */
  readonly meaning: string;
}

const WORDS: Readonly<Record<Lang, Readonly<Record<Verdict, VerdictWords>>>> = Object.freeze({
  fr: {
    consistent: {
      word: "cohérent",
      mark: "✅",
      meaning: "Les chiffres du mémoire, lus au pied de la lettre, concordent.",
    },
    approximate: {
      word: "approximatif",
      mark: "≈",
      meaning:
        "Les chiffres concordent si l'on lit un nombre rond comme arrondi, ou un plancher comme un ordre de grandeur.",
    },
    inconsistent: {
      word: "incohérent",
      mark: "❌",
      meaning:
        "Les chiffres du mémoire ne concordent pas, quelle que soit la lecture que ses mots permettent.",
    },
    unverifiable: {
      word: "invérifiable",
      mark: "❓",
      meaning:
        "Le mémoire ne donne pas un chiffre dont la vérification a besoin ; l'affirmation dit lequel.",
    },
    ambiguous: {
      word: "ambigu",
      mark: "⚖️",
      meaning:
        "Les mots du mémoire permettent plusieurs lectures qui ne mènent pas au même verdict : chacune est montrée.",
    },
  },
  en: {
    consistent: {
      word: "consistent",
      mark: "✅",
      meaning: "The memo's numbers, read strictly, agree.",
    },
    approximate: {
      word: "approximate",
      mark: "≈",
      meaning:
        "The numbers agree once a round number is read as rounded, or a floor as an order of magnitude.",
    },
    inconsistent: {
      word: "inconsistent",
      mark: "❌",
      meaning: "The memo's numbers disagree, however its words are read.",
    },
    unverifiable: {
      word: "unverifiable",
      mark: "❓",
      meaning: "The memo does not give a number the check needs; the claim names it.",
    },
    ambiguous: {
      word: "ambiguous",
      mark: "⚖️",
      meaning:
        "The memo's words allow several readings that do not lead to one verdict: each is shown.",
    },
  },
});

/**
 * The words for a verdict.
 *
 * @param verdict The verdict.
 * @param lang `fr` or `en`.
 * @returns Word, mark, meaning.
 *
 * @example
 * ```ts
 * import { verdictWords } from "./verdict_words.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(verdictWords("inconsistent", "fr").word, "incohérent");
 * ```
 */
export function verdictWords(verdict: Verdict, lang: Lang): VerdictWords {
  return WORDS[lang][verdict];
}
