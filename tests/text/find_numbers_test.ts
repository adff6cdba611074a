import {
  findNumbers,
  type NumberMention,
  parseNumberExpression,
} from "../../lib/text/find_numbers.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

type Expected = Partial<NumberMention>;

/** The fields of a mention that a case names, so that each case checks only what it says. */
function pick(m: NumberMention | undefined, expected: Expected): Expected | undefined {
  if (!m) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) out[key] = m[key as keyof NumberMention];
  return out as Expected;
}

interface Case {
  name: string;
  text: string;
  mentions: Expected[];
}

async function runCases(t: Deno.TestContext, cases: readonly Case[]): Promise<void> {
  for (const c of cases) {
    await t.step(c.name, () => {
      const found = findNumbers(c.text);
      assertEquals(
        found.map((m, k) => pick(m, c.mentions[k] ?? {})),
        c.mentions,
        `in ${JSON.stringify(c.text)}`,
      );
    });
  }
}

Deno.test("findNumbers() reads numbers in French and English typography", async (t) => {
  await runCases(t, [
    {
      name: "spaces group thousands: 45 000 $ is 45000 CAD, exact to the dollar",
      text: "à 45 000 $ par an",
      mentions: [{
        text: "45 000 $",
        value: 45000,
        unit: "CAD",
        lastDigit: 1,
        lastSignificant: 1000,
      }],
    },
    {
      name: "a no-break space groups thousands (440\u00A0000)",
      text: "près de 440\u00A0000 travailleurs",
      mentions: [{ text: "440\u00A0000", value: 440000, qualifier: "about" }],
    },
    {
      name: "a narrow no-break space groups thousands (1\u202F000\u202F000)",
      text: "1\u202F000\u202F000 de personnes",
      mentions: [{ value: 1000000, lastSignificant: 1000000 }],
    },
    {
      name: "a comma is the French decimal mark: 35,5 % is 35.5 percent to a tenth",
      text: "seulement 35,5 % des organismes",
      mentions: [{ text: "35,5 %", value: 35.5, unit: "percent", lastDigit: 0.1 }],
    },
    {
      name: "a printed decimal zero is significant: 3,0 % is precise to a tenth",
      text: "3,0 %",
      mentions: [{ value: 3, lastDigit: 0.1, lastSignificant: 0.1 }],
    },
    {
      name: "a point is the English decimal mark: 35.5% is 35.5 percent",
      text: "35.5%",
      mentions: [{ value: 35.5, unit: "percent", lastDigit: 0.1 }],
    },
    {
      name: "2.5M$ is 2.5 MCAD",
      text: "2.5M$",
      mentions: [{ text: "2.5M$", value: 2.5, unit: "MCAD", lastDigit: 0.1 }],
    },
    {
      name: "355M$ is 355 MCAD",
      text: "un budget de 355M$",
      mentions: [{ text: "355M$", value: 355, unit: "MCAD" }],
    },
    {
      name: "22,9 M $ (a space before $) is 22.9 MCAD",
      text: "22,9 M $ pour soutenir",
      mentions: [{ text: "22,9 M $", value: 22.9, unit: "MCAD", lastSignificant: 0.1 }],
    },
    {
      name: "2,5 millions $ is 2.5 MCAD, precise to a tenth of a million",
      text: "de 2,5 millions $ par tranche",
      mentions: [{
        text: "2,5 millions $",
        value: 2.5,
        unit: "MCAD",
        lastDigit: 0.1,
        lastSignificant: 0.1,
      }],
    },
    {
      name: "2,5 millions de dollars is 2.5 MCAD",
      text: "2,5 millions de dollars",
      mentions: [{ text: "2,5 millions de dollars", value: 2.5, unit: "MCAD" }],
    },
    {
      name: "1,2 milliard $ is 1 200 MCAD, precise to 100 M$",
      text: "1,2 milliard $",
      mentions: [{ value: 1200, unit: "MCAD", lastDigit: 100 }],
    },
    {
      name: "3 milliards de dollars is 3 000 MCAD",
      text: "3 milliards de dollars",
      mentions: [{ value: 3000, unit: "MCAD" }],
    },
    {
      name: "45 k$ is 45 000 CAD, precise to the thousand",
      text: "45 k$",
      mentions: [{ value: 45000, unit: "CAD", lastDigit: 1000 }],
    },
    {
      name: "a dollar sign before the number: $45 is 45 CAD, $2.5M is 2.5 MCAD",
      text: "$45 et $2.5M",
      mentions: [{ text: "$45", value: 45, unit: "CAD" }, {
        text: "$2.5M",
        value: 2.5,
        unit: "MCAD",
      }],
    },
    {
      name: "10M without $ keeps its printed value 10, unit unknown, scale 1e6",
      text: "10M",
      mentions: [{ value: 10, unit: null, scale: 1e6 }],
    },
    {
      name: "2 millions de personnes is multiplied out: 2 000 000, unit unknown",
      text: "2 millions de personnes",
      mentions: [{ text: "2 millions", value: 2000000, unit: null, lastDigit: 1000000 }],
    },
    {
      name: "pour cent is percent",
      text: "5 pour cent",
      mentions: [{ text: "5 pour cent", value: 5, unit: "percent" }],
    },
    {
      name: "a percent sign on the next line still belongs to its number: (60 \\n%)",
      text: "(60 \n%)",
      mentions: [{ text: "60 \n%", value: 60, unit: "percent" }],
    },
    {
      name: "English thousands commas are read when unambiguous: 1,000,000 $",
      text: "1,000,000 $",
      mentions: [{ value: 1000000, unit: "CAD" }],
    },
    {
      name: "a comma group before a decimal point is English: 3,333.50 $ is 3 333.5",
      text: "3,333.50 $",
      mentions: [{ value: 3333.5, lastDigit: 0.01 }],
    },
    {
      name: "a sign is part of the number: +47% is 47, -5 % is -5",
      text: "+47% et -5 %",
      mentions: [{ text: "+47%", value: 47 }, { text: "-5 %", value: -5 }],
    },
    {
      name: "a row of numbers stays six numbers: 182,2 364,4 546,6 728,8 911 2733",
      text: "182,2 364,4 546,6 728,8 911 2733",
      mentions: [
        { value: 182.2, lastDigit: 0.1 },
        { value: 364.4 },
        { value: 546.6 },
        { value: 728.8 },
        { value: 911, lastDigit: 1, lastSignificant: 1 },
        { value: 2733, lastSignificant: 1 },
      ],
    },
  ]);
});

