/**
 * Ratios of the FQCS health co-op network (Fédération québécoise des coopératives de santé,
 * press release of 23 October 2025): records per physician, and staff, records and support hours
 * per co-op, under either co-op count the release gives.
 *
 *   recordsPerPhysician   = records / physicians
 *   recordsPerCoop        = records / coops
 *   physiciansPerCoop     = physicians / coops
 *   nursesPerCoop         = nurses / coops
 *   otherProfessionalsPerCoop = otherProfessionals / coops
 *   supportHoursPerCoop   = supportHours / coops
 *   impliedTotalMembers   = membersPerCoop × coops      (the release gives no total)
 *   recordsPerMember      = records / impliedTotalMembers
 *   membersPerPhysician   = impliedTotalMembers / physicians
 *
 * The release counts 28 co-ops at 31 March 2025 (« regroupait 28 coopératives ») and, in its
 * undated boilerplate, « près de 40 »; the staff and record counts come from the same undated
 * boilerplate. {@linkcode coopNetworkRatiosBothCounts} shows both side by side.
 *
 * @module
 */
import { figureInput } from "../assumptions/figure_input.ts";
import { OverrideError } from "../assumptions/override_error.ts";
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import type { Trace } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";

/**
 * Which co-op count to divide by: `network_2025`, the 28 co-ops at 31 March 2025 (assumption
 * `fqcs.coop_count`, which an override may change), or `about_40`, the boilerplate's « près de
 * 40 » (figure `fqcs.network.coops_about`, read as given).
 */
export type CoopCountChoice = "network_2025" | "about_40";

/** Parameters of {@linkcode coopNetworkRatios}: overrides (`fqcs.coop_count`), scenario, count. */
export interface CoopNetworkRatiosParams extends ModelOptions {
  /** The co-op count to use. @default "network_2025" */
  coopCount?: CoopCountChoice;
}

/** The network's ratios under one co-op count. */
export interface CoopNetworkRatios {
  /** The count chosen. */
  coopCountChoice: CoopCountChoice;
  /** Co-ops divided by. */
  coops: number;
  /** Average members per co-op, as the release gives it (« en moyenne, 2 500 membres »). */
  membersPerCoop: number;
  /** membersPerCoop × coops: recompte's, since the release states no total. */
  impliedTotalMembers: number;
  /** Always `false`: the release gives no total membership. */
  totalMembersGiven: false;
  /** Medical records per general practitioner. */
  recordsPerPhysician: number;
  /** Medical records per co-op. */
  recordsPerCoop: number;
  /** Medical records per implied member (> 1: records are not members). */
  recordsPerMember: number;
  /** Implied members per general practitioner. */
  membersPerPhysician: number;
  /** General practitioners per co-op. */
  physiciansPerCoop: number;
  /** Nurses per co-op. */
  nursesPerCoop: number;
  /** Other health professionals (« une cinquantaine ») per co-op. */
  otherProfessionalsPerCoop: number;
  /** Hours of support from the federation (« près de 1000 heures ») per co-op. */
  supportHoursPerCoop: number;
  /** What a reader must know. */
  caveats: string[];
  /** Inputs and steps. */
  trace: Trace;
}

/**
 * Recomputes the network's ratios under one co-op count.
 *
 * @param params Overrides, scenario and the count to use.
 * @returns The ratios, caveats and trace.
 * @throws {OverrideError} For a refused override, or an override of `fqcs.coop_count` combined
 *   with `coopCount: "about_40"` (choose one).
 *
 * @example 280 000 records for 206 GPs; 10 000 records per co-op of 28 (figures fqcs.network.*)
 * ```ts
 * import { coopNetworkRatios } from "./coop_network_ratios.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = coopNetworkRatios();
 * strictEqual(Math.round(r.recordsPerPhysician), 1359);
 * strictEqual(r.recordsPerCoop, 10000);
 * strictEqual(r.impliedTotalMembers, 70000);
 * strictEqual(coopNetworkRatios({ coopCount: "about_40" }).impliedTotalMembers, 100000);
 * ```
 */
