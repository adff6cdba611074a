/**
 * The OC brief's staffing targets: the États généraux du travail social (EGTS) ask to double
 * full-time community-organizer posts from 500 to 1 000 in five years; LaRISSS to quintuple
 * organizers from 450 to 2 250, with no horizon. The yearly growth each target needs, and how far
 * the latest count (505 persons in 2024) stands from each baseline.
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/**
 * The OC targets model.
 *
 * @example Doubling in five years needs 14,9 % a year
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = runModel(loadProject("data"), "ocTargets");
 * strictEqual(r.values.egtsAnnualGrowth!.toFixed(1), "14.9");
 * strictEqual(r.values.egtsPostsPerYear, 100);
 * ```
 */
export const ocTargetsModel: ModelDefinition = Object.freeze({
  id: "ocTargets",
  title_fr: "Organisation communautaire : les cibles d'effectifs",
  title_en: "Community organization: the staffing targets",
  inputs: ["oc.egts_horizon"],
  figures: [
    "oc.targets.egts_baseline",
    "oc.targets.egts_target",
    "oc.targets.larisss_baseline",
    "oc.targets.larisss_target",
    "oc.staffing.persons_2024",
    "oc.staffing.posts_2017",
  ],
  steps: [
    step("egtsFactor", "count", "oc.targets.egts_target / oc.targets.egts_baseline", [
      "Facteur de la cible des États généraux",
      "Factor of the EGTS target",
    ]),
    step("egtsAnnualGrowth", "percent", "pow(egtsFactor, 1[years] / oc.egts_horizon) - 1", [
      "Croissance annuelle nécessaire (États généraux)",
      "Yearly growth needed (EGTS)",
    ]),
    step(
      "egtsPostsPerYear",
      "posts/year",
      "(oc.targets.egts_target - oc.targets.egts_baseline) / oc.egts_horizon",
      [
        "Postes à ajouter par an (États généraux)",
        "Posts to add a year (EGTS)",
      ],
    ),
    step("larisssFactor", "count", "oc.targets.larisss_target / oc.targets.larisss_baseline", [
      "Facteur de la cible LaRISSS",
      "Factor of the LaRISSS target",
    ]),
    step(
      "growth2017to2024",
      "percent",
      "oc.staffing.persons_2024 / (oc.staffing.posts_2017 * 1[persons/post]) - 1",
      [
        "Hausse de 2017 à 2024 (une personne par poste)",
        "Rise from 2017 to 2024 (one person per post)",
      ],
    ),
    step(
      "countAboveLarisssBaseline",
      "persons",
      "oc.staffing.persons_2024 - oc.targets.larisss_baseline",
      [
        "Effectif de 2024 au-dessus de la base LaRISSS",
        "2024 count above the LaRISSS baseline",
      ],
    ),
  ],
  caveats: [
    {
      fr:
        "Les 334 de 2017 sont des postes, les 505 de 2024 des personnes : la hausse suppose une personne par poste.",
      en:
        "The 334 of 2017 are posts, the 505 of 2024 persons: the rise assumes one person per post.",
    },
    {
      fr:
        "La cible LaRISSS n'a pas d'horizon dans le mémoire : aucune croissance annuelle n'en est déduite.",
      en: "The memo gives the LaRISSS target no horizon: no yearly growth is derived from it.",
    },
  ],
});
