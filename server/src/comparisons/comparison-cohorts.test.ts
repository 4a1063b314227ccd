import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { translate } from "../../../core/i18n/index.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import { type ComparisonSetup, setUpComparisons } from "./comparison-test-setup.ts";

const aggregate = {
  kind: "aggregate",
  name: "Usual services, Pirkanmaa",
  sourceDescription: "Varma pilot comparison group, 2021 follow-up",
  counts: [{ periodFrom: "2021-01-01", periodTo: "2021-06-30", denominator: 27, employed: 5 }],
};

describe("comparison cohorts", { timeout: 120_000 }, () => {
  let t: TestApp;
  let s: ComparisonSetup;
  const url = () => `/api/organisations/${s.orgId}/comparison-cohorts`;
  const compareUrl = (query: string) =>
    `/api/organisations/${s.orgId}/teams/${s.teamId}/outcomes/comparison?${query}`;

  before(async () => {
    t = await createTestApp();
    s = await setUpComparisons(t);
  });
  after(() => t.close());

  test("admins, evaluators and team leads import and list cohorts; only counts are kept", async () => {
    let created = 0;
    for (const role of ["org_admin", "evaluator", "team_lead"] as const) {
      const response = await s.as[role].post(url(), { ...aggregate, name: `${aggregate.name} ${role}` });
      assert.equal(response.statusCode, 201, `${role}: ${response.body}`);
      assert.deepEqual(response.json().counts, aggregate.counts);
      created++;
    }
    assert.equal(created, 3);
    const rows = await s.as.org_admin.post(url(), {
      kind: "rows",
      name: "Register extract",
      sourceDescription: "",
      csv: "pseudonym;period_from;period_to;employed\r\nZX81;2021-01-01;2021-06-30;1\r\nQL;2021-01-01;2021-06-30;0\r\n",
    });
    assert.equal(rows.statusCode, 201, rows.body);
    assert.deepEqual(rows.json().counts, [
      { periodFrom: "2021-01-01", periodTo: "2021-06-30", denominator: 2, employed: 1 },
    ]);
    const listed = await s.as.evaluator.get(url());
    assert.equal(listed.statusCode, 200);
    assert.equal(listed.json().length, 4);
    assert.equal(listed.json()[0].kind, "rows");
    // The pseudonyms went nowhere: not in the cohort tables, not in the audit log.
    const stored = await t.database.db.selectFrom("comparison_cohort_count").selectAll().execute();
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "details"])
      .where("event_type", "in", ["comparison_cohort.created", "comparison_cohort.listed"])
      .execute();
    assert.ok(!JSON.stringify([stored, audit]).includes("ZX81"));
    assert.equal(audit.filter((a) => a.event_type === "comparison_cohort.created").length, 4);
    const details = audit.find((a) => a.event_type === "comparison_cohort.created")?.details;
    assert.equal((details as { periods?: number } | undefined)?.periods, 1);
  });

  test("denials: signed out 401, another organisation 404, coaches and clinicians 403", async () => {
    const anonymous = t.client();
    const cases: Array<[string, number]> = [];
    for (const [who, client, status] of [
      ["anonymous", anonymous, 401],
      ["other organisation", s.as.otherOrgAdmin, 404],
      ["coach", s.as.coach, 403],
      ["clinician", s.as.clinician, 403],
      ["reviewer", s.as.reviewer, 403],
    ] as const) {
      const post = await client.post(url(), aggregate);
      const check = await client.post(`${url()}/check`, aggregate);
      const list = await client.get(url());
      const compare = await client.get(compareUrl("cohortId=00000000-0000-4000-8000-000000000000"));
      for (const [name, response] of [
        ["post", post],
        ["check", check],
        ["list", list],
        ["compare", compare],
      ] as const) {
        // A clinician or reviewer has no aggregate rights on the team either: 403 from either gate.
        assert.equal(response.statusCode, status, `${who} ${name}: ${response.body}`);
        cases.push([`${who} ${name}`, response.statusCode]);
      }
    }
    assert.equal(cases.length, 20);
    const denied = await t.database.db
      .selectFrom("audit_event")
      .select("event_type")
      .where("outcome", "=", "denied")
      .execute();
    assert.ok(denied.length >= 12, "denials are audited");
  });

  test("bad counts, periods and files are field errors in the caller's language", async () => {
    const fi = s.as.org_admin;
    assert.equal((await fi.patch("/api/me", { locale: "fi" })).statusCode, 200);
    const cases: Array<[string, unknown, string, string]> = [
      [
        "negative",
        { ...aggregate, counts: [{ ...aggregate.counts[0], employed: -1 }] },
        "counts.0.employed",
        "too_small",
      ],
      [
        "over",
        { ...aggregate, counts: [{ ...aggregate.counts[0], employed: 28 }] },
        "counts.0.employed",
        "over_denominator",
      ],
      [
        "reversed",
        { ...aggregate, counts: [{ ...aggregate.counts[0], periodFrom: "2021-07-01" }] },
        "counts.0.periodTo",
        "end_before_start",
      ],
      [
        "overlap",
        {
          ...aggregate,
          counts: [
            aggregate.counts[0],
            { periodFrom: "2021-06-01", periodTo: "2021-12-31", denominator: 27, employed: 7 },
          ],
        },
        "counts.1.periodFrom",
        "periods_overlap",
      ],
      [
        "bad row",
        {
          kind: "rows",
          name: "X",
          sourceDescription: "",
          csv: "pseudonym,period_from,period_to,employed\na,2021-01-01,2021-06-30,1\nb,2021-01-01,2021-06-30,2",
        },
        "rows.3",
        "csv_employed_flag",
      ],
      [
        "name column",
        {
          kind: "rows",
          name: "X",
          sourceDescription: "",
          csv: "pseudonym,name,period_from,period_to,employed\na,Maija,2021-01-01,2021-06-30,1",
        },
        "rows.1",
        "csv_column_not_allowed",
      ],
    ];
    for (const [name, body, field, key] of cases) {
      // The dry run names the same problem as the import, under the same field path.
      const dryRun = await fi.post(`${url()}/check`, body);
      assert.equal(dryRun.statusCode, 400, `${name} (dry run): ${dryRun.body}`);
      assert.ok(dryRun.json().error.fields?.[field], `${name} (dry run): ${dryRun.body}`);
      const response = await fi.post(url(), body);
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      const error = response.json().error;
      assert.equal(error.code, "validation_failed", name);
      assert.ok(error.fields?.[field], `${name}: ${JSON.stringify(error.fields)}`);
      if (key.startsWith("csv_") || key === "over_denominator" || key === "periods_overlap") {
        assert.equal(
          error.fields[field].slice(0, 12),
          translate("fi", `validation.${key}`, { line: field.slice(5), column: "name" }).slice(0, 12),
          name,
        );
      }
    }
    assert.equal(cases.length, 6);
    const malformed = await fi.request("POST", url(), '{"oops":', { "content-type": "application/json" });
    assert.equal(malformed.statusCode, 400, malformed.body);
    const unknown = await fi.post(url(), { ...aggregate, henkilotunnus: "131052-308T" });
    assert.equal(unknown.statusCode, 400, unknown.body);
    assert.ok(unknown.json().error.fields, "an unknown field is named");
    assert.equal((await fi.patch("/api/me", { locale: "en" })).statusCode, 200);
    const listed = await s.as.org_admin.get(url());
    assert.equal(listed.json().length, 4, "nothing saved by a refused import");
  });

  test("a dry run answers the counts an import would save, and saves nothing", async () => {
    const before = (await s.as.team_lead.get(url())).json().length;
    const dryRun = await s.as.team_lead.post(`${url()}/check`, {
      kind: "rows",
      name: "Dry run",
      sourceDescription: "",
      csv: "pseudonym,period_from,period_to,employed\nA1,2022-01-01,2022-12-31,1\nA2,2022-01-01,2022-12-31,0\nA3,2023-01-01,2023-12-31,0\n",
    });
    assert.equal(dryRun.statusCode, 200, dryRun.body);
    assert.deepEqual(dryRun.json(), {
      rows: 3,
      counts: [
        { periodFrom: "2022-01-01", periodTo: "2022-12-31", denominator: 2, employed: 1 },
        { periodFrom: "2023-01-01", periodTo: "2023-12-31", denominator: 1, employed: 0 },
      ],
    });
    const counted = await s.as.team_lead.post(`${url()}/check`, aggregate);
    assert.deepEqual(counted.json(), { rows: null, counts: aggregate.counts });
    assert.equal((await s.as.team_lead.get(url())).json().length, before, "the dry run saved nothing");
  });

  test("a file without a header: the answer repeats none of line 1 (a person's data)", async () => {
    for (const line of [
      "x1,2022-01-01,2022-12-31,Maija Meikäläinen",
      "x1,2022-01-01,2022-12-31,131052-308T",
    ]) {
      const dryRun = await s.as.team_lead.post(`${url()}/check`, {
        kind: "rows",
        name: "No header",
        sourceDescription: "",
        csv: `${line}\nx2,2022-01-01,2022-12-31,0\n`,
      });
      assert.equal(dryRun.statusCode, 400, dryRun.body);
      assert.ok(dryRun.json().error.fields["rows.1"], dryRun.body);
      for (const part of line.split(",")) assert.ok(!dryRun.body.includes(part), `${part} not in the answer`);
    }
  });

  test("comparison: an unknown or foreign cohort is not found, from after to is a field error", async () => {
    const foreign = await s.as.otherOrgAdmin.post(
      `/api/organisations/${await otherOrganisationOf(t, s)}/comparison-cohorts`,
      aggregate,
    );
    assert.equal(foreign.statusCode, 201, foreign.body);
    const other = await s.as.org_admin.get(compareUrl(`cohortId=${foreign.json().id}`));
    assert.equal(other.statusCode, 404);
    const own = (await s.as.org_admin.get(url())).json()[0].id;
    const reversed = await s.as.org_admin.get(compareUrl(`cohortId=${own}&from=2021-06-30&to=2021-01-01`));
    assert.equal(reversed.statusCode, 400, reversed.body);
    assert.ok(reversed.json().error.fields.to);
    const badSituation = await s.as.org_admin.get(compareUrl(`cohortId=${own}&situation=astronaut`));
    assert.equal(badSituation.statusCode, 400);
  });
});

async function otherOrganisationOf(t: TestApp, s: ComparisonSetup): Promise<string> {
  const row = await t.database.db
    .selectFrom("organisation")
    .select("id")
    .where("id", "!=", s.orgId)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  return row.id;
}
