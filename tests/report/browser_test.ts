/**
 * The report in a real browser (headless Chromium through `tools/cdp.ts`), as `deno task
 * reproduce` writes it: it opens from `file://` with no error and no network; the first screen
 * says what holds and what does not; the legend is there; nothing scrolls sideways at 390 px;
 * every annotation is visible without opening anything; moving the salary slider past its
 * break-even (50 200 $) flips the verdict, with lib's numbers; the coverage plan follows its
 * sliders; with JavaScript off it still reads; it prints to PDF.
 *
 * Ignored when Chromium is missing, unless `RECOMPTE_REQUIRE_CHROMIUM=1` (then a failure).
 */
import { pathToFileURL } from "node:url";
import { type Browser, launchBrowser } from "../../tools/cdp.ts";
import { reproduce } from "../../scripts/reproduce_run.ts";
import { loadProject } from "../../lib/project/load_project.ts";
import { runModel } from "../../lib/models/run_model.ts";
import { formatQuantity } from "../../lib/format/unit_text.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { audit } from "../../lib/audit/audit.ts";
import { assertOk, assertStrictEquals } from "../_assert.ts";
import { SAMPLES, workspace } from "./_report.ts";
import { hasChromium } from "../frontend/_programs.ts";

const ignore = !hasChromium;
if (ignore) console.warn("browser_test: ignored: missing Chromium (apt-get install -y chromium)");

