import assert from "node:assert/strict";
import { test } from "node:test";
import { dashboardPath, exportHref, type OutcomeTarget } from "./outcome-paths.ts";

const org = "00000000-0000-4000-8000-000000000001";
const team = "00000000-0000-4000-8000-000000000002";

test("each level has its route, as agreed in the issue's route list", () => {
  const cases: [OutcomeTarget, string][] = [
    [
      { level: "team", organisationId: org, teamId: team },
      `/api/organisations/${org}/teams/${team}/outcomes`,
    ],
    [
      { level: "coach", organisationId: org, teamId: team, userId: "u1" },
      `/api/organisations/${org}/teams/${team}/coaches/u1/outcomes`,
    ],
    [{ level: "organisation", organisationId: org }, `/api/organisations/${org}/outcomes`],
    [{ level: "network", networkId: "n1" }, "/api/networks/n1/outcomes"],
  ];
  for (const [target, path] of cases) assert.equal(dashboardPath(target), path, target.level);
  assert.equal(cases.length, 4);
});

test("an export link carries the page's query and the format; a coach's page has none", () => {
  const q = { ruleSet: "ips_grow_2024" as const, quarter: "2026-Q3", quarters: 8 };
  assert.equal(
    exportHref({ level: "team", organisationId: org, teamId: team }, q, "xlsx"),
    `/api/organisations/${org}/teams/${team}/outcomes/export?ruleSet=ips_grow_2024&quarter=2026-Q3&quarters=8&format=xlsx`,
  );
  assert.equal(
    exportHref({ level: "network", networkId: "n1" }, {}, "pdf"),
    "/api/networks/n1/outcomes/export?format=pdf",
  );
  assert.equal(
    exportHref({ level: "coach", organisationId: org, teamId: team, userId: "u1" }, q, "csv"),
    null,
  );
});