Deno.test("findNumbers() reads dates, years and fiscal years", async (t) => {
  await runCases(t, [
    {
      name: "10 novembre 2009 is the date 2009-11-10",
      text: "Montréal, le 10 novembre 2009",
      mentions: [{ text: "10 novembre 2009", value: 2009, role: "date", date: "2009-11-10" }],
    },
    {
      name: "1er juin 2009 is the date 2009-06-01",
      text: "le 1er juin 2009",
      mentions: [{ text: "1er juin 2009", role: "date", unit: "date", date: "2009-06-01" }],
    },
    {
      name: "a superscript split over lines (le 1\\ner\\n juin 2009) is still one date",
      text: "arrivait à échéance le 1\ner\n juin 2009.",
      mentions: [{ text: "1\ner\n juin 2009", role: "date", date: "2009-06-01" }],
    },
    {
      name: "a month with a year is a month: Octobre 2025 is 2025-10",
      text: "Mémoire - Octobre 2025",
      mentions: [{ text: "Octobre 2025", value: 2025, date: "2025-10" }],
    },
    {
      name: "an English date: July 2, 2025",
      text: "Workspan Daily, July 2, 2025.",
      mentions: [{ text: "July 2, 2025", date: "2025-07-02" }],
    },
    {
      name: "a day and month without a year: 6 décembre is --12-06",
      text: "Rapport, 6 décembre.",
      mentions: [{ text: "6 décembre", value: 6, date: "--12-06" }],
    },
    {
      name: "two days sharing a month: les 22 et 24 septembre 2022",
      text: "les 22 et 24 septembre 2022",
      mentions: [{ text: "22", date: "2022-09-22" }, {
        text: "24 septembre 2022",
        date: "2022-09-24",
      }],
    },
    {
      name: "a year alone is a date: en 2005",
      text: "En 2005, une enquête",
      mentions: [{ value: 2005, unit: "date", role: "date", date: "2005", lastSignificant: 1 }],
    },
    {
      name: "an ISO date: 2022-09-24",
      text: "2022-09-24",
      mentions: [{ date: "2022-09-24", role: "date" }],
    },
    {
      name: "a fiscal year: 2025-2026 is 2025 to 2026",
      text: "reçu en 2025-2026",
      mentions: [{
        value: 2025,
        valueHigh: 2026,
        unit: "fiscal_year",
        role: "fiscal_year",
      }],
    },
    {
      name: "a fiscal year broken after its dash: 2026-\\n2027",
      text: "2026-\n2027",
      mentions: [{ text: "2026-\n2027", value: 2026, valueHigh: 2027, role: "fiscal_year" }],
    },
    {
      name: "a short fiscal year: 2025-26",
      text: "2025-26",
      mentions: [{ value: 2025, valueHigh: 2026, role: "fiscal_year" }],
    },
    {
      name: "a span of years: (1960-2002)",
      text: "(1960-2002)",
      mentions: [{ value: 1960, valueHigh: 2002, qualifier: "range", date: "1960/2002" }],
    },
    {
      name: "a decade: les années 1970 is 1970 to 1979, about",
      text: "depuis les années 1970",
      mentions: [{
        text: "années 1970",
        value: 1970,
        valueHigh: 1979,
        qualifier: "about",
        date: "1970/1979",
        lastSignificant: 10,
      }],
    },
  ]);
});

Deno.test("findNumbers() reads numbers written in words", async (t) => {
  await runCases(t, [
    {
      name: "cardinals from deux to mille",
      text: "deux, trois, quatre, cinq, six, sept, huit, neuf régions, dix, onze, douze, quinze, " +
        "vingt, trente, quarante, cinquante, cent, mille",
      mentions: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50, 100, 1000].map((v) => ({
        value: v,
        form: "words" as const,
        unit: null,
      })),
    },
    {
      name: "compound cardinals: vingt-deux, soixante et onze, quatre-vingt-dix-neuf, deux cents",
      text: "vingt-deux, soixante et onze, quatre-vingt-dix-neuf, deux cents",
      mentions: [{ value: 22 }, { value: 71 }, { value: 99 }, {
        value: 200,
        lastSignificant: 100,
      }],
    },
    {
      name: "trois personnes is 3, in words, exact to the unit",
      text: "emploie trois personnes",
      mentions: [{ text: "trois", value: 3, form: "words", lastDigit: 1, lastSignificant: 1 }],
    },
    {
      name: "un million is 1 000 000 with one significant figure",
      text: "plus d'un million de personnes",
      mentions: [{
        text: "un million",
        value: 1000000,
        qualifier: "more_than",
        lastSignificant: 1000000,
        form: "words",
      }],
    },
    {
      name: "deux millions de dollars is 2 MCAD",
      text: "deux millions de dollars",
      mentions: [{ value: 2, unit: "MCAD", form: "words" }],
    },
    {
      name: "durations: cinq ans, trente ans, un an, un mois",
      text: "d'ici cinq ans; trente ans; qu'un an après; un mois complet",
      mentions: [
        { text: "cinq ans", value: 5, unit: "years" },
        { text: "trente ans", value: 30, unit: "years" },
        { text: "un an", value: 1, unit: "years" },
        { text: "un mois", value: 1, unit: "months" },
      ],
    },
    {
      name: "une décennie is 10 years; deux dernières décennies is 20 years",
      text: "près d'une décennie; depuis les deux dernières décennies",
      mentions: [
        { text: "une décennie", value: 10, unit: "years", qualifier: "about", lastSignificant: 10 },
        { text: "deux dernières décennies", value: 20, unit: "years", lastSignificant: 10 },
      ],
    },
    {
      name: "une cinquantaine is about 50, to the ten",
      text: "une cinquantaine de professionnels",
      mentions: [{
        text: "une cinquantaine",
        value: 50,
        qualifier: "about",
        lastSignificant: 10,
        form: "words",
      }],
    },
    {
      name: "une dizaine, une centaine and un millier are about 10, 100 and 1000",
      text: "une dizaine, une centaine, un millier",
      mentions: [
        { value: 10, qualifier: "about" },
        { value: 100, qualifier: "about" },
        { value: 1000, qualifier: "about" },
      ],
    },
    {
      name: "une dizaine d'années is about 10 years",
      text: "une dizaine d'années",
      mentions: [{ value: 10, unit: "years", qualifier: "about" }],
    },
    {
      name: "moitié is 50 percent",
      text: "réduit de plus de moitié le coût",
      mentions: [{
        text: "moitié",
        value: 50,
        unit: "percent",
        qualifier: "more_than",
        lastSignificant: 50,
      }],
    },
    {
      name: "fractions: le tiers des, deux tiers, un quart des, trois quarts",
      text: "le tiers des membres, deux tiers des votes, un quart des postes, trois quarts",
      mentions: [
        { text: "tiers", value: 33.33, unit: "percent" },
        { text: "deux tiers", value: 66.67, unit: "percent" },
        { text: "un quart", value: 25, unit: "percent" },
        { text: "trois quarts", value: 75, unit: "percent" },
      ],
    },
    {
      name: "multipliers: doubler, double, tripler, quintupler are counts",
      text: "doubler, double, tripler, quintupler",
      mentions: [
        { value: 2, unit: "count", form: "words" },
        { value: 2, unit: "count" },
        { value: 3, unit: "count" },
        { value: 5, unit: "count" },
      ],
    },
    {
      name: "un organisme sur trois is 33.33 percent, in words",
      text: "plus d'un organisme sur trois offre",
      mentions: [{
        text: "un organisme sur trois",
        value: 33.33,
        unit: "percent",
        qualifier: "more_than",
        form: "words",
      }],
    },
    {
      name: "cinq pour cent is 5 percent",
      text: "cinq pour cent",
      mentions: [{ value: 5, unit: "percent", form: "words" }],
    },
  ]);
});

