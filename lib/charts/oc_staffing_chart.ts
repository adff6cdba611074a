/**
 * Community organizers in the health and social services network: the counts the brief gives
 * (334 posts in 2017, 505 persons in 2024, years between unknown), and the EGTS target of doubling
 * 500 full-time posts to 1 000 in five years. LaRISSS's 450 → 2 250 has no horizon: it is shown as
 * a level, not a path.
 *
 * @module
 */
import type { ModelResult } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import { chartFrame } from "./_frame.ts";
import type { Chart, PlottedValue } from "./chart.ts";

/**
 * The chart.
 *
 * @param project The project (the table `oc/staffing`).
 * @param result A run of `ocTargets`.
 * @returns The chart.
 *
 * @example
 * ```ts
 * import { ocStaffingChart } from "./oc_staffing_chart.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const c = ocStaffingChart(project, runModel(project, "ocTargets"));
 * deepStrictEqual(c.plotted.filter((p) => p.from.startsWith("oc.staffing")).map((p) => p.value), [334, 505]);
 * ```
 */
export function ocStaffingChart(project: Project, result: ModelResult): Chart {
  const table = project.tables.get("oc/staffing");
  const known = (table?.rows ?? []).filter((r) => typeof r.count === "number");
  const unknown = (table?.rows ?? []).filter((r) => r.count === null).map((r) => r.year as number);
  const byId = new Map(result.inputs.map((i) => [i.id, i]));
  const start = project.assumptions.get("oc.path_start_year")?.base ?? 2024;
  const horizon = byId.get("oc.egts_horizon")!.value;
  const egtsBase = byId.get("oc.targets.egts_baseline")!.value;
  const egtsTarget = byId.get("oc.targets.egts_target")!.value;
  const larisss = byId.get("oc.targets.larisss_target")!.value;
  const plotted: PlottedValue[] = [
    ...known.map((r) => ({
      label: `${r.count} (${r.year})`,
      value: r.count as number,
      from: r.figure_id as string,
    })),
    {
      label: "Cible des États généraux (départ)",
      value: egtsBase,
      from: "oc.targets.egts_baseline",
    },
    {
      label: "Cible des États généraux (arrivée)",
      value: egtsTarget,
      from: "oc.targets.egts_target",
    },
    { label: "Cible LaRISSS", value: larisss, from: "oc.targets.larisss_target" },
  ];
  const unitFr: Record<string, string> = { posts: "postes", persons: "personnes" };
  const title_fr = "Organisation communautaire dans le RSSS : effectifs connus et cibles";
  const title_en = "Community organizers: known counts and targets";
  return {
    id: "oc_staffing",
    sourceId: "oc",
    title_fr,
    title_en,
    plotted,
    spec: {
      ...chartFrame(
        title_fr,
        title_en,
        "Bourque, Lachapelle et Mailhot (2025), recensement RQIIAC",
      ),
      layer: [
        {
          data: {
            values: [
              { year: start, count: egtsBase, series: "États généraux : doubler en cinq ans" },
              {
                year: start + horizon,
                count: egtsTarget,
                series: "États généraux : doubler en cinq ans",
              },
            ],
          },
          mark: { type: "line", strokeDash: [6, 4], point: true, tooltip: true },
          encoding: {
            x: { field: "year", type: "quantitative", title: "Année", axis: { format: "d" } },
            y: { field: "count", type: "quantitative", title: "Effectif" },
            color: { field: "series", type: "nominal", title: null },
          },
        },
        {
          data: { values: [{ count: larisss, label: "LaRISSS : 2 250 (sans échéance)" }] },
          layer: [
            {
              mark: { type: "rule", strokeDash: [2, 2], color: "#888" },
              encoding: { y: { field: "count", type: "quantitative" } },
            },
            {
              mark: {
                type: "text",
                align: "left",
                dx: 4,
                dy: -6,
                fontSize: 11,
                color: "#555",
                x: 0,
              },
              encoding: { y: { field: "count", type: "quantitative" }, text: { field: "label" } },
            },
          ],
        },
        {
          data: {
            values: known.map((r) => ({
              year: r.year,
              count: r.count,
              label: `${r.count} ${unitFr[r.unit as string] ?? r.unit} (${r.year})`,
            })),
          },
          layer: [
            {
              mark: { type: "point", filled: true, size: 90, color: "black", tooltip: true },
              encoding: {
                x: { field: "year", type: "quantitative" },
                y: { field: "count", type: "quantitative" },
              },
            },
            {
              mark: { type: "text", dy: -12, fontSize: 11 },
              encoding: {
                x: { field: "year", type: "quantitative" },
                y: { field: "count", type: "quantitative" },
                text: { field: "label" },
              },
            },
          ],
        },
        {
          data: { values: unknown.map((year) => ({ year, label: "?" })) },
          mark: { type: "text", y: 232, fontSize: 11, color: "#888" },
          encoding: { x: { field: "year", type: "quantitative" }, text: { field: "label" } },
        },
      ],
    },
  };
}
