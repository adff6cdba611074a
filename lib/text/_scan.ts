/**
 * The scanner behind {@linkcode findNumbers}: one pass over the tokens of a text, reading each
 * number in digits or words with its unit, scale, qualifier and role. Ranges are joined
 * afterwards (`_ranges.ts`).
 *
 * @module
 */
import { readDigits, tidy, trailingZerosUnit } from "./_digits.ts";
import { analyzeLayout, isGluedCall, type Layout, type NoteBlock } from "./_layout.ts";
import { qualifierAfter, qualifierBefore } from "./_qualifier.ts";
import { specialSpans } from "./_special_spans.ts";
import { isLetter, tokenize } from "./_tokens.ts";
import { isEnglishMonth, monthNumber } from "./month_names.ts";
import type { NumberMention } from "./number_mention.ts";
import {
  frenchApproximateWord,
  frenchFractionWord,
  frenchMultiplierWord,
  mayStartFrenchNumber,
  readFrenchCardinal,
} from "./number_words_fr.ts";

/** A mention before its line and column are computed, with what the later passes need. */
export interface Draft extends Omit<NumberMention, "line" | "column"> {
  /** Digits alone: no unit, scale, ordinal or calendar reading (open to layout roles). */
  bare: boolean;
}

/** Options of {@linkcode scanNumbers}. */
export interface ScanOptions {
  /** Whether to read the layout (notes, footers, list numbering) for roles. @default true */
  layout?: boolean;
}

const ORDINAL_SUFFIX = new Set(["er", "re", "ère", "e", "ème", "eme", "ième", "è", "ᵉ", "ᵉʳ"]);
const SPLIT_ORDINAL_SUFFIX = new Set(["er", "re", "e", "ème"]);
const SUP_ORDINAL = /<sup>(?:er|re|e|ème|è)<\/sup>/y;
const STREET_WORDS = new Set([
  "rue",
  "avenue",
  "av",
  "boulevard",
  "boul",
  "bd",
  "chemin",
  "ch",
  "route",
  "rang",
  "place",
  "montée",
  "côte",
  "impasse",
  "allée",
  "promenade",
  "square",
  "terrasse",
  "croissant",
  "carré",
  "autoroute",
]);
const SUITE_WORDS = new Set(["bureau", "local", "suite", "app", "appartement", "casier"]);
const REFERENCE_NOUNS = new Set([
  "article",
  "articles",
  "art",
  "loi",
  "règlement",
  "chapitre",
  "chapitres",
  "annexe",
  "annexes",
  "point",
  "points",
  "partie",
  "parties",
  "section",
  "sections",
  "région",
  "résolution",
  "an",
  "phase",
  "étape",
  "volet",
  "axe",
  "recommandation",
  "recommandations",
  "objectif",
  "orientation",
  "priorité",
  "tableau",
  "figure",
  "graphique",
  "note",
  "notes",
  "numéro",
  "paragraphe",
  "alinéa",
  "titre",
  "mesure",
]);
const DURATION_ADJECTIVES = new Set([
  "dernières",
  "derniers",
  "prochaines",
  "prochains",
  "premières",
  "premiers",
  "suivantes",
  "suivants",
  "consécutives",
  "consécutifs",
  "complètes",
  "complets",
  "entières",
  "entiers",
  "bonnes",
]);
const DURATIONS: ReadonlyMap<string, readonly [unit: string, factor: number]> = new Map(
  Object.entries({
    an: ["years", 1],
    ans: ["years", 1],
    "année": ["years", 1],
    "années": ["years", 1],
    "décennie": ["years", 10],
    "décennies": ["years", 10],
    "siècle": ["years", 100],
    "siècles": ["years", 100],
    mois: ["months", 1],
    heure: ["hours", 1],
    heures: ["hours", 1],
  }),
);
// Nouns that "un"/"une" turns into a duration of one: "un an", "un mois", "une décennie".
const ONE_DURATION = new Set(["an", "mois", "décennie", "siècle"]);
// Words ending in s or x that are not plural nouns (after a year: "en 2022 dans…").
const FUNCTION_WORDS = new Set([
  "des",
  "les",
  "ses",
  "mes",
  "tes",
  "ces",
  "nos",
  "vos",
  "leurs",
  "dans",
  "sans",
  "sous",
  "vers",
  "plus",
  "puis",
  "mais",
  "alors",
  "lors",
  "depuis",
  "après",
  "auprès",
  "dès",
  "très",
  "pas",
  "jamais",
  "toujours",
  "ainsi",
  "tous",
  "toutes",
  "nous",
  "vous",
  "ils",
  "elles",
  "ceux",
  "aux",
  "deux",
  "trois",
  "six",
  "dix",
  "tandis",
  "parmi",
  "était",
  "avons",
  "avez",
  "sommes",
  "êtes",
  "sont",
  "fois",
]);
const NOT_AFTER_NEUF = new Set(["et", "ou", "ni", "mais"]);
const QUART_PARTNERS = new Set(["des", "du", "d", "de", "à", "au", "aux", "ou", "et"]);
const ARTICLES_BEFORE_FRACTION = new Set(["le", "du", "au", "l", "un", "d"]);