Deno.test("findNumbers() reads each ambiguity one way and says which", async (t) => {
  await runCases(t, [
    {
      name: "3,333$ reads as French 3.333 $, flagged, with the English 3 333 $ as alternative",
      text: "3,333$",
      mentions: [{
        value: 3.333,
        unit: "CAD",
        ambiguous: true,
        alternatives: [3333],
        lastDigit: 0.001,
      }],
    },
    {
      name: "3,33$ (two decimals) is French only, not flagged",
      text: "3,33$",
      mentions: [{ value: 3.33, ambiguous: undefined }],
    },
    {
      name: "the article un is not a number",
      text: "Un organisme de quartier emploie une personne",
      mentions: [],
    },
    {
      name: "un before a scale word is a number",
      text: "un milliard $",
      mentions: [{ value: 1000, unit: "MCAD" }],
    },
    {
      name: "neuf after a noun is the adjective new",
      text: "911 M$ d'argent neuf et récurrent",
      mentions: [{ value: 911, unit: "MCAD" }],
    },
    {
      name: "neuf before a noun is nine",
      text: "neuf régions",
      mentions: [{ value: 9 }],
    },
    {
      name: "aux quatre coins is an idiom, not four",
      text: "aux quatre coins du Québec",
      mentions: [],
    },
    {
      name: "un tiers payant is a third party, not a share",
      text: "un tiers payant",
      mentions: [],
    },
    {
      name: "un effet sur trois régions is no ratio: trois counts regions",
      text: "un effet sur trois régions",
      mentions: [{ text: "trois", value: 3, unit: null }],
    },
    {
      name: "an ungrouped 2000 after a qualifier is a count, not a year",
      text: "plus de 2000 organismes",
      mentions: [{ value: 2000, role: "quantity", qualifier: "more_than", unit: null }],
    },
    {
      name: "an ungrouped 2000 before a plural noun is a count, not a year",
      text: "regroupe 2000 membres",
      mentions: [{ value: 2000, role: "quantity" }],
    },
    {
      name: "an ungrouped 2000 before a function word is a year",
      text: "en 2000 dans le réseau",
      mentions: [{ value: 2000, role: "date", unit: "date" }],
    },
    {
      name: "a grouped 2 000 is never a year",
      text: "Phase actuelle (2 000 travailleurs)",
      mentions: [{ value: 2000, role: "quantity", unit: null }],
    },
    {
      name: "a year with a letter is a cited year: (2023a)",
      text: "Institut (2023a).",
      mentions: [{ text: "2023a", value: 2023, date: "2023" }],
    },
  ]);
});

Deno.test("findNumbers() reads the qualifier from the words around a number", async (t) => {
  const q = (text: string, qualifier: NumberMention["qualifier"], value: number): Case => ({
    name: `${JSON.stringify(text)} is ${qualifier}`,
    text,
    mentions: [{ value, qualifier }],
  });
  await runCases(t, [
    q("plus de 5 000 personnes", "more_than", 5000),
    q("soit plus \nde 2 300 travailleurs", "more_than", 2300),
    q("un peu plus de 3 000", "more_than", 3000),
    q("au-delà de 50", "more_than", 50),
    q("supérieurs à 3", "more_than", 3),
    q("environ 8 %", "about", 8),
    q("de ~8 %", "about", 8),
    q("près de 450", "about", 450),
    q("estimé à \n5 M$", "about", 5),
    q("une estimation de 15 000", "about", 15000),
    q("quelque 200", "about", 200),
    q("au moins 5", "at_least", 5),
    q("d'au \n\nmoins trois ans", "at_least", 3),
    q("minimum 400 $", "at_least", 400),
    q("400 $ minimum", "at_least", 400),
    q("Économies indirectes minimales (réduction, prévention) : 400$", "at_least", 400),
    q("65 ans et plus", "at_least", 65),
    q("moins de 20 %", "less_than", 20),
    q("inférieurs à 20$", "less_than", 20),
    q("en plus de 30 rencontres", "exact", 30),
    q("jusqu'à 6 000", "exact", 6000),
    q("seulement 35,5 %", "exact", 35.5),
  ]);
});