export function coopNetworkRatios(params: CoopNetworkRatiosParams = {}): CoopNetworkRatios {
  const choice = params.coopCount ?? "network_2025";
  if (choice !== "network_2025" && choice !== "about_40") {
    throw new RangeError(
      `coopNetworkRatios: coopCount must be "network_2025" or "about_40", got ${
        JSON.stringify(choice)
      }`,
    );
  }
  const resolved = resolveInputs("coopNetworkRatios", ["fqcs.coop_count"], [], params);
  const countInput = resolved.inputs[0]!;
  if (choice === "about_40" && countInput.overridden) {
    throw new OverrideError(
      "fqcs.coop_count",
      `set by ${countInput.overriddenBy}, but coopCount "about_40" reads the release's « près de ` +
        `40 » as given: use coopCount "network_2025" with the override, or drop the override`,
    );
  }
  const coopsInput = choice === "about_40" ? figureInput("fqcs.network.coops_about") : countInput;
  const members = figureInput("fqcs.network.members_per_coop");
  const records = figureInput("fqcs.network.medical_records");
  const physicians = figureInput("fqcs.network.physicians");
  const nurses = figureInput("fqcs.network.nurses");
  const others = figureInput("fqcs.network.other_professionals");
  const hours = figureInput("fqcs.support.hours");
  const inputs = [coopsInput, members, records, physicians, nurses, others, hours];
  const coops = coopsInput.value;
  const c = coopsInput.id;

  const r = stepRecorder("coopNetworkRatios");
  const per = (name: string, num: typeof records, unit: string) =>
    r.record(name, num.value / coops, unit, `${num.id} / ${c}`);
  const impliedTotalMembers = r.record(
    "impliedTotalMembers",
    members.value * coops,
    "members",
    `fqcs.network.members_per_coop × ${c}`,
  );
  const recordsPerPhysician = r.record(
    "recordsPerPhysician",
    records.value / physicians.value,
    "records/person",
    "fqcs.network.medical_records / fqcs.network.physicians",
  );
  const recordsPerCoop = per("recordsPerCoop", records, "records/organization");
  const recordsPerMember = r.record(
    "recordsPerMember",
    records.value / impliedTotalMembers,
    "records/member",
    "fqcs.network.medical_records / impliedTotalMembers",
  );
  const membersPerPhysician = r.record(
    "membersPerPhysician",
    impliedTotalMembers / physicians.value,
    "members/person",
    "impliedTotalMembers / fqcs.network.physicians",
  );
  const physiciansPerCoop = per("physiciansPerCoop", physicians, "persons/organization");
  const nursesPerCoop = per("nursesPerCoop", nurses, "persons/organization");
  const otherProfessionalsPerCoop = per(
    "otherProfessionalsPerCoop",
    others,
    "persons/organization",
  );
  const supportHoursPerCoop = per("supportHoursPerCoop", hours, "hours/organization");
  const caveats = [
    "The release gives no total membership: impliedTotalMembers = 2 500 × co-ops is recompte's.",
    "Staff, records and « près de 40 » come from the undated boilerplate; the 28 co-ops are " +
    "dated 31 March 2025: the ratios may mix dates.",
    ...(recordsPerMember > 1
      ? [
        `${recordsPerMember.toFixed(1)} medical records per implied member: records are not ` +
        "members (non-member patients, inactive files).",
      ]
      : []),
    ...(choice === "about_40" ? ["« près de 40 » is approximate: so are ratios per co-op."] : []),
    "« près de 1000 heures » and « une cinquantaine » are approximate.",
  ];
  return {
    coopCountChoice: choice,
    coops,
    membersPerCoop: members.value,
    impliedTotalMembers,
    totalMembersGiven: false,
    recordsPerPhysician,
    recordsPerCoop,
    recordsPerMember,
    membersPerPhysician,
    physiciansPerCoop,
    nursesPerCoop,
    otherProfessionalsPerCoop,
    supportHoursPerCoop,
    caveats,
    trace: {
      inputs,
      steps: r.steps,
      ...(resolved.scenario ? { scenario: resolved.scenario } : {}),
    },
  };
}

/**
 * The network's ratios under both co-op counts of the release, side by side.
 *
 * @param params Overrides and scenario (an override of `fqcs.coop_count` is refused: this
 *   compares the release's own two counts; call {@linkcode coopNetworkRatios} to try another).
 * @returns The ratios with 28 co-ops (`network_2025`) and with « près de 40 » (`about_40`).
 * @throws {OverrideError} For a refused override.
 *
 * @example 7.4 vs 5.2 GPs per co-op (figures fqcs.network.coops_2025, fqcs.network.coops_about)
 * ```ts
 * import { coopNetworkRatiosBothCounts } from "./coop_network_ratios.ts";
 * import { strictEqual } from "node:assert/strict";
 * const both = coopNetworkRatiosBothCounts();
 * strictEqual(both.network_2025.physiciansPerCoop.toFixed(1), "7.4");
 * strictEqual(both.about_40.physiciansPerCoop.toFixed(1), "5.2");
 * ```
 */
export function coopNetworkRatiosBothCounts(
  params: Omit<CoopNetworkRatiosParams, "coopCount"> = {},
): Record<CoopCountChoice, CoopNetworkRatios> {
  if (params.overrides !== undefined && "fqcs.coop_count" in params.overrides) {
    throw new OverrideError(
      "fqcs.coop_count",
      "coopNetworkRatiosBothCounts compares the release's own two counts (28 and « près de 40 »); " +
        "to try another count, call coopNetworkRatios({ overrides })",
    );
  }
  return {
    network_2025: coopNetworkRatios({ ...params, coopCount: "network_2025" }),
    about_40: coopNetworkRatios({ ...params, coopCount: "about_40" }),
  };
}
