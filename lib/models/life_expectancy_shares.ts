/**
 * The OC brief's footnote 1: of the 30 years of life expectancy gained in a century, eight come
 * from health services and 22 from the environment, habits and living conditions.
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/**
 * The life-expectancy shares model.
 *
 * @example 8 of 30 years: 26,7 %; 8 + 22 = 30
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = runModel(loadProject("data"), "lifeExpectancyShares");
 * strictEqual(r.values.healthServicesShare!.toFixed(1), "26.7");
 * strictEqual(r.values.unattributed, 0);
 * ```
 */
export const lifeExpectancySharesModel: ModelDefinition = Object.freeze({
  id: "lifeExpectancyShares",
  title_fr: "Espérance de vie : la part des services de santé",
  title_en: "Life expectancy: the share of health services",
  inputs: [
    "oc.life_expectancy_gain",
    "oc.life_expectancy_health_services",
    "oc.life_expectancy_living_conditions",
  ],
  figures: [],
  steps: [
    step(
      "healthServicesShare",
      "percent",
      "oc.life_expectancy_health_services / oc.life_expectancy_gain",
      [
        "Part des services de santé",
        "Share of health services",
      ],
    ),
    step(
      "livingConditionsShare",
      "percent",
      "oc.life_expectancy_living_conditions / oc.life_expectancy_gain",
      [
        "Part de l'environnement et des conditions de vie",
        "Share of environment and living conditions",
      ],
    ),
    step(
      "sumOfParts",
      "years",
      "oc.life_expectancy_health_services + oc.life_expectancy_living_conditions",
      [
        "Somme des deux parts",
        "Sum of the two parts",
      ],
    ),
    step("unattributed", "years", "oc.life_expectancy_gain - sumOfParts", [
      "Années non attribuées",
      "Years not attributed",
    ]),
  ],
  caveats: [],
});