/** The page's French text of an element. */
const frenchText = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null;
     const copy = el.cloneNode(true); copy.querySelectorAll('.en').forEach((e) => e.remove());
     return copy.textContent.replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim(); })()`;

/** Whether an element's content is wider than the viewport (sideways scroll). */
const sideways = "document.documentElement.scrollWidth - document.documentElement.clientWidth";

/** Press a key in the focused element. */
async function press(browser: Browser, key: string, times = 1): Promise<void> {
  const code = { ArrowRight: 39, ArrowLeft: 37 }[key] ?? 0;
  for (let i = 0; i < times; i++) {
    await browser.send("Input.dispatchKeyEvent", {
      type: "keyDown",
      key,
      code: key,
      windowsVirtualKeyCode: code,
    });
    await browser.send("Input.dispatchKeyEvent", {
      type: "keyUp",
      key,
      code: key,
      windowsVirtualKeyCode: code,
    });
  }
}

/** Set a slider as a script would, and let the page redraw. */
async function setSlider(browser: Browser, id: string, value: number): Promise<void> {
  await browser.evaluate(`(() => { const i = document.getElementById(${JSON.stringify(`s-${id}`)});
    i.value = ${
    JSON.stringify(String(value))
  }; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
}

const verdict = (panel: string) =>
  `document.querySelector('#out-${panel} [data-lang=fr] .panel-verdict').dataset.holds`;

Deno.test({
  name:
    "the report in headless Chromium: findings first, legend, phone width, annotations, sliders across the break-even, no JavaScript, print",
  ignore,
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async (t) => {
    const root = await workspace();
    let browser: Browser | undefined;
    try {
      await reproduce(["--out", "out"], { cwd: root, samples: SAMPLES });
      const project = loadProject(`${root}/data`);
      const result = audit(project);
      const url = pathToFileURL(`${root}/out/report.html`).href;
      browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
      const b = browser;
      await b.navigate(url);
      await b.waitFor("document.documentElement.classList.contains('js')");

      await t.step(
        "it opens from file:// with no error and asks the network for nothing",
        async () => {
          assertStrictEquals(JSON.stringify(b.consoleErrors()), "[]");
          assertStrictEquals(
            await b.evaluate("performance.getEntriesByType('resource').length"),
            0,
          );
          assertStrictEquals(await b.evaluate("document.querySelectorAll('svg').length > 7"), true);
        },
      );

      await t.step(
        "the first screen says what was checked, and each finding's title, linked",
        async () => {
          assertOk(
            await b.evaluate<number>(
              "document.getElementById('essentiel').getBoundingClientRect().top",
            ) < 900,
          );
          const gist = (await b.evaluate<string>(frenchText("#essentiel")))!;
          assertOk(
            new RegExp(`${result.findings.length} constats?`).test(gist),
            gist.slice(0, 300),
          );
          for (const f of result.findings) {
            const title = (f.finding?.title_fr ?? f.claims[0]!.readings[0]!.reading.says_fr)
              .replace(/[\s\u00A0\u202F]+/g, " ").slice(0, 40);
            assertOk(gist.includes(title), `the gist names finding ${f.id}: ${title}`);
          }
          const findings = (await b.evaluate<string>(frenchText("#constats")))!;
          assertOk(
            findings.includes("Le mémoire dit") &&
              findings.includes("Recalculé avec ses propres chiffres"),
          );
        },
      );

      await t.step("the legend says what each verdict word means", async () => {
        const legend = (await b.evaluate<string>(frenchText("#legende")))!;
        for (const word of ["cohérent", "approximatif", "incohérent", "invérifiable", "ambigu"]) {
          assertOk(legend.includes(word), word);
        }
        assertStrictEquals(
          await b.evaluate("document.getElementById('legende').checkVisibility()"),
          true,
        );
      });

      const annotationsVisible = async () => {
        for (const a of project.annotations) {
          const shown = await b.evaluate<boolean>(
            `[...document.querySelectorAll('[data-annotation=${
              JSON.stringify(a.annotation_id)
            }]')].some((e) => e.checkVisibility() && e.getBoundingClientRect().width > 0)`,
          );
          assertOk(
            shown,
            `annotation ${a.annotation_id} on ${a.target_id} is visible without opening anything`,
          );
        }
      };

      await t.step(
        "every annotation is visible, beside its target, without opening anything",
        annotationsVisible,
      );

      await t.step(
        "moving the average salary past its break-even (50 200 $) flips the verdict, with lib's numbers",
        async () => {
          const unit = parseUnit("CAD/worker/year", project.units);
          const at = (salary: number) =>
            runModel(project, "zeroNetCost", { overrides: { "fiscal.average_salary": salary } })
              .values;
          assertStrictEquals(at(50000).breakEvenSalary, 50200);
          await b.evaluate("document.getElementById('s-fiscal.average_salary').focus()");
          await press(b, "ArrowRight");
          assertStrictEquals(
            await b.evaluate("document.getElementById('s-fiscal.average_salary').value"),
            "50100",
          );
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "true");
          await press(b, "ArrowRight", 2);
          assertStrictEquals(
            await b.evaluate("document.getElementById('s-fiscal.average_salary').value"),
            "50300",
          );
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "false");
          const out = (await b.evaluate<string>(frenchText("#out-zeroNetCost")))!;
          const lost = formatQuantity(Math.abs(at(50300).netPerWorker!), unit, project.units, "fr")
            .replace(/\u00A0/g, " ");
          assertOk(out.includes(`l’État perd ${lost}`), out.slice(0, 300));
          assertOk(out.includes("50 200 $/travailleur/an"), "the break-even stays 50 200 $");
          assertStrictEquals(
            await b.evaluate(
              "document.querySelector('#out-zeroNetCost [data-lang=fr] circle.now').classList.contains('fails')",
            ),
            true,
          );
          const live = (await b.evaluate<string>(frenchText("#live-zeroNetCost")))!;
          assertOk(live.includes("L’État perd"), live);
          await setSlider(b, "fiscal.average_salary", 50100);
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "true");
        },
      );

      await t.step(
        "the share of workers already insured moves the verdict and the break-even salary; the reset restores the memo",
        async () => {
          await setSlider(b, "fiscal.share_already_insured", 10);
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "false");
          const expected = runModel(project, "zeroNetCost", {
            overrides: { "fiscal.share_already_insured": 10, "fiscal.average_salary": 50100 },
          }).values;
          const unit = parseUnit("CAD/worker/year", project.units);
          const out = (await b.evaluate<string>(frenchText("#out-zeroNetCost")))!;
          assertOk(
            out.includes(
              formatQuantity(expected.breakEvenSalary!, unit, project.units, "fr", {
                maximumFractionDigits: 0,
              }).replace(/\u00A0/g, " "),
            ),
            out,
          );
          await b.evaluate(
            "document.querySelector('#panel-zeroNetCost button[data-reset]').click()",
          );
          assertStrictEquals(
            await b.evaluate("document.getElementById('s-fiscal.share_already_insured').value"),
            "0",
          );
          assertStrictEquals(
            await b.evaluate("document.getElementById('s-fiscal.average_salary').value"),
            "50000",
          );
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "true");
        },
      );

      await t.step(
        "the coverage plan follows its sliders: the 2030 workers and persons, as lib computes them",
        async () => {
          await setSlider(b, "coverage.start_workers", 2300);
          await setSlider(b, "coverage.persons_per_worker", 2.17);
          const rows = runModel(project, "coveragePlan", {
            overrides: { "coverage.start_workers": 2300, "coverage.persons_per_worker": 2.17 },
          }).rows;
          const last = rows.at(-1)!;
          const out = (await b.evaluate<string>(frenchText("#out-coveragePlan")))!;
          const n = (x: number, unit: string) =>
            formatQuantity(x, parseUnit(unit, project.units), project.units, "fr", {
              maximumFractionDigits: 0,
            }).replace(/\u00A0/g, " ");
          assertOk(out.includes(`En ${last.year}`), out.slice(0, 200));
          assertOk(
            out.includes(n(last.workers!, "workers")),
            `${n(last.workers!, "workers")} in ${out.slice(0, 300)}`,
          );
          assertOk(
            out.includes(n(last.personsCovered!, "persons")),
            `${n(last.personsCovered!, "persons")} in ${out.slice(0, 300)}`,
          );
          assertStrictEquals(
            await b.evaluate(
              "document.querySelectorAll('#out-coveragePlan [data-lang=fr] tbody tr').length",
            ),
            rows.length,
          );
        },
      );

      await t.step(
        "at 390 px wide nothing scrolls sideways, and every annotation is still visible",
        async () => {
          await b.setViewport(390, 844);
          await b.navigate(url);
          assertStrictEquals(await b.evaluate(sideways), 0);
          await annotationsVisible();
        },
      );

      await t.step(
        "with JavaScript off the page still reads: findings, legend, the memo's case, disabled sliders",
        async () => {
          await b.setJavaScriptEnabled(false);
          await b.navigate(url);
          assertStrictEquals(
            await b.evaluate("document.documentElement.classList.contains('js')"),
            false,
          );
          const gist = (await b.evaluate<string>(frenchText("#essentiel")))!;
          assertOk(new RegExp(`${result.findings.length} constats?`).test(gist));
          assertStrictEquals(await b.evaluate(verdict("zeroNetCost")), "true");
          assertStrictEquals(
            await b.evaluate(
              "[...document.querySelectorAll('input[type=range]')].every((i) => i.disabled)",
            ),
            true,
          );
          assertStrictEquals(await b.evaluate(sideways), 0);
          await b.setJavaScriptEnabled(true);
        },
      );

      await t.step("it prints to PDF: several pages, charts included", async () => {
        await b.setViewport(1280, 900);
        await b.navigate(url);
        const pdf = `${root}/report.pdf`;
        await b.printToPdf(pdf);
        const bytes = await Deno.readFile(pdf);
        const text = new TextDecoder("latin1").decode(bytes);
        const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
        assertOk(bytes.length > 100_000, `${bytes.length} bytes`);
        assertOk(pages >= 5, `${pages} pages`);
      });
    } finally {
      await browser?.close();
      await Deno.remove(root, { recursive: true });
    }
  },
});