Deno.test("findNumbers() tells a range from a change", async (t) => {
  await runCases(t, [
    {
      name: "de 25 à 30 % is one range, 25 to 30 percent",
      text: "réduit le roulement du personnel de 25 à 30 %",
      mentions: [{
        text: "25 à 30 %",
        value: 25,
        valueHigh: 30,
        unit: "percent",
        qualifier: "range",
      }],
    },
    {
      name: "entre 5 et 10 ans is one range",
      text: "entre 5 et 10 ans",
      mentions: [{ value: 5, valueHigh: 10, unit: "years", qualifier: "range" }],
    },
    {
      name: "25-30 % is one range",
      text: "25-30 %",
      mentions: [{ value: 25, valueHigh: 30, qualifier: "range" }],
    },
    {
      name: "de deux à trois ans is one range in words",
      text: "de deux à trois ans",
      mentions: [{ value: 2, valueHigh: 3, unit: "years", form: "words" }],
    },
    {
      name: "une hausse de 10 à 15 % (by 10 to 15) is a range",
      text: "une hausse de 10 à 15 %",
      mentions: [{ value: 10, valueHigh: 15, qualifier: "range" }],
    },
    {
      name: "doubler … de 500 à 1 000 is a change: two exact quantities",
      text: "doubler le nombre de postes à temps complet de 500 à 1 000, d'ici cinq ans",
      mentions: [
        { text: "doubler", value: 2, unit: "count" },
        { text: "500", value: 500, qualifier: "exact" },
        { text: "1 000", value: 1000, qualifier: "exact" },
        { text: "cinq ans", value: 5 },
      ],
    },
    {
      name: "augmenter le nombre d'OC de 450 à 2 250 is a change",
      text: "en augmentant le nombre d'OC de 450 à 2 250",
      mentions: [{ value: 450, qualifier: "exact" }, { value: 2250, qualifier: "exact" }],
    },
    {
      name: "passer de 30 à 25 % is a change; the first number takes the unit of the second",
      text: "passer de 30 à 25 %",
      mentions: [{ value: 30, unit: "percent" }, { value: 25, unit: "percent" }],
    },
    {
      name: "a falling « de 8 % à 3 % » is two numbers",
      text: "de 8 % à 3 %",
      mentions: [{ value: 8 }, { value: 3 }],
    },
    {
      name: "(de ~8 % à environ 3 %) is two numbers, both about",
      text: "(de ~8 % à environ 3 %)",
      mentions: [{ text: "8 %", value: 8, qualifier: "about" }, {
        text: "3 %",
        value: 3,
        qualifier: "about",
      }],
    },
  ]);
});

Deno.test("findNumbers() gives each number its role", async (t) => {
  await runCases(t, [
    {
      name: "phone numbers",
      text: "514 561-2746, 514-562-3349 et (418) 802-0345",
      mentions: [
        { text: "514 561-2746", role: "phone" },
        { text: "514-562-3349", role: "phone" },
        { text: "(418) 802-0345", role: "phone" },
      ],
    },
    {
      name: "postal codes",
      text: "Québec (Québec) G1R 4Z1",
      mentions: [{ text: "G1R 4Z1", role: "postal_code" }],
    },
    {
      name: "a civic number and a floor",
      text: "425, rue Saint-Amable, 4e étage",
      mentions: [{ text: "425", role: "street_number" }, { text: "4e", role: "street_number" }],
    },
    {
      name: "a floor split over lines by the extraction",
      text: "1075, chemin Sainte-Foy, 15\ne\n étage",
      mentions: [{ text: "1075", role: "street_number" }, {
        text: "15\ne",
        role: "street_number",
      }],
    },
    {
      name: "digits in web addresses and e-mails",
      text: "http://www.troc02.org/ et troc09@exemple.org",
      mentions: [{ text: "02", role: "url" }, { text: "09", role: "email" }],
    },
    {
      name: "a web address broken over lines keeps its digits",
      text: "https://doi.org/10.1111/1468-\n0009.00037 \nSuite",
      mentions: ["10", "1111", "1468", "0009", "00037"].map((d) => ({ text: d, role: "url" })),
    },
    {
      name: "note calls glued to a word or a parenthesis",
      text: "une enquête fondatrice1 brossait; les regroupements (51 %)3.",
      mentions: [{ text: "1", role: "footnote_marker" }, { text: "51 %", role: "quantity" }, {
        text: "3",
        role: "footnote_marker",
      }],
    },
    {
      name: "a note call in HTML",
      text: "de la santé (8)<sup>1</sup>, la priorité",
      mentions: [{ text: "8", role: "reference_number" }, { text: "1", role: "footnote_marker" }],
    },
    {
      name: "numbered references in parentheses",
      text: "des stratégies (9,10) et du RSSS (3), puis (21).",
      mentions: [
        { text: "9", role: "reference_number" },
        { text: "10", role: "reference_number" },
        { text: "3", role: "reference_number" },
        { text: "21", role: "reference_number" },
      ],
    },
    {
      name: "numbers that name things",
      text: "l'article 32, le projet de loi 111, la région 03, aux points 1 et 2 de l'annexe 1, " +
        "la 2e partie, (RLRQ, c. A-32), la COVID-19",
      mentions: [32, 111, 3, 1, 2, 1, 2, 32, 19].map((v) => ({
        value: v,
        role: "reference_number" as const,
      })),
    },
    {
      name: "page references",
      text: "(p. 6 et 7 de la 2e partie et p 5 à 24), aux pages 14 à 17, 38 p.",
      mentions: [
        { text: "6", role: "citation" },
        { text: "7", role: "citation" },
        { text: "2e", role: "reference_number" },
        { text: "5 à 24", role: "citation", value: 5, valueHigh: 24 },
        { text: "14 à 17", role: "citation" },
        { text: "38", role: "citation" },
      ],
    },
    {
      name: "a running footer ends with the page number",
      text: "Texte.\n\nMémoire prébudgétaire AACOCQ - Octobre 2025  13\n",
      mentions: [{ text: "Octobre 2025", role: "date" }, { text: "13", role: "page_number" }],
    },
    {
      name: "a number alone on its line is a page number",
      text: "fin de page\n\n12\n\nPage suivante",
      mentions: [{ value: 12, role: "page_number" }],
    },
    {
      name: "the press-release end mark – 30 – is a layout mark",
      text: "regroupait 28 coopératives.\n\n– 30 –\n",
      mentions: [{ value: 28, role: "quantity" }, { value: 30, role: "page_number" }],
    },
    {
      name: "list numbering at the start of lines",
      text: "Ce que font\n 1 Rôle national\n\n2 Travail de concertation\n\n3 Mobilisation\n",
      mentions: [1, 2, 3].map((v) => ({ value: v, role: "list_marker" as const })),
    },
    {
      name: "a line starting with a number that continues no list is a quantity",
      text: "comptant\n14 Regroupements régionaux",
      mentions: [{ value: 14, role: "quantity" }],
    },
    {
      name: "a footnote opens with the number its call gave",
      text: "une enquête fondatrice1 brossait.\n1 Centre de formation populaire " +
        "(Montréal : CFP, 2005), 40.\n Suite du texte en 2007.",
      mentions: [
        { text: "1", role: "footnote_marker" },
        { text: "1", role: "footnote_marker", line: 2, column: 1 },
        { text: "2005", role: "citation", date: "2005" },
        { text: "40", role: "citation" },
        { text: "2007", role: "date" },
      ],
    },
    {
      name: "in a cited note, numbers with a unit or in words stay quantities",
      text: "Voir note15.\n15 Gouvernement du Québec, 22,9 M $ pour trois régions, communiqué, " +
        "1er mars 2023.\n",
      mentions: [
        { text: "15", role: "footnote_marker" },
        { text: "15", role: "footnote_marker" },
        { text: "22,9 M $", role: "quantity", unit: "MCAD" },
        { text: "trois", role: "quantity" },
        { text: "1er mars 2023", role: "citation", date: "2023-03-01" },
      ],
    },
  ]);
});

