/**
 * A figure from outside the memos (a statistics agency's count, an inflation target) lives in its
 * own source folder, `data/outside/<id>/`, with its provenance, and a memo's claims may cite it:
 * the audit judges the claim with it, and a figure of an outside source without its provenance is
 * refused.
 */
import { audit } from "../../lib/audit/audit.ts";
import { loadProject, validateProject } from "../../lib/project/load_project.ts";
import { formatProblem } from "../../lib/errors.ts";
import { assertEquals } from "../_assert.ts";
import { copyOfData } from "../_project.ts";

/** A data copy with an outside source of one figure, and a FQCS claim that cites it. */
async function withOutsideSource(source: string): Promise<string> {
  const dir = await copyOfData();
  await Deno.mkdir(`${dir}/outside/example_agency`, { recursive: true });
  await Deno.writeTextFile(`${dir}/outside/example_agency/source.csv`, source);
  await Deno.writeTextFile(
    `${dir}/outside/example_agency/figures.csv`,
    "figure_id,line,section,excerpt,value,unit,qualifier,note\n" +
      "example_agency.health_coops,,Table 1,Coopératives de santé actives : 28,28,organizations,exact,A test figure.\n",
  );
  const claims = `${dir}/memos/fqcs/claims.csv`;
  await Deno.writeTextFile(
    claims,
    (await Deno.readTextFile(claims)) +
      "fqcs.network.coops_outside_check,,constructed,28 coopératives de santé,=,fqcs.network.coops_2025,example_agency.health_coops,organizations," +
      "Le compte du communiqué est celui de l'agence.,The release's count is the agency's.,,,A test claim.\n",
  );
  return dir;
}

const SOURCE = "field,value\nsource_id,example_agency\npublisher,Agence d'exemple\n" +
  "title,Registre des coopératives\ndate,2025-03\nkind,statistics\nlanguage,fr\n" +
  "url,https://example.org/registre\naccessed,2025-11-01\nlicence,CC BY 4.0\n";

Deno.test("a memo's claim may cite a figure of an outside source folder, and is judged with it", async () => {
  const dir = await withOutsideSource(SOURCE);
  try {
    const project = loadProject(dir);
    assertEquals(project.sources.get("example_agency")?.publisher, "Agence d'exemple");
    assertEquals(project.figures.get("example_agency.health_coops")?.value, 28);
    const claim = audit(project).claims.find((c) =>
      c.claim.id === "fqcs.network.coops_outside_check"
    )!;
    assertEquals(claim.verdict, "consistent");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("an outside source without its publisher is refused, naming the file and the field", async () => {
  const dir = await withOutsideSource(SOURCE.replace("publisher,Agence d'exemple\n", ""));
  try {
    const { problems } = validateProject(dir);
    const errors = problems.filter((p) => p.severity === "error").map(formatProblem);
    assertEquals(errors.length, 1, errors.join("\n"));
    assertEquals(errors[0]!.includes("outside/example_agency/source.csv"), true, errors[0]);
    assertEquals(errors[0]!.includes("publisher"), true, errors[0]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
