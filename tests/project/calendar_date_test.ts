import { readCalendarDate } from "../../lib/project/calendar_date.ts";
import { assertStrictEquals } from "../_assert.ts";

Deno.test("impossible dates are refused, never rolled over into another date", async (t) => {
  for (
    const text of [
      "2016-13",
      "2016-02-31",
      "2015-02-29",
      "2016-00",
      "2016-04-31",
      "2030-2032",
      "2031/2030",
      "20160",
      "2016-1-5",
      "1er juin",
    ]
  ) {
    await t.step(text, () => assertStrictEquals(readCalendarDate(text).ok, false));
  }
});

Deno.test("real dates cover the stretch of time they name", async (t) => {
  const cases: [string, number, number][] = [
    ["2016", 2016, 2017],
    ["2016-02-29", 2016 + 59 / 366, 2016 + 60 / 366],
    ["2025-12", 2025 + 334 / 365, 2026],
    ["2030-2031", 2030 + 90 / 365, 2031 + 90 / 365],
    ["1970/1979", 1970, 1980],
  ];
  for (const [text, start, end] of cases) {
    await t.step(text, () => {
      const r = readCalendarDate(text);
      if (!r.ok) throw new Error(r.expected);
      assertStrictEquals(
        Math.abs(r.date.start - start) < 1e-12 && Math.abs(r.date.end - end) < 1e-12,
        true,
      );
    });
  }
});
