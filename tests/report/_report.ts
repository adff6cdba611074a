/**
 * The report the tests read, built from a copy of `data/`. While other claims files are being
 * rewritten, a memo's `claims.csv` that does not validate is emptied to its header line in the
 * copy (and said once on stderr), so that the report's own tests test the report; any other
 * error still fails.
 *
 * @module
 */
import { audit, type AuditResult } from "../../lib/audit/audit.ts";
import { formatProblem } from "../../lib/errors.ts";
import { loadProject, validateProject } from "../../lib/project/load_project.ts";
import type { Project } from "../../lib/project/types.ts";
import { reportHtml } from "../../lib/report/report.ts";
import {
  type UncertaintyAnalysis,
  uncertaintyAnalysis,
} from "../../lib/sensitivity/uncertainty_analysis.ts";
import { copyOfData } from "../_project.ts";

/** Monte Carlo samples in the tests. */
export const SAMPLES = 2000;

/**
 * A working folder holding `data/` (a validating copy of the repository's).
 *
 * @returns The folder; the caller removes it.
 * @throws {Error} When the copy has errors outside claims files.
 */
export async function workspace(): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "recompte-report-" });
  const data = await copyOfData();
  await Deno.rename(data, `${root}/data`);
  const errors = () =>
    validateProject(`${root}/data`, { coverage: false }).problems.filter((p) =>
      p.severity === "error"
    );
  const first = errors();
  const claims = [...new Set(first.map((p) => p.file).filter((f) => /claims\.csv$/.test(f)))];
  for (const file of claims) {
    const path = file.startsWith("/") ? file : `${root}/${file}`;
    const header = (await Deno.readTextFile(path)).split("\n")[0]!;
    await Deno.writeTextFile(path, `${header}\n`);
  }
  if (claims.length > 0) {
    console.error(
      `report tests: emptied ${claims.length} claims file(s) that do not validate in the copy: ${
        claims.join(", ")
      }`,
    );
  }
  const left = errors();
  if (left.length > 0) {
    await Deno.remove(root, { recursive: true });
    throw new Error(
      `data/ has errors the report tests cannot work around:\n${
        left.slice(0, 10).map(formatProblem).join("\n")
      }`,
    );
  }
  await addAnnotations(`${root}/data`);
  const after = errors();
  if (after.length > 0) {
    throw new Error(
      `the test annotations do not validate:\n${after.slice(0, 5).map(formatProblem).join("\n")}`,
    );
  }
  return root;
}

/**
 * Adds to a copied project one annotation on each kind of target the report must show open: a
 * claim that holds (shown briefly), an assumption on a slider, an assumption held fixed, and a
 * figure that no claim or assumption reads — one with markup in its text, shown as written.
 *
 * @param data The copied data folder.
 */
async function addAnnotations(data: string): Promise<void> {
  const project = loadProject(data);
  const result = audit(project);
  const read = new Set(
    project.claims.flatMap((c) =>
      c.readings.flatMap((r) => [...(r.stated?.ids ?? []), ...(r.recompute?.ids ?? [])])
    ),
  );
  for (const a of project.assumptions.values()) {
    for (const id of a.baseExpression?.ids ?? []) read.add(id);
  }
  const claim = result.claims.find((c) => c.verdict === "consistent" && c.claim.finding === null);
  const figure = [...project.figures.values()].find((f) => f.span !== null && !read.has(f.id));
  const rows = [
    claim &&
    [
      "ann-00000000c1a1",
      "claim",
      claim.claim.id,
      "Test",
      "2026-11-26",
      "questioned",
      "Vérifier la source de ce calcul.",
    ],
    [
      "ann-00000000a551",
      "assumption",
      "fiscal.average_salary",
      "Test",
      "2026-11-26",
      "note",
      "Le salaire moyen des organismes membres n’est pas publié.",
    ],
    [
      "ann-00000000f1e0",
      "assumption",
      "fiscal.contribution_share",
      "Test",
      "2026-11-26",
      "supported",
      "C’est la demande elle-même.",
    ],
    figure &&
    [
      "ann-00000000f16e",
      "figure",
      figure.id,
      "Test",
      "2026-11-26",
      "needs_source",
      "Chercher <b>ce</b> chiffre & sa source.",
    ],
  ].filter((r): r is string[] => Boolean(r));
  const csv = rows.map((r) =>
    r.map((cell) => /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell).join(",")
  ).join("\n");
  const path = `${data}/annotations.csv`;
  const text = await Deno.readTextFile(path);
  await Deno.writeTextFile(path, `${text.endsWith("\n") ? text : `${text}\n`}${csv}\n`);
}

/** What a built report is made of. */
export interface BuiltReport {
  /** The working folder (remove it when done). */
  readonly root: string;
  /** The project. */
  readonly project: Project;
  /** The audit. */
  readonly audit: AuditResult;
  /** The analysis. */
  readonly analysis: UncertaintyAnalysis;
  /** The page, without charts. */
  readonly html: string;
}

let built: Promise<BuiltReport> | undefined;

/**
 * The report of the copied project, built once per test file (charts left out: they are tested
 * in the browser test, through `reproduce`).
 *
 * @returns The parts and the page.
 */
export function builtReport(): Promise<BuiltReport> {
  built ??= (async () => {
    const root = await workspace();
    const project = loadProject(`${root}/data`);
    const result = audit(project);
    const analysis = uncertaintyAnalysis(project, {
      model: "zeroNetCost",
      output: "netPer1000",
      samples: SAMPLES,
      seed: 2025,
    });
    const html = reportHtml({ project, audit: result, analysis, charts: [] });
    globalThis.addEventListener("unload", () => {
      try {
        Deno.removeSync(root, { recursive: true });
      } catch { /* gone */ }
    });
    return { root, project, audit: result, analysis, html };
  })();
  return built;
}

/**
 * The text of an HTML fragment, tags dropped, entities of the report decoded, spaces collapsed.
 *
 * @param html HTML.
 * @returns Plain text.
 */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, " ")
    .replaceAll("&nbsp;", "\u00A0").replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll(
      "&lt;",
      "<",
    )
    .replaceAll("&gt;", ">").replaceAll("&amp;", "&")
    .replace(/[\s\u00A0\u202F]+/g, " ").trim();
}

/**
 * An HTML fragment without its English blocks (`class="en"`), to check the French text alone.
 *
 * @param html HTML.
 * @returns The HTML with every `class="en"` element removed.
 */
export function frenchOnly(html: string): string {
  let out = "";
  let at = 0;
  const open = /<(span|p|div) class="en(?: [^"]*)?"[^>]*>/g;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    if (m.index < at) continue;
    out += html.slice(at, m.index);
    const tag = m[1]!;
    const any = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
    any.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let n = any.exec(html); n !== null; n = any.exec(html)) {
      depth += n[1] === "/" ? -1 : 1;
      if (depth === 0) {
        end = n.index + n[0].length;
        break;
      }
    }
    at = end;
    open.lastIndex = end;
  }
  return out + html.slice(at);
}