Deno.test("findNumbers() locates each mention by offsets, line and column", () => {
  const text = "Ligne un\n  à 45 000 $\r\net 35,5 %";
  const found = findNumbers(text);
  assertEquals(found.map((m) => [m.start, m.end, m.line, m.column, m.text]), [
    [13, 21, 2, 5, "45 000 $"],
    [26, 32, 3, 4, "35,5 %"],
  ]);
  for (const m of found) assertStrictEquals(text.slice(m.start, m.end), m.text);
});

// ---- the five memos -----------------------------------------------------------------------------

const ROOT = new URL("../../", import.meta.url);
// The memos as delivered (memos/) or as moved into the data folder (data/memos/<id>/memo.txt).
const MEMOS: Readonly<Record<string, readonly [file: string, id: string]>> = {
  "000": ["000_7ba04fac01a3901b.txt", "aacocq"],
  "001": ["001_0d5e0fc3f014aabe.txt", "oc"],
  "002": ["002_afd1e4bcda7165d7.txt", "fqcs"],
  "003": ["003_bbab936c0f259a00.txt", "ctroc"],
  "004": ["004_862885d83453683d.txt", "trpocb"],
};

function readMemo(key: string): string {
  const [file, id] = MEMOS[key]!;
  try {
    return Deno.readTextFileSync(new URL(`memos/${file}`, ROOT));
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
    return Deno.readTextFileSync(new URL(`data/memos/${id}/memo.txt`, ROOT));
  }
}

const memoMentions = new Map<string, NumberMention[]>();
function mentionsOf(key: string): NumberMention[] {
  let found = memoMentions.get(key);
  if (!found) {
    found = findNumbers(readMemo(key));
    memoMentions.set(key, found);
  }
  return found;
}

interface MemoCase extends Expected {
  memo: string;
  line: number;
  text: string;
  /** Which of the mentions with this text on this line (0 for the first). */
  nth?: number;
}

function describe(c: MemoCase): string {
  const { memo: _m, line: _l, text: _t, nth: _n, ...rest } = c;
  return `${c.memo} line ${c.line}: ${JSON.stringify(c.text)} is ` +
    Object.entries(rest).map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(", ");
}