/**
 * Reads every number of a text, in order, before ranges are joined.
 *
 * @param text The text.
 * @param options Whether to read the layout.
 * @returns The drafts, in text order, never overlapping.
 *
 * @example Digits and words
 * ```ts
 * import { scanNumbers } from "./_scan.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(
 *   scanNumbers("trois personnes à 45 000 $ par an").map((d) => [d.text, d.value, d.unit]),
 *   [["trois", 3, null], ["45 000 $", 45000, "CAD"]],
 * );
 * ```
 */
export function scanNumbers(text: string, options: ScanOptions = {}): Draft[] {
  const toks = tokenize(text);
  const special = specialSpans(text);
  const layout: Layout | null = options.layout === false ? null : analyzeLayout(text, special);
  const out: Draft[] = [];

  const lw = (k: number): string => toks[k]?.lower ?? "";
  const isP = (k: number, c: string): boolean => toks[k]?.kind === "punct" && toks[k]!.text === c;
  const isNum = (k: number): boolean => toks[k]?.kind === "num";
  /** The next non-space token after `k` (itself when not a space), or -1 past `maxNl` breaks. */
  const skipSp = (k: number, maxNl = 1): number => {
    const t = toks[k];
    if (t?.kind !== "space") return k;
    return t.newlines <= maxNl ? k + 1 : -1;
  };
  /** The token index at or after an offset. */
  const tokenAt = (offset: number, from: number): number => {
    let k = from;
    while (k < toks.length && toks[k]!.start < offset) k++;
    return k;
  };
  /** The previous word before token `k` (over at most one line break), lowercased. */
  const previousWord = (k: number): string => {
    let j = k - 1;
    if (toks[j]?.kind === "space") {
      if (toks[j]!.newlines > 1) return "";
      j--;
    }
    if (toks[j]?.kind === "punct" && /['’]/u.test(toks[j]!.text)) j--;
    return lw(j);
  };

  const draft = (start: number, end: number, value: number, extra: Partial<Draft>): Draft => ({
    start,
    end,
    text: text.slice(start, end),
    value,
    form: "digits",
    lastDigit: 1,
    lastSignificant: 1,
    unit: null,
    qualifier: "exact",
    role: "quantity",
    bare: false,
    ...extra,
  });

  // Layout lookups move forward with the scan.
  let blockIndex = 0;
  const blockAt = (offset: number): NoteBlock | null => {
    if (!layout) return null;
    const blocks = layout.blocks;
    while (blockIndex < blocks.length && blocks[blockIndex]!.end <= offset) blockIndex++;
    const b = blocks[blockIndex];
    return b && b.start <= offset ? b : null;
  };
  let quoteIndex = 0;
  const inQuote = (offset: number): boolean => {
    if (!layout) return false;
    const q = layout.quotes;
    while (quoteIndex < q.length && q[quoteIndex]![1] <= offset) quoteIndex++;
    const r = q[quoteIndex];
    return r !== undefined && r[0] <= offset;
  };

  const emit = (d: Draft): void => {
    if (d.role === "quantity" && d.qualifier === "exact") {
      d.qualifier = qualifierBefore(text, d.start) ?? qualifierAfter(text, d.end) ?? "exact";
    }
    const block = blockAt(d.start);
    if (block?.bibliographic && !inQuote(d.start)) {
      const plain = d.role === "quantity" && d.bare && d.qualifier === "exact";
      if (plain || d.role === "date" || d.role === "reference_number") d.role = "citation";
    }
    out.push(d);
  };

  /** Month (and year) at token `k`: `juin 2009`, `juin`. */
  const monthYearAt = (
    k: number,
  ): { month: number; year: number | null; end: number; next: number } | null => {
    const month = monthNumber(toks[k]?.kind === "word" ? toks[k]!.text : "");
    if (!month) return null;
    const y = skipSp(k + 1, 1);
    if (y > k + 1 && isYearToken(y)) {
      return { month, year: Number(toks[y]!.text), end: toks[y]!.end, next: y + 1 };
    }
    return { month, year: null, end: toks[k]!.end, next: k + 1 };
  };
  /** A four-digit year 1900-2100 standing alone (not grouped with digits after it). */
  const isYearToken = (k: number): boolean => {
    const t = toks[k];
    if (t?.kind !== "num" || t.text.length !== 4) return false;
    const v = Number(t.text);
    if (v < 1900 || v > 2100) return false;
    return !((isP(k + 1, ",") || isP(k + 1, ".")) && isNum(k + 2));
  };
  const isoDay = (year: number | null, month: number, day: number): string => {
    const mm = String(month).padStart(2, "0");
    const dd = String(day).padStart(2, "0");
    return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
  };

  /** The unit printed after a number in digits, from token `k`. */
  const unitAfter = (k0: number): {
    unit: string | null;
    factor: number;
    scale?: number;
    end: number;
    next: number;
  } | null => {
    const k = skipSp(k0, 1);
    if (k < 0) return null;
    const t = toks[k];
    if (!t) return null;
    const spaced = k !== k0;
    const dollarAt = (j: number): number => {
      const m = skipSp(j, 0);
      return m >= 0 && isP(m, "$") ? m : -1;
    };
    if (isP(k, "%")) return { unit: "percent", factor: 1, end: t.end, next: k + 1 };
    if (isP(k, "$")) return { unit: "CAD", factor: 1, end: t.end, next: k + 1 };
    const w = t.kind === "word" ? t.text : "";
    const l = w.toLowerCase();
    if (l === "pourcent") return { unit: "percent", factor: 1, end: t.end, next: k + 1 };
    if (l === "pour") {
      const c = isP(k + 1, "-") ? k + 2 : skipSp(k + 1, 0);
      if (c > k + 1 && (lw(c) === "cent" || lw(c) === "cents")) {
        return { unit: "percent", factor: 1, end: toks[c]!.end, next: c + 1 };
      }
    }
    if (w === "M" || w === "G" || w === "Md" || w === "Mds" || w === "k" || w === "K") {
      const d = dollarAt(k + 1);
      const big = w === "M" ? 1 : w === "k" || w === "K" ? 0.001 : 1000;
      if (d >= 0) {
        return big === 0.001
          ? { unit: "CAD", factor: 1000, end: toks[d]!.end, next: d + 1 }
          : { unit: "MCAD", factor: big, end: toks[d]!.end, next: d + 1 };
      }
      const after = text[t.end];
      if (
        (w === "M" || w === "k" || w === "K") && !spaced &&
        (after === undefined || !(after === "." || isLetter(after)))
      ) {
        return { unit: null, factor: 1, scale: w === "M" ? 1e6 : 1e3, end: t.end, next: k + 1 };
      }
      return null;
    }
    if (l === "million" || l === "millions" || l === "milliard" || l === "milliards") {
      const millions = l.startsWith("milliard") ? 1000 : 1;
      const money = moneyAfter(k + 1);
      if (money) return { unit: "MCAD", factor: millions, end: money.end, next: money.next };
      return { unit: null, factor: millions * 1e6, scale: millions * 1e6, end: t.end, next: k + 1 };
    }
    if (l === "dollars" || l === "dollar") {
      return { unit: "CAD", factor: 1, end: t.end, next: k + 1 };
    }
    const duration = durationAt(k);
    if (duration) return { ...duration, end: toks[duration.next - 1]!.end };
    return null;
  };
  /** `$`, `dollars`, `de dollars` after a scale word. */
  const moneyAfter = (k0: number): { end: number; next: number } | null => {
    const k = skipSp(k0, 1);
    if (k < 0) return null;
    if (isP(k, "$")) return { end: toks[k]!.end, next: k + 1 };
    let j = k;
    if (lw(j) === "de") {
      j = skipSp(j + 1, 1);
      if (j < 0) return null;
      if (isP(j, "$")) return { end: toks[j]!.end, next: j + 1 };
    }
    if (lw(j) === "dollars" || lw(j) === "dollar") return { end: toks[j]!.end, next: j + 1 };
    return null;
  };
  /** A duration noun at `k`, after an optional adjective: `ans`, `dernières années`. */
  const durationAt = (k: number): { unit: string; factor: number; next: number } | null => {
    let j = k;
    if (DURATION_ADJECTIVES.has(lw(j))) {
      const n = skipSp(j + 1, 1);
      if (n <= j + 1) return null;
      j = n;
    }
    const d = DURATIONS.get(lw(j));
    return d ? { unit: d[0], factor: d[1], next: j + 1 } : null;
  };

  // ---- numbers printed in digits -------------------------------------------------------------

  const readNumberAt = (i: number): number => {
    const t = toks[i]!;
    const before = text[t.start - 1];

    // A note call in HTML: <sup>1</sup>.
    if (text.startsWith("<sup>", t.start - 5) && text.startsWith("</sup>", t.end)) {
      emit(draft(t.start, t.end, Number(t.text), { role: "footnote_marker" }));
      return i + 1;
    }
    // Numbered references in parentheses: (9,10), (15,16).
    if (before === "(" && layout?.parenthesizedReferences) {
      REFERENCE_LIST.lastIndex = t.start - 1;
      const m = REFERENCE_LIST.exec(text);
      if (m) {
        const parts = [...m[0].matchAll(/\d+/g)];
        const values = parts.map((p) => Number(p[0]));
        if (values.every((v, k) => k === 0 || v > values[k - 1]!)) {
          for (const p of parts) {
            const s = t.start - 1 + p.index;
            emit(draft(s, s + p[0].length, Number(p[0]), { role: "reference_number" }));
          }
          return tokenAt(t.start - 1 + m[0].length, i);
        }
      }
    }
    // A note call glued to a word: fondatrice1, (51 %)3.
    if (isGluedCall(text, t.start, t.end)) {
      emit(draft(t.start, t.end, Number(t.text), { role: "footnote_marker" }));
      return i + 1;
    }
    // Digits inside a word or a code: A4B, c. A-32, COVID-19, G-1.021.
    if (
      isLetter(before) ||
      (before === "-" && isLetter(text[t.start - 2]) && !isMidYear(text, t.start))
    ) {
      const d = readDigits(toks, i);
      emit(draft(t.start, d.end, d.value, {
        role: "reference_number",
        lastDigit: d.lastDigit,
        lastSignificant: d.lastSignificant,
      }));
      return d.next;
    }

    const d = readDigits(toks, i);
    const integer = d.decimals === "" && !d.grouped;
    const yearLike = integer && d.whole.length === 4 && d.value >= 1900 && d.value <= 2100;

    // Years paired: fiscal years 2025-2026 (also 2026-\n2027, 2025-26), spans 1960-2002,
    // ISO dates 2022-09-24.
    if (yearLike) {
      const pair = yearPairAt(i, d.value, d.next);
      if (pair) {
        emit(pair.draft);
        return pair.next;
      }
    }

    // Ordinals: 1er, 4e, 15\ne\n (split by the extraction), 4<sup>e</sup>.
    if (integer && d.whole.length <= 4) {
      const ord = ordinalAt(d.next, d.end);
      if (ord) {
        const k = skipSp(ord.next, 1);
        const my = k >= 0 && d.value >= 1 && d.value <= 31 ? monthYearAt(k) : null;
        if (my) {
          emit(draft(t.start, my.end, my.year ?? d.value, {
            unit: "date",
            role: "date",
            date: isoDay(my.year, my.month, d.value),
          }));
          return my.next;
        }
        const floor = k >= 0 && (lw(k) === "étage" || lw(k) === "etage");
        emit(draft(t.start, ord.end, d.value, {
          role: floor ? "street_number" : "reference_number",
        }));
        return ord.next;
      }
    }

    // Day and month: 10 novembre 2009, 28 mai 2009, 6 décembre; 22 [et 24 septembre 2022].
    if (integer && d.whole.length <= 2 && d.value >= 1 && d.value <= 31) {
      const k = skipSp(d.next, 1);
      if (k > d.next) {
        const my = monthYearAt(k);
        if (my) {
          emit(draft(t.start, my.end, my.year ?? d.value, {
            unit: "date",
            role: "date",
            date: isoDay(my.year, my.month, d.value),
          }));
          return my.next;
        }
        if (lw(k) === "et") {
          const k2 = skipSp(k + 1, 0);
          const k3 = k2 > k + 1 && isNum(k2) && toks[k2]!.text.length <= 2 ? skipSp(k2 + 1, 0) : -1;
          const later = k3 > k2 ? monthYearAt(k3) : null;
          if (later) {
            emit(draft(t.start, t.end, later.year ?? d.value, {
              unit: "date",
              role: "date",
              date: isoDay(later.year, later.month, d.value),
            }));
            return i + 1;
          }
        }
      }
    }

    // Civic numbers and suites: 425, rue Saint-Amable; bureau 200.
    if (integer && d.whole.length <= 5) {
      let k = d.next;
      if (isP(k, ",")) k++;
      const w = toks[k]?.kind === "space" && toks[k]!.newlines === 0 ? lw(k + 1) : "";
      if (STREET_WORDS.has(w) || SUITE_WORDS.has(previousWord(i))) {
        emit(draft(t.start, d.end, d.value, { role: "street_number" }));
        return d.next;
      }
    }

    // A sign or a dollar sign before: +47%, -5 %, $45.
    let start = t.start;
    let sign = 1;
    let dollarBefore = false;
    if (before === "+" || before === "−" || before === "-") {
      const b2 = text[t.start - 2];
      const prevTok = toks[i - 2]?.kind === "space" ? toks[i - 3] : toks[i - 2];
      if ((b2 === undefined || /[\s(]/u.test(b2)) && prevTok?.kind !== "num") {
        start = t.start - 1;
        if (before !== "+") sign = -1;
      }
    } else {
      const dk = toks[i - 1]?.kind === "space" && toks[i - 1]!.text === " " ? i - 2 : i - 1;
      if (isP(dk, "$")) {
        const pk = toks[dk - 1]?.kind === "space" ? dk - 2 : dk - 1;
        if (!isNum(pk)) {
          start = toks[dk]!.start;
          dollarBefore = true;
        }
      }
    }

    const u = unitAfter(d.next);
    let unit: string | null = u?.unit ?? null;
    let factor = u?.factor ?? 1;
    let scale = u?.scale;
    let end = u ? u.end : d.end;
    let next = u ? u.next : d.next;
    if (dollarBefore) {
      if (unit === null && scale === 1e6) {
        unit = "MCAD";
        factor = 1;
      } else if (unit === null && scale === 1e3) {
        unit = "CAD";
        factor = 1000;
      } else if (unit === null && scale !== undefined) {
        unit = "MCAD";
        factor = scale / 1e6;
      } else if (unit === null) unit = "CAD";
      scale = undefined;
    }
    const scaled = (x: number) => (factor === 1 ? x : tidy(x * factor));
    const base: Partial<Draft> = {
      unit,
      lastDigit: scaled(d.lastDigit),
      lastSignificant: scaled(d.lastSignificant),
    };
    if (scale !== undefined) base.scale = scale;
    if (d.alternatives) {
      base.ambiguous = true;
      base.alternatives = d.alternatives.map((a) => sign * scaled(a));
    }
    const value = sign * scaled(d.value);

    if (u || dollarBefore) {
      emit(draft(start, end, value, base));
      return next;
    }

    // A year used as a date (2005, 2030), unless qualified (plus de 2000) or followed by a plural
    // noun (2000 personnes). A letter after it marks a citation (2023a).
    if (yearLike && sign === 1) {
      const letter = toks[d.next]?.kind === "word" && /^[a-d]$/u.test(toks[d.next]!.text);
      if (letter) {
        end = toks[d.next]!.end;
        next = d.next + 1;
      }
      if (letter || (!qualifierBefore(text, start) && !pluralNounAfter(d.next))) {
        const cited = isP(next, ",") &&
          /^\s?p\.?\s?\d/u.test(text.slice(toks[next]!.end, toks[next]!.end + 6));
        emit(draft(start, end, d.value, {
          unit: "date",
          role: cited ? "citation" : "date",
          date: String(d.value),
        }));
        return next;
      }
    }

    // Digits alone: a quantity, unless the layout or the words around say otherwise.
    let role: Draft["role"] = "quantity";
    if (layout && integer && sign === 1) {
      if (layout.noteNumbers.has(t.start)) role = "footnote_marker";
      else if (layout.listMarkers.has(t.start)) role = "list_marker";
      else if (layout.pageNumbers.has(t.start)) role = "page_number";
    }
    if (role === "quantity" && integer && sign === 1) {
      const pw = previousWord(i);
      const pageBefore = /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:p|pp|vol|no|n°|nº|page|pages)\.?\s?$/iu.test(
        text.slice(Math.max(0, t.start - 8), t.start),
      );
      const pagesAfter = /^\s?p\.(?!\s?\d)/u.test(text.slice(d.end, d.end + 5));
      if (pageBefore || pagesAfter) role = "citation";
      else if (before === "(" && text[d.end] === ")" && d.whole.length <= 3) {
        role = "reference_number";
      } else if (REFERENCE_NOUNS.has(pw)) role = "reference_number";
    }
    emit(draft(start, end, value, { ...base, role, bare: role === "quantity" }));
    return next;
  };

  /** A plural noun right after a number: `2000 personnes` is a count, not a year. */
  const pluralNounAfter = (k: number): boolean => {
    if (toks[k]?.kind !== "space" || toks[k]!.newlines > 0) return false;
    const w = toks[k + 1]?.kind === "word" ? toks[k + 1]!.text : "";
    return w.length >= 3 && w[0] !== w[0]!.toUpperCase() && /[sx]$/u.test(w) &&
      !FUNCTION_WORDS.has(w.toLowerCase()) && monthNumber(w) === null;
  };

  /** The ordinal suffix after digits ending at `end`, token `k`. */
  const ordinalAt = (k: number, end: number): { end: number; next: number } | null => {
    const t = toks[k];
    if (t?.kind === "word" && t.start === end && ORDINAL_SUFFIX.has(t.text.toLowerCase())) {
      return { end: t.end, next: k + 1 };
    }
    SUP_ORDINAL.lastIndex = end;
    const sup = SUP_ORDINAL.exec(text);
    if (sup) {
      const e = end + sup[0].length;
      return { end: e, next: tokenAt(e, k) };
    }
    if (
      t?.kind === "space" && t.newlines >= 1 && t.newlines <= 2 &&
      toks[k + 1]?.kind === "word" && SPLIT_ORDINAL_SUFFIX.has(toks[k + 1]!.text) &&
      (toks[k + 2] === undefined || (toks[k + 2]!.kind === "space" && toks[k + 2]!.newlines >= 1))
    ) {
      return { end: toks[k + 1]!.end, next: k + 2 };
    }
    return null;
  };

  /** Two years joined by a dash: a fiscal year, a span, or an ISO date. */
  const yearPairAt = (
    i: number,
    year: number,
    k: number,
  ): { draft: Draft; next: number } | null => {
    const sep = toks[k];
    if (sep?.kind !== "punct" || !/^[-–/]$/u.test(sep.text)) return null;
    let j = k + 1;
    if (toks[j]?.kind === "space") {
      if (sep.text === "/" || toks[j]!.newlines > 1) return null;
      j++;
    }
    const n2 = toks[j];
    if (n2?.kind !== "num") return null;
    const start = toks[i]!.start;
    const after = text[n2.end];
    if (isLetter(after)) return null;
    if (n2.text.length === 4) {
      const v2 = Number(n2.text);
      if (v2 === year + 1) {
        return {
          draft: draft(start, n2.end, year, {
            valueHigh: v2,
            unit: "fiscal_year",
            role: "fiscal_year",
          }),
          next: j + 1,
        };
      }
      if (v2 > year + 1 && v2 <= 2100) {
        return {
          draft: draft(start, n2.end, year, {
            valueHigh: v2,
            unit: "date",
            role: "date",
            qualifier: "range",
            date: `${year}/${v2}`,
          }),
          next: j + 1,
        };
      }
      return null;
    }
    if (n2.text.length === 2 && j === k + 1) {
      if (
        sep.text === "-" && isP(j + 1, "-") && toks[j + 2]?.kind === "num" &&
        toks[j + 2]!.text.length === 2
      ) {
        const month = Number(n2.text);
        const day = Number(toks[j + 2]!.text);
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          return {
            draft: draft(start, toks[j + 2]!.end, year, {
              unit: "date",
              role: "date",
              date: isoDay(year, month, day),
            }),
            next: j + 3,
          };
        }
      }
      if (Number(n2.text) === (year + 1) % 100 && sep.text !== "/") {
        return {
          draft: draft(start, n2.end, year, {
            valueHigh: year + 1,
            unit: "fiscal_year",
            role: "fiscal_year",
          }),
          next: j + 1,
        };
      }
    }
    return null;
  };

  // ---- numbers written in words --------------------------------------------------------------

  const readWordAt = (i: number): number => {
    const t = toks[i]!;
    const w = t.lower;
    if (!mayStartNumber(w)) return i + 1;

    // Months: July 2, 2025; Octobre 2025.
    const month = monthNumber(w);
    if (month) {
      if (isEnglishMonth(t.text)) {
        const k = skipSp(i + 1, 0);
        if (k > i + 1 && isNum(k) && toks[k]!.text.length <= 2) {
          const day = Number(toks[k]!.text);
          let y = k + 1;
          if (isP(y, ",")) y++;
          y = skipSp(y, 0);
          if (day >= 1 && day <= 31 && isYearToken(y)) {
            const year = Number(toks[y]!.text);
            emit(draft(t.start, toks[y]!.end, year, {
              unit: "date",
              role: "date",
              date: isoDay(year, month, day),
            }));
            return y + 1;
          }
        }
      }
      const my = monthYearAt(i);
      if (my && my.year !== null) {
        emit(draft(t.start, my.end, my.year, {
          unit: "date",
          role: "date",
          date: `${my.year}-${String(month).padStart(2, "0")}`,
        }));
        return my.next;
      }
      return i + 1;
    }

    // Decades: les années 1970.
    if (w === "années" && ["les", "des", "aux", "ces"].includes(previousWord(i))) {
      const k = skipSp(i + 1, 0);
      if (k > i + 1 && isNum(k)) {
        const n = toks[k]!.text;
        const v = n.length === 4 ? Number(n) : n.length === 2 ? 1900 + Number(n) : NaN;
        if (v >= 1900 && v <= 2090 && v % 10 === 0 && !isLetter(text[toks[k]!.end])) {
          emit(draft(t.start, toks[k]!.end, v, {
            valueHigh: v + 9,
            unit: "date",
            role: "date",
            qualifier: "about",
            lastDigit: 10,
            lastSignificant: 10,
            date: `${v}/${v + 9}`,
          }));
          return k + 1;
        }
      }
      return i + 1;
    }

    // Multipliers: doubler, quintupler.
    const factor = frenchMultiplierWord(w);
    if (factor !== null) {
      emit(draft(t.start, t.end, factor, { form: "words", unit: "count" }));
      return i + 1;
    }

    // Fractions alone: moitié; le tiers des…, le quart des….
    const share = frenchFractionWord(w);
    if (share !== null) {
      if (
        w.startsWith("moiti") ||
        (fractionPartnerAfter(i) && ARTICLES_BEFORE_FRACTION.has(previousWord(i)))
      ) {
        emit(fractionDraft(t.start, t.end, 1, share));
      }
      return i + 1;
    }

    // "un", "une": a number only before a scale, a duration, a fraction, an approximation or in
    // a ratio (un sur trois); otherwise an article.
    if (w === "un" || w === "une") return readOneAt(i);

    return readCardinalAt(i);
  };

  /** Whether the word after a fraction noun at `i` makes it a share (le quart des…). */
  const fractionPartnerAfter = (i: number): boolean => {
    const k = skipSp(i + 1, 1);
    if (k < 0) return false;
    const t = toks[k];
    if (!t) return true;
    if (t.kind === "punct") return !/[-–]/u.test(t.text);
    if (!QUART_PARTNERS.has(lw(k))) return false;
    if (lw(k) === "de" || lw(k) === "d") {
      const n = lw(k) === "d" ? k + 2 : skipSp(k + 1, 0);
      const after = lw(n);
      return after === "la" || after === "l" || after === "leur" || after === "leurs" ||
        after === "ces" || after === "ses" || after === "nos" || after === "vos";
    }
    return true;
  };

  const fractionDraft = (start: number, end: number, count: number, share: number): Draft => {
    const value = tidy(Math.round(count * share * 100) / 100);
    const unitShare = tidy(Math.round(share * 100) / 100);
    return draft(start, end, value, {
      form: "words",
      unit: "percent",
      lastDigit: Number.isInteger(value) ? 1 : 0.01,
      lastSignificant: unitShare,
    });
  };

  /** The ratio “a [noun] sur N” starting with the count at token `i` ending at `k0`. */
  const ratioAt = (
    i: number,
    count: number,
    k0: number,
  ): { draft: Draft; next: number } | null => {
    let k = k0;
    for (let words = 0; words <= 2; words++) {
      const s = skipSp(k, 0);
      if (s <= k || toks[s]?.kind !== "word") return null;
      if (lw(s) === "sur") {
        const n = skipSp(s + 1, 1);
        if (n <= s + 1) return null;
        let of: number | null = null;
        let end = -1;
        let next = -1;
        if (isNum(n) && toks[n]!.text.length <= 3) {
          of = Number(toks[n]!.text);
          end = toks[n]!.end;
          next = n + 1;
        } else {
          const c = readFrenchCardinal([lw(n)]);
          if (c && lw(n) !== "un" && lw(n) !== "une") {
            of = c.value;
            end = toks[n]!.end;
            next = n + 1;
          }
        }
        if (of === null || of <= count || pluralNounAfter(next)) return null;
        const d = fractionDraft(toks[i]!.start, end, count, 100 / of);
        d.lastSignificant = tidy(Math.round((100 / of) * 100) / 100);
        return { draft: d, next };
      }
      k = s + 1;
    }
    return null;
  };

  const readOneAt = (i: number): number => {
    const t = toks[i]!;
    const k = skipSp(i + 1, 1);
    if (k <= i + 1) return i + 1;
    const next = lw(k);
    const approx = frenchApproximateWord(next);
    if (approx !== null) {
      emit(approximateDraft(t.start, k, approx));
      return k + 1;
    }
    if (ONE_DURATION.has(next)) {
      const [unit, f] = DURATIONS.get(next)!;
      emit(draft(t.start, toks[k]!.end, f, {
        form: "words",
        unit,
        lastSignificant: f,
      }));
      return k + 1;
    }
    const share = frenchFractionWord(next);
    if (share !== null && !next.startsWith("moiti") && fractionPartnerAfter(k)) {
      emit(fractionDraft(t.start, toks[k]!.end, 1, share));
      return k + 1;
    }
    if (next === "million" || next === "milliard") return readCardinalAt(i);
    const ratio = ratioAt(i, 1, i + 1);
    if (ratio) {
      emit(ratio.draft);
      return ratio.next;
    }
    return i + 1;
  };

  const approximateDraft = (start: number, k: number, value: number): Draft => {
    // "une dizaine d'années": the approximation of a duration.
    let end = toks[k]!.end;
    let unit: string | null = null;
    let factor = 1;
    let j = skipSp(k + 1, 1);
    if (j > 0) {
      if (lw(j) === "d" && (isP(j + 1, "'") || isP(j + 1, "’"))) j += 2;
      else if (lw(j) === "de") j = skipSp(j + 1, 1);
      else j = -1;
    }
    const dur = j > 0 ? DURATIONS.get(lw(j)) : undefined;
    if (dur) {
      unit = dur[0];
      factor = dur[1];
      end = toks[j]!.end;
    }
    return draft(start, end, value * factor, {
      form: "words",
      unit,
      qualifier: "about",
      lastSignificant: trailingZerosUnit(String(value * factor)),
    });
  };

  const readCardinalAt = (i: number): number => {
    if (readFrenchCardinal([lw(i)]) === null) return i + 1;
    const words: string[] = [];
    const at: number[] = [];
    let j = i;
    while (words.length < 10 && toks[j]?.kind === "word") {
      words.push(lw(j));
      at.push(j);
      const sepHyphen = isP(j + 1, "-");
      const sepSpace = toks[j + 1]?.kind === "space" && toks[j + 1]!.newlines === 0;
      if ((sepHyphen || sepSpace) && toks[j + 2]?.kind === "word") j += 2;
      else break;
    }
    const c = readFrenchCardinal(words);
    if (!c) return i + 1;
    const first = words[0]!;
    if (first === "un" || first === "une") {
      if (c.count < 2) return i + 1;
    }
    const t = toks[i]!;
    const last = at[c.count - 1]!;
    const lastWord = words[c.count - 1]!;
    // Not numbers: "argent neuf et", "pour cent", "aux quatre coins".
    if (c.count === 1 && first === "neuf") {
      const k = skipSp(last + 1, 1);
      if (
        k < 0 || toks[k]?.kind !== "word" || NOT_AFTER_NEUF.has(lw(k)) || previousWord(i) === "à"
      ) {
        return i + 1;
      }
    }
    if ((first === "cent" || first === "cents") && previousWord(i) === "pour") return i + 1;
    if (first === "quatre" && lw(skipSp(last + 1, 0)) === "coins") return last + 1;

    const k = skipSp(last + 1, 1);
    const end0 = toks[last]!.end;
    // deux tiers, trois quarts.
    const share = k > 0 ? frenchFractionWord(lw(k)) : null;
    if (share !== null && !lw(k).startsWith("moiti") && c.value >= 1 && c.value < 10) {
      emit(fractionDraft(t.start, toks[k]!.end, c.value, share));
      return k + 1;
    }
    // deux sur trois.
    if (c.value >= 1 && c.value < 10) {
      const ratio = ratioAt(i, c.value, last + 1);
      if (ratio) {
        emit(ratio.draft);
        return ratio.next;
      }
    }
    const scaleWord = lastWord.startsWith("million") || lastWord.startsWith("milliard");
    if (scaleWord) {
      const money = moneyAfter(last + 1);
      if (money) {
        const value = tidy(c.value / 1e6);
        emit(draft(t.start, money.end, value, {
          form: "words",
          unit: "MCAD",
          lastSignificant: lastWord.startsWith("milliard") ? 1000 : 1,
        }));
        return money.next;
      }
    }
    const lastSignificant = scaleWord
      ? (lastWord.startsWith("milliard") ? 1e9 : 1e6)
      : trailingZerosUnit(String(c.value));
    if (k > 0) {
      const u = unitAfterWords(k);
      if (u) {
        emit(draft(t.start, u.end, tidy(c.value * u.factor), {
          form: "words",
          unit: u.unit,
          lastSignificant: tidy(lastSignificant * u.factor),
        }));
        return u.next;
      }
    }
    const extra: Partial<Draft> = { form: "words", lastSignificant };
    if (scaleWord) extra.scale = lastSignificant;
    emit(draft(t.start, end0, c.value, extra));
    return last + 1;
  };

  /** The unit after a number in words: pour cent, %, ans, années, mois, décennies, fois. */
  const unitAfterWords = (
    k: number,
  ): { unit: string; factor: number; end: number; next: number } | null => {
    if (isP(k, "%")) return { unit: "percent", factor: 1, end: toks[k]!.end, next: k + 1 };
    if (lw(k) === "pour") {
      const c = skipSp(k + 1, 0);
      if (c > k + 1 && lw(c) === "cent") {
        return { unit: "percent", factor: 1, end: toks[c]!.end, next: c + 1 };
      }
    }
    if (lw(k) === "fois") return { unit: "count", factor: 1, end: toks[k]!.end, next: k + 1 };
    const d = durationAt(k);
    if (d) return { unit: d.unit, factor: d.factor, end: toks[d.next - 1]!.end, next: d.next };
    return null;
  };

  // ---- the pass ------------------------------------------------------------------------------

  let sp = 0;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    while (sp < special.length && special[sp]!.end <= t.start) sp++;
    const s = special[sp];
    if (s && s.start <= t.start) {
      if (s.kind === "phone" || s.kind === "postal_code") {
        const span = text.slice(s.start, s.end);
        const digits = span.replace(/\D/g, "");
        out.push(draft(s.start, s.end, Number(digits), { role: s.kind }));
        i = tokenAt(s.end, i);
        continue;
      }
      if (t.kind === "num") {
        out.push(draft(t.start, t.end, Number(t.text), {
          role: s.kind,
          lastSignificant: trailingZerosUnit(t.text),
        }));
      }
      i++;
      continue;
    }
    let next = i + 1;
    if (t.kind === "num") next = readNumberAt(i);
    else if (t.kind === "word") next = readWordAt(i);
    else if (t.kind === "sup") {
      out.push(draft(t.start, t.end, Number(fromSuperscript(t.text)), { role: "footnote_marker" }));
    }
    i = Math.max(next, i + 1);
  }
  return out;
}

/** A quick test: can a number (in words, or a month) start with this lowercased word? */
function mayStartNumber(w: string): boolean {
  return mayStartFrenchNumber(w) || monthNumber(w) !== null || w === "années";
}

/** `mi-2025` (the middle of 2025) is a year, not a code like `A-32`. */
function isMidYear(text: string, start: number): boolean {
  return text.slice(start - 3, start - 1).toLowerCase() === "mi" && !isLetter(text[start - 4]);
}

const REFERENCE_LIST = /\((\d{1,3})(?:[ \u00A0]?,[ \u00A0]?\d{1,3})+\)/y;

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function fromSuperscript(s: string): string {
  return [...s].map((c) => String(SUPERSCRIPTS.indexOf(c))).join("");
}
