/**
 * Finding 2 of issue 15: impossible dates (`2016-13`, `2016-02-31`) were read as other dates, and
 * a claim's recomputed value moved with them. Through the loader, in every place a date is
 * written, they are now refused with the loader's message — file, line, column, the row's id,
 * the text found and why it is no date — and the real dates beside them load.
 */
import { validateProject } from "../../lib/project/load_project.ts";
import { assertStrictEquals } from "../_assert.ts";
import { copyOfData } from "../_project.ts";
import { errorLines, setCells } from "./_edit.ts";

Deno.test("an impossible date in a figure's period or value, or in a timeline, is refused with its file, line, column and why; a real one beside it loads", async (t) => {
  const dir = await copyOfData();
  try {
    const aacocq = `${dir}/memos/aacocq/figures.csv`;
    const trpocb = `${dir}/memos/trpocb/figures.csv`;
    await setCells(aacocq, "figure_id", "aacocq.history.insurance_offer_rate_2005", {
      period: "2016-13",
    });
    await setCells(aacocq, "figure_id", "aacocq.history.hourly_wage_2005", {
      period: "2016-02-31",
    });
    await setCells(trpocb, "figure_id", "trpocb.timeline.announcement", { value: "2009-02-29" });
    await setCells(`${dir}/memos/trpocb/timeline.csv`, "date", "2001-09", { date: "2001-13" });
    // The other side of each threshold: 29 February of a leap year, December.
    await setCells(aacocq, "figure_id", "aacocq.history.survey_2005", { period: "2016-02-29" });
    await setCells(trpocb, "figure_id", "trpocb.timeline.agreement_2006", { period: "2006-12" });
    const { project, problems } = validateProject(dir, { coverage: false });
    assertStrictEquals(project, null, "a project with an impossible date does not load");
    const errors = errorLines(problems);
    const cases: [string, RegExp][] = [
      [
        "a thirteenth month in a period",
        /aacocq\/figures\.csv:\d+:\d+: error: aacocq\.history\.insurance_offer_rate_2005: found "2016-13", expected a date that exists \(months run from 01 to 12\) in column "period"/,
      ],
      [
        "31 February in a period",
        /aacocq\/figures\.csv:\d+:\d+: error: aacocq\.history\.hourly_wage_2005: found "2016-02-31", expected a date that exists \(2016-02 has 29 days\) in column "period"/,
      ],
      [
        "29 February of a common year as a date figure's value",
        /trpocb\/figures\.csv:\d+:\d+: error: trpocb\.timeline\.announcement: found "2009-02-29", expected a date that exists \(2009-02 has 28 days\) in column "value"/,
      ],
      [
        "a thirteenth month in a timeline",
        /trpocb\/timeline\.csv:\d+:1: error: found "2001-13", expected a date that exists \(months run from 01 to 12\) in column "date"/,
      ],
    ];
    for (const [name, pattern] of cases) {
      await t.step(
        name,
        () =>
          assertStrictEquals(errors.some((line) => pattern.test(line)), true, errors.join("\n")),
      );
    }
    await t.step("the real dates beside them are no error", () => {
      for (const id of ["aacocq.history.survey_2005", "trpocb.timeline.agreement_2006"]) {
        assertStrictEquals(errors.filter((line) => line.includes(`${id}:`)).join("\n"), "");
      }
      assertStrictEquals(errors.length, cases.length, errors.join("\n"));
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