const MEMO_CASES: readonly MemoCase[] = [
  // 000, AACOCQ
  { memo: "000", line: 4, text: "2005", role: "date", date: "2005" },
  { memo: "000", line: 4, text: "1", role: "footnote_marker" },
  {
    memo: "000",
    line: 5,
    text: "35,5 %",
    value: 35.5,
    unit: "percent",
    qualifier: "exact",
    role: "quantity",
  },
  { memo: "000", line: 7, text: "20$", value: 20, unit: "CAD", qualifier: "less_than" },
  { memo: "000", line: 13, text: "32", role: "reference_number" },
  { memo: "000", line: 16, text: "une décennie", value: 10, unit: "years", qualifier: "about" },
  { memo: "000", line: 17, text: "2016", role: "date" },
  { memo: "000", line: 18, text: "110", value: 110, qualifier: "more_than" },
  { memo: "000", line: 24, text: "1", role: "footnote_marker", column: 1 },
  { memo: "000", line: 25, text: "2005", role: "citation" },
  { memo: "000", line: 30, text: "450", qualifier: "about" },
  {
    memo: "000",
    line: 43,
    text: "5 000",
    value: 5000,
    qualifier: "more_than",
    lastSignificant: 1000,
  },
  {
    memo: "000",
    line: 44,
    text: "2 300",
    value: 2300,
    qualifier: "more_than",
    lastSignificant: 100,
  },
  { memo: "000", line: 44, text: "5 000", qualifier: "exact" },
  { memo: "000", line: 63, text: "18 600", qualifier: "more_than", lastSignificant: 100 },
  { memo: "000", line: 63, text: "440 000", qualifier: "about", lastSignificant: 10000 },
  { memo: "000", line: 63, text: "2", role: "footnote_marker" },
  { memo: "000", line: 64, text: "deux dernières décennies", value: 20, unit: "years" },
  { memo: "000", line: 67, text: "50 %", qualifier: "about" },
  { memo: "000", line: 67, text: "60 \n%", value: 60, unit: "percent" },
  { memo: "000", line: 68, text: "51 %", value: 51 },
  { memo: "000", line: 68, text: "3", role: "footnote_marker" },
  {
    memo: "000",
    line: 72,
    text: "un organisme sur trois",
    value: 33.33,
    unit: "percent",
    qualifier: "more_than",
    form: "words",
  },
  { memo: "000", line: 74, text: "5", role: "footnote_marker" },
  { memo: "000", line: 97, text: "2", role: "footnote_marker", column: 1 },
  { memo: "000", line: 98, text: "6", role: "citation" },
  { memo: "000", line: 102, text: "98%", value: 98, unit: "percent" },
  { memo: "000", line: 110, text: "moitié", value: 50, unit: "percent", qualifier: "more_than" },
  { memo: "000", line: 110, text: "8 %", value: 8, qualifier: "about" },
  { memo: "000", line: 110, text: "3 %", value: 3, qualifier: "about" },
  { memo: "000", line: 116, text: "2026", role: "date" },
  { memo: "000", line: 124, text: "50 %", qualifier: "more_than" },
  { memo: "000", line: 126, text: "6", role: "footnote_marker" },
  { memo: "000", line: 130, text: "8 %", qualifier: "about" },
  { memo: "000", line: 135, text: "trois", value: 3, form: "words", unit: null },
  { memo: "000", line: 135, text: "45 000 $", value: 45000, unit: "CAD", lastSignificant: 1000 },
  { memo: "000", line: 136, text: "135 000 $", value: 135000, unit: "CAD" },
  { memo: "000", line: 137, text: "10 800 $", value: 10800, lastSignificant: 100 },
  { memo: "000", line: 137, text: "un mois", value: 1, unit: "months" },
  { memo: "000", line: 150, text: "40", role: "citation" },
  { memo: "000", line: 160, text: "8", role: "footnote_marker" },
  { memo: "000", line: 162, text: "2 500$", value: 2500, qualifier: "more_than" },
  { memo: "000", line: 165, text: "1 060$", value: 1060, unit: "CAD", qualifier: "exact" },
  { memo: "000", line: 168, text: "400$", value: 400, unit: "CAD", qualifier: "at_least" },
  { memo: "000", line: 170, text: "5 %", qualifier: "about" },
  { memo: "000", line: 171, text: "50 000 $", value: 50000 },
  { memo: "000", line: 204, text: "Octobre 2025", role: "date", date: "2025-10" },
  { memo: "000", line: 204, text: "13", role: "page_number" },
  { memo: "000", line: 225, text: "67 %", value: 67 },
  { memo: "000", line: 244, text: "July 2, 2025", role: "citation", date: "2025-07-02" },
  { memo: "000", line: 247, text: "0009", role: "url" },
  { memo: "000", line: 250, text: "trois", value: 3, role: "quantity" },
  { memo: "000", line: 252, text: "27–29", role: "citation", value: 27, valueHigh: 29 },
  {
    memo: "000",
    line: 258,
    text: "25 à 30 %",
    value: 25,
    valueHigh: 30,
    unit: "percent",
    qualifier: "range",
  },
  { memo: "000", line: 260, text: "15", role: "footnote_marker" },
  { memo: "000", line: 263, text: "16", role: "footnote_marker" },
  { memo: "000", line: 280, text: "2 500 $", qualifier: "about" },
  {
    memo: "000",
    line: 291,
    text: "22,9 M $",
    value: 22.9,
    unit: "MCAD",
    role: "quantity",
    lastDigit: 0.1,
  },
  { memo: "000", line: 292, text: "1er mars 2023", role: "citation", date: "2023-03-01" },
  { memo: "000", line: 292, text: "229", role: "url" },
  { memo: "000", line: 296, text: "+47%", value: 47, unit: "percent", role: "quantity" },
  { memo: "000", line: 298, text: "47", role: "url" },
  {
    memo: "000",
    line: 308,
    text: "2,5 millions $",
    value: 2.5,
    unit: "MCAD",
    lastDigit: 0.1,
    lastSignificant: 0.1,
  },
  { memo: "000", line: 310, text: "1 000", value: 1000, role: "quantity" },
  { memo: "000", line: 319, text: "5 M$", value: 5, unit: "MCAD", qualifier: "about" },
  { memo: "000", line: 320, text: "6 000", role: "quantity" },
  { memo: "000", line: 320, text: "2030", role: "date" },
  { memo: "000", line: 329, text: "2 000", nth: 1, value: 2000, role: "quantity" },
  { memo: "000", line: 329, text: "2 500 $", value: 2500, unit: "CAD" },
  { memo: "000", line: 338, text: "2,5 M$", value: 2.5, unit: "MCAD" },
  { memo: "000", line: 347, text: "15 000", qualifier: "about" },
  { memo: "000", line: 373, text: "mai 2023", role: "date", date: "2023-05" },
  // 001, OC brief
  { memo: "001", line: 14, text: "années 1970", date: "1970/1979" },
  { memo: "001", line: 14, text: "1", role: "reference_number" },
  { memo: "001", line: 24, text: "25 dernières années", value: 25, unit: "years" },
  { memo: "001", line: 24, text: "1960-2002", value: 1960, valueHigh: 2002, role: "date" },
  { memo: "001", line: 28, text: "9", role: "reference_number" },
  { memo: "001", line: 28, text: "10", role: "reference_number" },
  { memo: "001", line: 28, text: "1", role: "footnote_marker" },
  { memo: "001", line: 36, text: "32", role: "reference_number" },
  { memo: "001", line: 42, text: "30 ans", value: 30, unit: "years", role: "quantity" },
  { memo: "001", line: 42, text: "100 ans", value: 100, unit: "years" },
  { memo: "001", line: 42, text: "huit", value: 8, form: "words", role: "quantity" },
  { memo: "001", line: 42, text: "22", value: 22, role: "quantity" },
  { memo: "001", line: 51, text: "505", value: 505, role: "quantity" },
  { memo: "001", line: 51, text: "334", value: 334 },
  { memo: "001", line: 51, text: "2017", role: "date" },
  { memo: "001", line: 53, text: "doubler", value: 2, unit: "count", form: "words" },
  { memo: "001", line: 53, text: "500", value: 500, qualifier: "exact", role: "quantity" },
  { memo: "001", line: 53, text: "1 000", value: 1000, qualifier: "exact", role: "quantity" },
  { memo: "001", line: 53, text: "cinq ans", value: 5, unit: "years" },
  { memo: "001", line: 53, text: "21", role: "reference_number" },
  { memo: "001", line: 53, text: "2", role: "footnote_marker" },
  { memo: "001", line: 57, text: "2025", role: "citation" },
  { memo: "001", line: 57, text: "4", role: "citation" },
  { memo: "001", line: 57, text: "quintupler", value: 5, unit: "count" },
  { memo: "001", line: 57, text: "450", value: 450, qualifier: "exact", role: "quantity" },
  { memo: "001", line: 57, text: "2 250", value: 2250, qualifier: "exact", role: "quantity" },
  { memo: "001", line: 61, text: "12 février 2025", date: "2025-02-12" },
  { memo: "001", line: 61, text: "20", role: "reference_number" },
  { memo: "001", line: 67, text: "trois", value: 3 },
  { memo: "001", line: 75, text: "1", role: "list_marker" },
  { memo: "001", line: 78, text: "7-18", role: "citation", valueHigh: 18 },
  { memo: "001", line: 79, text: "1979", role: "citation" },
  { memo: "001", line: 96, text: "21", role: "list_marker" },
  { memo: "001", line: 98, text: "deux", value: 2, role: "quantity" },
  // 002, FQCS
  { memo: "002", line: 5, text: "23 octobre 2025", date: "2025-10-23" },
  { memo: "002", line: 8, text: "2024-2025", role: "fiscal_year", valueHigh: 2025 },
  { memo: "002", line: 12, text: "111", role: "reference_number" },
  { memo: "002", line: 18, text: "4", value: 4, role: "quantity" },
  { memo: "002", line: 20, text: "1000 heures", value: 1000, unit: "hours", qualifier: "about" },
  { memo: "002", line: 20, text: "30", value: 30, qualifier: "exact" },
  { memo: "002", line: 28, text: "31 mars 2025", date: "2025-03-31" },
  { memo: "002", line: 28, text: "28", value: 28, role: "quantity" },
  { memo: "002", line: 30, text: "30", role: "page_number" },
  { memo: "002", line: 35, text: "514 561-2746", role: "phone" },
  { memo: "002", line: 39, text: "418 802-0345", role: "phone" },
  { memo: "002", line: 43, text: "40", value: 40, qualifier: "about" },
  // The release prints no-break spaces between thousands.
  { memo: "002", line: 43, text: "2\u00A0500", value: 2500, lastSignificant: 100 },
  { memo: "002", line: 43, text: "une cinquantaine", value: 50, qualifier: "about" },
  { memo: "002", line: 43, text: "280\u00A0000", value: 280000 },
  // 003, CTROC
  { memo: "003", line: 7, text: "14", value: 14, role: "quantity" },
  { memo: "003", line: 10, text: "3000", value: 3000, qualifier: "more_than" },
  { memo: "003", line: 67, text: "1", role: "list_marker" },
  { memo: "003", line: 77, text: "3", role: "list_marker" },
  { memo: "003", line: 143, text: "3000$", value: 3000, unit: "CAD" },
  { memo: "003", line: 143, text: "2025-2026", role: "fiscal_year", value: 2025, valueHigh: 2026 },
  { memo: "003", line: 189, text: "911 M$", value: 911, unit: "MCAD" },
  {
    memo: "003",
    line: 212,
    text: "2026-\n2027",
    value: 2026,
    valueHigh: 2027,
    role: "fiscal_year",
  },
  { memo: "003", line: 224, text: "2030-\n2031", role: "fiscal_year" },
  { memo: "003", line: 240, text: "911 M$", value: 911, unit: "MCAD" },
  { memo: "003", line: 241, text: "cinq années", value: 5, unit: "years" },
  { memo: "003", line: 242, text: "182,2 M$", value: 182.2, unit: "MCAD" },
  { memo: "003", line: 242, text: "1", role: "reference_number" },
  { memo: "003", line: 290, text: "3 000", value: 3000, qualifier: "more_than" },
  { memo: "003", line: 292, text: "425 000", value: 425000 },
  { memo: "003", line: 292, text: "un million", value: 1000000, qualifier: "more_than" },
  { memo: "003", line: 324, text: "514-562-3349", role: "phone" },
  { memo: "003", line: 330, text: "514-778-6021", role: "phone" },
  { memo: "003", line: 342, text: "03", role: "reference_number" },
  { memo: "003", line: 373, text: "02", role: "url" },
  // 004, TRPOCB and CTROC
  { memo: "004", line: 1, text: "10 novembre 2009", role: "date", date: "2009-11-10" },
  { memo: "004", line: 9, text: "425", role: "street_number" },
  { memo: "004", line: 9, text: "4e", role: "street_number" },
  { memo: "004", line: 11, text: "G1R 4Z1", role: "postal_code" },
  { memo: "004", line: 19, text: "15\ne", role: "street_number" },
  { memo: "004", line: 55, text: "novembre 2006", date: "2006-11" },
  { memo: "004", line: 73, text: "28 mai 2009", role: "date", date: "2009-05-28" },
  { memo: "004", line: 79, text: "1\ner\n juin 2009", role: "date", date: "2009-06-01" },
  { memo: "004", line: 96, text: "un an", value: 1, unit: "years" },
  { memo: "004", line: 128, text: "2", role: "reference_number" },
  { memo: "004", line: 192, text: "1", role: "street_number" },
  { memo: "004", line: 194, text: "H2X 3V8", role: "postal_code" },
  { memo: "004", line: 205, text: "574", role: "street_number" },
  { memo: "004", line: 264, text: "5 à 24", role: "citation" },
  { memo: "004", line: 304, text: "1", role: "list_marker" },
  { memo: "004", line: 320, text: "trois ans", value: 3, unit: "years", qualifier: "at_least" },
  { memo: "004", line: 359, text: "3\ne", role: "reference_number" },
  { memo: "004", line: 391, text: "3", role: "list_marker" },
  { memo: "004", line: 405, text: "10 novembre 2009", date: "2009-11-10" },
  { memo: "004", line: 412, text: "27", role: "citation" },
];

