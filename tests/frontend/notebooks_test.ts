/**
 * The course's notebooks as a reader sees them in Jupyter Notebook 6 (Debian's), in headless
 * Chromium: opened untrusted from a fresh clone, then trusted, then after running every cell. No
 * amount may be typeset as math, no table may lose rows, every chart must show (as its PNG when
 * untrusted), and running must raise no error. Screenshots of each phase go to
 * `out/screenshots/<notebook>-<phase>.png` for review.
 */
import assert from "node:assert/strict";
import { checkNotebooks, formatSummary } from "../../tools/frontend_check.ts";
import { hasChromium, hasJupyterNotebook, warnIgnored } from "./_programs.ts";

const missing = [
  hasChromium ? undefined : "Chromium (apt-get install -y chromium)",
  hasJupyterNotebook ? undefined : "jupyter-notebook (apt-get install -y jupyter-notebook)",
].filter((x) => x !== undefined);
warnIgnored("notebooks_test", missing);

const lessons = [...Deno.readDirSync("notebooks")].filter((e) =>
  e.isFile && e.name.endsWith(".ipynb")
).map((e) => e.name).sort();

Deno.test({
  name: "every lesson reads right in Jupyter Notebook 6, untrusted, trusted and after Run All",
  ignore: missing.length > 0,
  async fn() {
    const reports = await checkNotebooks("notebooks", {
      jobs: 2,
      screenshotsDir: "out/screenshots",
    });
    console.log(formatSummary(reports));
    assert.deepEqual(reports.map((r) => r.notebook.split("/").at(-1)).sort(), lessons);
    for (const r of reports) {
      assert.equal(
        r.ok,
        true,
        `${r.notebook}: ${
          JSON.stringify({
            typeset: r.typesetAmounts,
            tables: r.brokenTables,
            errors: r.errors,
            problems: r.problems,
          }).slice(0, 2000)
        }`,
      );
      assert.ok(r.screenshots.open && r.screenshots.run, `${r.notebook}: screenshots`);
    }
  },
});
