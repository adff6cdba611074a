import {
  frenchApproximateWord,
  frenchFractionWord,
  frenchMultiplierWord,
  mayStartFrenchNumber,
  readFrenchCardinal,
} from "../../lib/text/number_words_fr.ts";
import { monthNumber } from "../../lib/text/month_names.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

Deno.test("readFrenchCardinal() reads French cardinals and stops where they stop", async (t) => {
  const cases: readonly [words: string, value: number | null, count?: number][] = [
    ["trois personnes", 3, 1],
    ["huit sont attribuables", 8, 1],
    ["dix sept", 17, 2],
    ["vingt deux ans", 22, 2],
    ["vingt et un", 21, 3],
    ["soixante et onze", 71, 3],
    ["soixante dix neuf", 79, 3],
    ["quatre vingts", 80, 2],
    ["quatre vingt dix neuf", 99, 4],
    ["cent deux", 102, 2],
    ["deux cents", 200, 2],
    ["deux cent cinquante", 250, 3],
    ["mille", 1000, 1],
    ["trois mille deux cent cinquante", 3250, 5],
    ["cent mille", 100000, 2],
    ["un million", 1000000, 2],
    ["deux millions trois cent mille", 2300000, 5],
    ["deux trois", 2, 1],
    ["dix onze", 10, 1],
    ["cinquante cent", 50, 1],
    ["vingt et personnes", 20, 1],
    ["million", null],
    ["personnes", null],
  ];
  for (const [words, value, count] of cases) {
    await t.step(`« ${words} » ${value === null ? "names no number" : `is ${value}`}`, () => {
      const read = readFrenchCardinal(words.split(" "));
      assertEquals(read, value === null ? null : { value, count });
    });
  }
});

Deno.test("French number nouns and verbs name their numbers", async (t) => {
  const cases: readonly [word: string, read: (w: string) => number | null, value: number | null][] =
    [
      ["cinquantaine", frenchApproximateWord, 50],
      ["dizaine", frenchApproximateWord, 10],
      ["centaine", frenchApproximateWord, 100],
      ["millier", frenchApproximateWord, 1000],
      ["centaines", frenchApproximateWord, null],
      ["doubler", frenchMultiplierWord, 2],
      ["double", frenchMultiplierWord, 2],
      ["doublement", frenchMultiplierWord, 2],
      ["tripler", frenchMultiplierWord, 3],
      ["quintupler", frenchMultiplierWord, 5],
      ["décupler", frenchMultiplierWord, 10],
      ["doublon", frenchMultiplierWord, null],
      ["moitié", frenchFractionWord, 50],
      ["quart", frenchFractionWord, 25],
      ["quartier", frenchFractionWord, null],
      ["constructor", frenchFractionWord, null],
    ];
  for (const [word, read, value] of cases) {
    await t.step(`« ${word} » ${value === null ? "names no number" : `is ${value}`}`, () => {
      assertStrictEquals(read(word), value);
    });
  }
  await t.step("« tiers » is a third, in percent", () => {
    assertStrictEquals(frenchFractionWord("tiers"), 100 / 3);
  });
});

Deno.test("mayStartFrenchNumber() lets number words through and skips the others", async (t) => {
  const cases: readonly [word: string, expected: boolean][] = [
    ["trois", true],
    ["une", true],
    ["cinquantaine", true],
    ["moitié", true],
    ["quintuplé", true],
    ["organismes", false],
    ["toString", false],
  ];
  for (const [word, expected] of cases) {
    await t.step(`« ${word} » ${expected ? "may" : "cannot"} start a number`, () => {
      assertStrictEquals(mayStartFrenchNumber(word), expected);
    });
  }
});

Deno.test("monthNumber() knows French and English months, and nothing else", async (t) => {
  const cases: readonly [word: string, month: number | null][] = [
    ["janvier", 1],
    ["Février", 2],
    ["fevrier", 2],
    ["août", 8],
    ["Octobre", 10],
    ["décembre", 12],
    ["June", 6],
    ["mois", null],
    ["constructor", null],
  ];
  for (const [word, month] of cases) {
    await t.step(`« ${word} » is ${month === null ? "no month" : `month ${month}`}`, () => {
      assertStrictEquals(monthNumber(word), month);
    });
  }
});