Deno.test("findNumbers() finds the memos' numbers as they are printed", async (t) => {
  for (const c of MEMO_CASES) {
    await t.step(describe(c), () => {
      const { memo, line, text, nth, ...expected } = c;
      const found = mentionsOf(memo).filter((m) => m.line === line && m.text === text);
      assertEquals(pick(found[nth ?? 0], { line, text, ...expected }), {
        line,
        text,
        ...expected,
      });
    });
  }
});

Deno.test("findNumbers() reads the memos' lines that hold several numbers", async (t) => {
  const onLine = (memo: string, line: number) => mentionsOf(memo).filter((m) => m.line === line);
  await t.step("003 line 234: the catch-up table row is six exact quantities", () => {
    assertEquals(
      onLine("003", 234).map((m) => [m.value, m.role, m.qualifier]),
      [182.2, 364.4, 546.6, 728.8, 911, 2733].map((v) => [v, "quantity", "exact"]),
    );
  });
  await t.step("000 line 110: « de plus de moitié (de ~8 % à environ 3 %) » is three", () => {
    assertEquals(
      onLine("000", 110).map((m) => [m.text, m.qualifier]),
      [["moitié", "more_than"], ["8 %", "about"], ["3 %", "about"]],
    );
  });
  await t.step("004 line 79: « le 1\\ner\\n juin 2009 » reports no 1 of its own", () => {
    assertEquals(onLine("004", 79).map((m) => [m.text, m.role]), [["1\ner\n juin 2009", "date"]]);
  });
  await t.step("003 lines 372-388: every digit of the member tables' addresses is a URL", () => {
    const roles = mentionsOf("003").filter((m) => m.line >= 372).map((m) => m.role);
    assertEquals([...new Set(roles)], ["url"]);
  });
  await t.step("000 lines 300-305: the repeated web addresses hold only URL digits", () => {
    const roles = mentionsOf("000").filter((m) => m.line >= 300 && m.line <= 305).map((m) =>
      m.role
    );
    assertEquals([...new Set(roles)], ["url"]);
  });
});

