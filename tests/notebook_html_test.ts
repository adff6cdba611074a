/**
 * Every notebook in `notebooks/`, exported to HTML with nbconvert and opened in headless Chromium,
 * shows its charts: the page's DOM holds one SVG chart (`<svg class="marks">`) with drawn marks
 * for each chart the notebook stores, titled as stored.
 *
 * Ignored, with the reason, when nbconvert or Chromium is missing, unless
 * `RECOMPTE_REQUIRE_CHROMIUM=1` (which requires both: the test must run) or
 * `RECOMPTE_REQUIRE_JUPYTER=1` (which requires nbconvert) makes that a failure.
 *
 * @module
 */
import { HEADLESS_CHROMIUM_FLAGS } from "./_chromium.ts";
import assert from "node:assert/strict";
import { listNotebooks, pythonPath, REPO_ROOT } from "../lib/notebook/notebook_file.ts";

const decoder = new TextDecoder();

/** Runs a command; `undefined` when the program cannot be started. */
async function run(
  program: string,
  args: string[],
  timeoutMs = 120_000,
): Promise<{ code: number; stdout: string; stderr: string } | undefined> {
  try {
    const out = await new Deno.Command(program, {
      args,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(timeoutMs),
    }).output();
    return {
      code: out.code,
      stdout: decoder.decode(out.stdout),
      stderr: decoder.decode(out.stderr),
    };
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/** How to run nbconvert here: Debian's Python module, else `jupyter-nbconvert`. */
async function findNbconvert(): Promise<string[] | undefined> {
  const python = pythonPath();
  if ((await run(python, ["-m", "nbconvert", "--version"]))?.code === 0) {
    return [python, "-m", "nbconvert"];
  }
  if ((await run("jupyter-nbconvert", ["--version"]))?.code === 0) return ["jupyter-nbconvert"];
  return undefined;
}

/** The Chromium executable, by the names Debian and others give it. */
async function findChromium(): Promise<string | undefined> {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    if ((await run(name, ["--version"], 30_000))?.code === 0) return name;
  }
  return undefined;
}

const nbconvert = await findNbconvert();
const chromium = await findChromium();
const requireChromium = Deno.env.get("RECOMPTE_REQUIRE_CHROMIUM") === "1";
const requireJupyter = Deno.env.get("RECOMPTE_REQUIRE_JUPYTER") === "1";
const missing = [
  nbconvert === undefined && !requireJupyter && !requireChromium
    ? `nbconvert (neither \`${pythonPath()} -m nbconvert\` nor \`jupyter-nbconvert\` runs; ` +
      "apt-get install -y jupyter-nbconvert)"
    : undefined,
  chromium === undefined && !requireChromium
    ? "Chromium (no `chromium` on PATH; apt-get install -y chromium)"
    : undefined,
].filter((x) => x !== undefined);
const ignore = missing.length > 0;
if (ignore) console.warn(`notebook_html_test: ignored: missing ${missing.join(" and ")}`);

/** What a notebook stores: the titles of its charts (their `text/plain`, `[chart: …]`). */
async function storedChartTitles(path: string): Promise<string[]> {
  const nb = JSON.parse(await Deno.readTextFile(path));
  const titles: string[] = [];
  for (const cell of nb.cells) {
    for (const output of cell.outputs ?? []) {
      const data = output.data ?? {};
      if (data["image/svg+xml"] === undefined) continue;
      const text = [data["text/plain"] ?? ""].flat().join("");
      titles.push(text.replace(/^\[chart: (.*)\]$/s, "$1"));
    }
  }
  return titles;
}

/** The `<svg class="marks">` elements of a serialized DOM, each as its markup. */
export function svgCharts(dom: string): string[] {
  const charts: string[] = [];
  const open = /<svg\b[^>]*\bclass="marks"[^>]*>/g;
  for (let match = open.exec(dom); match !== null; match = open.exec(dom)) {
    const end = dom.indexOf("</svg>", match.index);
    charts.push(dom.slice(match.index, end === -1 ? dom.length : end + 6));
  }
  return charts;
}

/** How many drawn marks (bars, lines, points, areas with geometry) a chart holds. */
export function drawnMarks(svg: string): number {
  const groups = svg.match(/<g class="mark-[a-z]+ role-mark[^"]*"[^>]*>[\s\S]*?<\/g>/g) ?? [];
  return groups.reduce(
    (sum, group) =>
      sum + (group.match(/<(path|rect|line|circle|text)\b[^>]*\b(d|x2|width|cx)="[^"]*[1-9]/g)
        ?.length ?? 0),
    0,
  );
}

