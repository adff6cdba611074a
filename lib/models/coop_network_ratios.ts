/**
 * The FQCS network per co-operative: physicians, nurses, other professionals, records, members,
 * support hours. The release gives two co-op counts (28 at 31 March 2025, « près de 40 » in its
 * undated presentation): the count is an assumption, 28 by default, 40 a click away.
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/**
 * The co-op network model.
 *
 * @example 206 physicians over 28 co-ops: 7,4 a co-op; 70 000 members implied
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const r = runModel(project, "coopNetworkRatios");
 * strictEqual(r.values.physiciansPerCoop!.toFixed(1), "7.4");
 * strictEqual(r.values.impliedTotalMembers, 70000);
 * strictEqual(runModel(project, "coopNetworkRatios", { overrides: { "fqcs.coop_count": 40 } }).values.impliedTotalMembers, 100000);
 * ```
 */
export const coopNetworkRatiosModel: ModelDefinition = Object.freeze({
  id: "coopNetworkRatios",
  title_fr: "Le réseau de la FQCS, par coopérative",
  title_en: "The FQCS network, per co-operative",
  inputs: ["fqcs.coop_count"],
  figures: [
    "fqcs.network.physicians",
    "fqcs.network.nurses",
    "fqcs.network.other_professionals",
    "fqcs.network.medical_records",
    "fqcs.network.members_per_coop",
    "fqcs.support.hours",
    "fqcs.network.regions",
  ],
  steps: [
    step("physiciansPerCoop", "persons/organization", "fqcs.network.physicians / fqcs.coop_count", [
      "Médecins par coopérative",
      "Physicians per co-op",
    ]),
    step("nursesPerCoop", "persons/organization", "fqcs.network.nurses / fqcs.coop_count", [
      "Infirmières par coopérative",
      "Nurses per co-op",
    ]),
    step(
      "otherProfessionalsPerCoop",
      "persons/organization",
      "fqcs.network.other_professionals / fqcs.coop_count",
      [
        "Autres professionnels par coopérative",
        "Other professionals per co-op",
      ],
    ),
    step(
      "recordsPerCoop",
      "records/organization",
      "fqcs.network.medical_records / fqcs.coop_count",
      [
        "Dossiers par coopérative",
        "Records per co-op",
      ],
    ),
    step("impliedTotalMembers", "members", "fqcs.network.members_per_coop * fqcs.coop_count", [
      "Membres au total (déduit)",
      "Members in all (implied)",
    ]),
    step(
      "recordsPerPhysician",
      "records/person",
      "fqcs.network.medical_records / fqcs.network.physicians",
      [
        "Dossiers par médecin",
        "Records per physician",
      ],
    ),
    step(
      "recordsPerMember",
      "records/member",
      "fqcs.network.medical_records / impliedTotalMembers",
      [
        "Dossiers par membre (déduit)",
        "Records per member (implied)",
      ],
    ),
    step("membersPerPhysician", "members/person", "impliedTotalMembers / fqcs.network.physicians", [
      "Membres par médecin (déduit)",
      "Members per physician (implied)",
    ]),
    step("supportHoursPerCoop", "hours/organization", "fqcs.support.hours / fqcs.coop_count", [
      "Heures d'accompagnement par coopérative",
      "Support hours per co-op",
    ]),
    step("coopsPerRegion", "organizations/region", "fqcs.coop_count / fqcs.network.regions", [
      "Coopératives par région",
      "Co-ops per region",
    ]),
  ],
  caveats: [
    {
      fr:
        "Le communiqué ne donne pas le nombre total de membres : 2 500 × coopératives est un calcul de recompte.",
      en: "The release gives no total membership: 2 500 × co-ops is recompte's.",
    },
    {
      fr:
        "Effectifs, dossiers et « près de 40 » viennent de la présentation non datée ; les 28 coopératives " +
        "sont datées du 31 mars 2025 : les ratios peuvent mêler deux dates.",
      en:
        "Staff, records and « près de 40 » come from the undated presentation; the 28 co-ops are dated " +
        "31 March 2025: the ratios may mix dates.",
    },
  ],
});