Deno.test("findNumbers() keeps its promises on every memo", async (t) => {
  for (const key of Object.keys(MEMOS)) {
    await t.step(`${key}: mentions are the text at their offsets, in order, apart`, () => {
      const text = readMemo(key);
      const lines = text.split("\n");
      let previousEnd = 0;
      for (const m of mentionsOf(key)) {
        assertStrictEquals(text.slice(m.start, m.end), m.text);
        assertStrictEquals(m.start >= previousEnd, true, `overlap at ${m.line}:${m.column}`);
        assertStrictEquals(
          lines[m.line - 1]!.slice(m.column - 1).startsWith(m.text.split("\n")[0]!),
          true,
        );
        assertStrictEquals(Number.isFinite(m.value), true);
        previousEnd = m.end;
      }
    });
  }
});

Deno.test("parseNumberExpression() reads a cell as one number, or refuses it", async (t) => {
  const cases: readonly [cell: string, expected: Expected | null][] = [
    ["45 000 $", { value: 45000, unit: "CAD", qualifier: "exact" }],
    ["2,5 M$", { value: 2.5, unit: "MCAD" }],
    ["35,5 %", { value: 35.5, unit: "percent" }],
    ["trois", { value: 3, form: "words" }],
    ["moitié", { value: 50, unit: "percent" }],
    [" environ 8 % ", { value: 8, qualifier: "about" }],
    ["plus de 5 000", { value: 5000, qualifier: "more_than" }],
    ["de 25 à 30 %", { value: 25, valueHigh: 30, qualifier: "range" }],
    ["13", { value: 13, role: "quantity" }],
    ["(21)", { value: 21, role: "reference_number" }],
    ["2026-2027", { value: 2026, valueHigh: 2027, role: "fiscal_year" }],
    ["3,333$", { value: 3.333, ambiguous: true, alternatives: [3333] }],
    ["", null],
    ["un", null],
    ["sans chiffre", null],
    ["45 000 $ et 3 %", null],
    ["budget de 45 000 $", null],
    ["5 000 personnes", null],
  ];
  for (const [cell, expected] of cases) {
    await t.step(
      `${JSON.stringify(cell)} ${expected ? "reads as " + JSON.stringify(expected) : "is refused"}`,
      () => {
        const m = parseNumberExpression(cell);
        assertEquals(expected === null ? m : pick(m ?? undefined, expected), expected);
      },
    );
  }
});

Deno.test("findNumbers() reads long repetitive inputs in one pass", async (t) => {
  // Inputs built to make a backtracking pattern or a scan back to the start of the text blow up;
  // each must read in one pass (no timing is asserted, only what is found).
  const cases: readonly [name: string, text: string, count: number][] = [
    ["20 000 digits separated by spaces, on one line", "1 ".repeat(20000), 20000],
    ["one number of 20 001 groups of thousands", "1" + " 000".repeat(20000), 1],
    ["a 60 000-letter word before an @", "a".repeat(60000) + "@b", 0],
    ["a web address broken over 10 000 lines", "https://" + "a-\n".repeat(10000), 0],
    ["an unclosed list of 10 000 references", "(" + "1,".repeat(10000), 5000],
    ["10 000 numbers alone on their lines", "12\n\n".repeat(10000), 10000],
    [
      "a minimum label 20 000 words before its number",
      "minimales " + "x ".repeat(20000) +
      ": 400$",
      1,
    ],
    ["10 000 dashed years", "2025-".repeat(10000), 10000],
    ["« plus de » 10 000 times", "plus de ".repeat(10000) + "5", 1],
  ];
  for (const [name, text, count] of cases) {
    await t.step(`${name}: ${count} mentions`, () => {
      assertStrictEquals(findNumbers(text).length, count);
    });
  }
});
