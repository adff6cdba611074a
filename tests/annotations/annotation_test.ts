/**
 * A new annotation is checked field by field, and its id follows from its content.
 */
import {
  annotationId,
  calendarDayProblem,
  checkedAnnotation,
} from "../../lib/annotations/annotation.ts";
import { assertMatch, assertNotEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

const GOOD = {
  target_id: "aacocq.fiscal_gain.indirect_savings",
  author: "Nom",
  date: "2025-11-25",
  stance: "questioned",
  text: "400 $ : quelle méthode ?",
};

Deno.test("checkedAnnotation() refuses each wrong field with what to fix", async (t) => {
  const cases: [string, Partial<typeof GOOD>, string[]][] = [
    ["an empty author", { author: "  " }, ["author is empty"]],
    ["a stance outside the list, naming the closest", { stance: "suported" }, [
      '"suported"',
      "questioned, supported, needs_source, note",
      "Did you mean: supported?",
    ]],
    ["a stance in French", { stance: "mis en doute" }, ["not one of questioned"]],
    ["a date without the day", { date: "2025-11" }, ['"2025-11"', "YYYY-MM-DD"]],
    ["the day after the last of February 2025", { date: "2025-02-29" }, ['"2025-02-29"']],
    ["a French date", { date: "25/11/2025" }, ["YYYY-MM-DD"]],
    ["an empty text", { text: "" }, ["text is empty"]],
    ["a text of spaces and line breaks", { text: " \n\t " }, ["text is empty"]],
    ["a lone surrogate (half an emoji)", { text: "bon \uD83D" }, ["lone UTF-16 surrogate"]],
  ];
  for (const [name, change, fragments] of cases) {
    await t.step(name, () => {
      assertThrows(
        () => checkedAnnotation({ ...GOOD, ...change }, "figure"),
        RangeError,
        "Cannot annotate",
        ...fragments,
      );
    });
  }
});

Deno.test("checkedAnnotation() accepts both sides of the calendar: 29 February of a leap year, the 31st of a long month", async (t) => {
  for (const date of ["2024-02-29", "2025-02-28", "2025-12-31", "2025-01-31"]) {
    await t.step(date, () => {
      assertStrictEquals(checkedAnnotation({ ...GOOD, date }, "figure").date, date);
    });
  }
  const refused: [string, string][] = [
    ["2016-02-31", "2016-02 has 29 days"],
    ["2025-02-29", "2025-02 has 28 days"],
    ["2025-04-31", "2025-04 has 30 days"],
    ["2025-13-01", "months run from 01 to 12"],
    ["2016-13-01", "months run from 01 to 12"],
    ["2025-00-10", "months run from 01 to 12"],
    ["2025-11-00", "2025-11 has 30 days"],
    ["20251125", "it is not written YYYY-MM-DD"],
    ["2025-11-25T10:00", "it is not written YYYY-MM-DD"],
  ];
  for (const [date, why] of refused) {
    await t.step(`${date} is refused: ${why}`, () => {
      assertThrows(
        () => checkedAnnotation({ ...GOOD, date }, "figure"),
        RangeError,
        `date "${date}" is not a calendar day (${why}); write the day YYYY-MM-DD`,
      );
    });
  }
});

Deno.test("calendarDayProblem() accepts a real day and says why anything else is not one", () => {
  assertStrictEquals(calendarDayProblem("2024-02-29"), undefined);
  assertStrictEquals(calendarDayProblem("2016-02-31"), "2016-02 has 29 days");
  assertStrictEquals(calendarDayProblem("2016-13-01"), "months run from 01 to 12");
  assertStrictEquals(calendarDayProblem(" 2016-02-29"), "it is not written YYYY-MM-DD");
});

Deno.test("checkedAnnotation() trims the author but keeps the text exactly", () => {
  const a = checkedAnnotation({ ...GOOD, author: "  Nom  ", text: "  «  x  »\n" }, "claim");
  assertStrictEquals(a.author, "Nom");
  assertStrictEquals(a.text, "  «  x  »\n");
  assertStrictEquals(a.target_kind, "claim");
  assertStrictEquals(a.annotation_id, annotationId(a));
});

Deno.test("annotationId() is the same for the same content and differs when any field differs", async (t) => {
  const a = checkedAnnotation(GOOD, "figure");
  assertMatch(a.annotation_id, /^ann-[0-9a-f]{12}$/);
  assertStrictEquals(checkedAnnotation({ ...GOOD }, "figure").annotation_id, a.annotation_id);
  const changes: [string, object][] = [
    ["kind", { target_kind: "claim" }],
    ["target", { target_id: "ctroc.plan.total" }],
    ["author", { author: "Nom2" }],
    ["date", { date: "2025-11-26" }],
    ["stance", { stance: "note" }],
    ["text, by one trailing space", { text: GOOD.text + " " }],
  ];
  for (const [name, change] of changes) {
    await t.step(name, () => {
      assertNotEquals(annotationId({ ...a, ...change }), a.annotation_id);
    });
  }
});