Deno.test("svgCharts() and drawnMarks() find the marks of a chart, and none in a stripped one", () => {
  const drawn = '<div><svg class="marks" width="9"><g class="mark-rect role-mark marks">' +
    '<path d="M1,2h3v4h-3Z"/></g></svg></div>';
  const stripped = '<svg class="marks" width="693" height="328">01 0002 000Titre</svg>';
  assert.deepEqual(svgCharts(drawn + stripped).map(drawnMarks), [1, 0]);
  assert.deepEqual(svgCharts('<svg class="other"><g/></svg>'), []);
});

const notebooks = await listNotebooks(new URL("notebooks", REPO_ROOT).pathname);

Deno.test({
  name: ignore
    ? `each notebook exported to HTML shows its SVG charts in Chromium (ignored: missing ${
      missing.join(" and ")
    })`
    : "each notebook exported to HTML shows its SVG charts, with marks, in headless Chromium",
  ignore,
  fn: async (t) => {
    assert.ok(
      nbconvert,
      "nbconvert is required (RECOMPTE_REQUIRE_JUPYTER=1 or RECOMPTE_REQUIRE_CHROMIUM=1) but " +
        `missing: neither \`${pythonPath()} -m nbconvert\` nor \`jupyter-nbconvert\` runs`,
    );
    assert.ok(chromium, "Chromium is required (RECOMPTE_REQUIRE_CHROMIUM=1) but missing");
    const dir = await Deno.makeTempDir({ prefix: "recompte-html-" });
    try {
      for (const path of notebooks) {
        const name = path.split("/").at(-1)!.replace(/\.ipynb$/, "");
        await t.step(name, async () => {
          const titles = await storedChartTitles(path);
          assert.ok(titles.length > 0, `${name} stores no chart`);
          const [program, ...args] = nbconvert;
          const converted = await run(program!, [
            ...args,
            "--to",
            "html",
            "--output-dir",
            dir,
            path,
          ]);
          assert.equal(converted?.code, 0, `nbconvert failed on ${name}:\n${converted?.stderr}`);
          const profile = await Deno.makeTempDir({ dir, prefix: "profile-" });
          const page = await run(chromium, [
            ...HEADLESS_CHROMIUM_FLAGS,
            `--user-data-dir=${profile}`,
            "--dump-dom",
            `file://${dir}/${name}.html`,
          ]);
          assert.equal(page?.code, 0, `chromium failed on ${name}.html:\n${page?.stderr}`);
          const charts = svgCharts(page!.stdout);
          assert.equal(
            charts.length,
            titles.length,
            `${name}.html shows ${charts.length} SVG chart(s) in the DOM, ${titles.length} stored`,
          );
          charts.forEach((svg, i) => {
            assert.ok(
              drawnMarks(svg) > 0,
              `${name}.html: chart ${i + 1} (« ${titles[i]} ») has no drawn marks:\n` +
                svg.slice(0, 400),
            );
            const words = titles[i]!.split(" ").slice(0, 3).join(" ");
            assert.ok(
              svg.replaceAll("&nbsp;", " ").includes(words),
              `${name}.html: chart ${i + 1} is not titled « ${titles[i]} »`,
            );
          });
        });
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
