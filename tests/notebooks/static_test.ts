/**
 * What a reader of a notebook sees before running anything, checked on the stored files: amounts
 * that no MathJax typesets, charts in forms every frontend shows, a parameters cell, the course's
 * parts (objectives, prerequisites, exercises and their answer key), and French throughout.
 */
import { COURSE, LESSONS, outputText, parameterOverrides, type StoredCell } from "./_course.ts";
import { assertEquals } from "../_assert.ts";

/** Markdown with its code spans and fenced blocks removed (they need no escaping, and hold code). */
function prose(markdown: string): string {
  return markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
}

Deno.test("every $ in a notebook's Markdown is written \\\\$, which Notebook 6 and JupyterLab show as a dollar, not as math", () => {
  const bare: string[] = [];
  for (const nb of COURSE) {
    nb.cells.forEach((c, i) => {
      if (c.cell_type !== "markdown") return;
      for (const m of prose(c.text).matchAll(/(\\*)\$/g)) {
        if (m[1] !== "\\\\") {
          bare.push(
            `${nb.path} cell ${i + 1}: …${
              prose(c.text).slice(Math.max(0, m.index! - 30), m.index! + 5)
            }`,
          );
        }
      }
    });
  }
  assertEquals(bare, []);
});

/** Each stored output's MIME types, with where it is. */
function outputs(): { where: string; types: string[]; output: StoredCell["outputs"][number] }[] {
  return COURSE.flatMap((nb) =>
    nb.cells.flatMap((c, i) =>
      c.outputs.map((o) => ({
        where: `${nb.path} cell ${i + 1}`,
        types: Object.keys(o.data ?? {}).sort(),
        output: o,
      }))
    )
  );
}

Deno.test("no output a frontend would hide or typeset: no JavaScript, no SVG, no Markdown; HTML that holds a $ is marked for MathJax to skip", () => {
  const wrong = outputs().flatMap(({ where, types, output }) => {
    const found = types.filter((t) =>
      ["application/javascript", "image/svg+xml", "text/markdown"].includes(t)
    )
      .map((t) => `${where}: ${t}`);
    const html = [output.data?.["text/html"] ?? ""].flat().join("");
    if (
      html.includes("$") && !/^<div class="tex2jax_ignore mathjax_ignore">/.test(html) &&
      !types.includes("application/vnd.dataresource+json")
    ) {
      found.push(`${where}: text/html with a $ outside a tex2jax_ignore block`);
    }
    return found;
  });
  assertEquals(wrong, []);
});

Deno.test("each chart is stored as interactive Vega-Lite, a PNG image and its values as text, and its data hold every value its text lists", () => {
  const charts = outputs().filter(({ types }) =>
    types.includes("application/vnd.vegalite.v5+json")
  );
  assertEquals(charts.length >= LESSONS.length, true, `${charts.length} charts`);
  for (const { where, types, output } of charts) {
    assertEquals(types, ["application/vnd.vegalite.v5+json", "image/png", "text/plain"], where);
    const png = atob(String(output.data!["image/png"]).slice(0, 12));
    assertEquals(png.slice(1, 4), "PNG", where);
    const numbers: number[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === "number") numbers.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === "object") Object.values(x).forEach(walk);
    };
    // The values a chart draws may sit in its data, a layer's data or a rule's datum.
    walk(output.data!["application/vnd.vegalite.v5+json"]);
    for (const line of outputText(output).split("\n").slice(1)) {
      const shown = Number(
        line.slice(line.lastIndexOf(" : ") + 3).replace(/[\u00A0\u202F ]/g, "").replace("−", "-")
          .replace(",", "."),
      );
      const decimals = (line.split(",")[1] ?? "").length;
      const close = numbers.some((n) => Math.abs(n - shown) <= 0.5 * 10 ** -decimals + 1e-9);
      assertEquals(close, true, `${where}: "${line}" is not among the chart's data`);
    }
  }
});

Deno.test("each lesson has its objectives and prerequisites first, a ⚙️ cell tagged parameters that declares its overrides, and ends with exercises whose answer key exists", () => {
  for (const nb of LESSONS) {
    const first = nb.cells[0]!;
    assertEquals(
      first.cell_type === "markdown" && /Objectifs d'apprentissage/.test(first.text) &&
        /Prérequis/.test(first.text),
      true,
      nb.path,
    );
    const parameters = nb.cells.filter((c) => c.tags.includes("parameters"));
    assertEquals(parameters.length, 1, `${nb.path}: one parameters cell`);
    parameterOverrides(nb);
    const last = nb.cells.at(-1)!;
    assertEquals(/^## Exercices/.test(last.text), true, `${nb.path}: ends with the exercises`);
    const key = /`(notebooks\/corriges\/[^`]+\.ipynb)`/.exec(last.text)?.[1];
    assertEquals(
      key !== undefined && COURSE.some((n) => n.path === key),
      true,
      `${nb.path}: answer key ${key}`,
    );
    assertEquals(nb.metadata.kernelspec?.name, "deno", nb.path);
    assertEquals(
      nb.metadata.language_info?.name,
      "typescript",
      `${nb.path}: language_info (deno fmt reads it)`,
    );
  }
});

/**
 * English words a French sentence has no use for. Code spans, identifiers (`a.b_c`) and the
 * names of files are removed first; `memo` and `claim` are English in the data's column names
 * only, which live in code spans.
 */
const ENGLISH =
  /\b(the|and|which|would|should|because|between|without|reading|claims?|holds?|finding|assumptions?)\b/i;

Deno.test("the notebooks read in French: prose, tables and captions (English stays in code)", () => {
  const english: string[] = [];
  for (const nb of COURSE) {
    nb.cells.forEach((c, i) => {
      const texts = c.cell_type === "markdown" ? [prose(c.text)] : c.outputs
        .filter((o) => !Object.keys(o.data ?? {}).includes("application/vnd.dataresource+json"))
        .map(outputText);
      for (const text of texts) {
        for (const line of text.split("\n")) {
          const words = line.replace(/\b[a-z0-9_]+(\.[a-z0-9_]+)+\b/g, " ").replace(
            /\S+\.(csv|ts|ipynb|md|txt)\b/g,
            " ",
          );
          const m = ENGLISH.exec(words);
          if (m) english.push(`${nb.path} cell ${i + 1}: "${m[0]}" in ${line.slice(0, 100)}`);
        }
      }
    });
  }
  assertEquals(english, []);
});
