/**
 * The audit of `data/` is pinned: its claims and findings tables equal the committed
 * `tests/expected/` files, row by row. A changed figure, claim, rule or model shows here with the
 * ids of the rows it moves; once reviewed, `deno task accept` rewrites the files.
 */
import { ACCEPT_COMMAND, expectedAuditChanges } from "../../lib/audit/expected_audit.ts";
import { describeRowChange } from "../../lib/io/table_diff.ts";
import { assertEquals } from "../_assert.ts";
import { project } from "../_project.ts";

Deno.test("the audit of data/ is the committed tests/expected/claims.csv and findings.csv, row by row", () => {
  const changes = expectedAuditChanges(project(), "tests/expected");
  const lines = Object.entries(changes).flatMap(([name, list]) =>
    list.map((c) => `${name}: ${describeRowChange(c)}`)
  );
  assertEquals(
    lines,
    [],
    `the audit moved; if the change is intended, run \`${ACCEPT_COMMAND}\` and commit tests/expected/`,
  );
});
