import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import { parseCsv } from "../../../core/csv/csv.ts";
import { translate } from "../../../core/i18n/index.ts";
import { refreshOutcomeSummaries } from "../outcome-summaries/refresh-outcome-summaries.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { buildEpisodes, type EpisodeSpec } from "../platform/testing/outcome-factories.ts";
import { hasPoppler, readPdf } from "../platform/testing/pdf-text.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

const _has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** Exports through the API: the gate first, the dashboard's figures, typed files, audited. */
describe("outcome exports", { timeout: 150_000 }, () => {
  let t: TestApp;
  let networkId: string;
  let evaluator: TestClient;
  let memberCoach: TestClient;
  let memberAdmin: TestClient;
  let member = { organisationId: "", teamId: "" };
  let outsider: TestClient;
  /** A hostile team name: must arrive defused in the spreadsheets. */
  const orgName = `=HYPERLINK("http://evil.example","x") ${randomUUID().slice(0, 6)}`;
  const signIn = async (person: { email: string; password: string }) => {
    const c = t.client();
    await c.signIn(person.email, person.password);
    return c;
  };
  const exportUrl = (format: string, more = "") =>
    `/api/networks/${networkId}/outcomes/export?format=${format}&quarter=2025-Q1&quarters=2${more}`;

  before(async () => {
    t = await createTestApp();
    const platform = await signIn(await buildStaff(t.database, { platformAdmin: true }));
    networkId = (
      await platform.post("/api/platform/networks", { name: `Region ${randomUUID()}`, kind: "region" })
    ).json().id;
    const evaluatorPerson = await buildStaff(t.database, {});
    await platform.post(`/api/platform/networks/${networkId}/evaluators`, { userId: evaluatorPerson.id });
    evaluator = await signIn(evaluatorPerson);
    for (const [clients, employed] of [
      [12, 6],
      [3, 1],
    ] as const) {
      const o = await buildOrganisation(t.database);
      await t.database.db.updateTable("organisation").set({ name: orgName }).where("id", "=", o.id).execute();
      const team = await buildTeam(t.database, o.id);
      const coach = await buildStaff(t.database, { organisationId: o.id, role: "coach", teamId: team.id });
      const specs: EpisodeSpec[] = Array.from({ length: clients }, (_, i) => ({
        referralDate: "2025-01-15",
        agreementDate: "2025-01-15",
        assignments: [{ teamId: team.id, validFrom: "2025-01-15T08:00:00Z" }],
        jobs: i < employed ? [{ startDate: "2025-02-10", contractType: "open_ended" as const }] : [],
      }));
      await buildEpisodes(t.database, o.id, coach.id, specs);
      const admin = await signIn(await buildStaff(t.database, { organisationId: o.id, role: "org_admin" }));
      const joined = await admin.post(`/api/organisations/${o.id}/reporting-networks`, {
        networkId,
        agreedOn: "2024-01-01",
      });
      assert.equal(joined.statusCode, 201, joined.body);
      memberCoach = await signIn(coach);
      memberAdmin = admin;
      member = { organisationId: o.id, teamId: team.id };
    }
    const elsewhere = await buildOrganisation(t.database);
    outsider = await signIn(
      await buildStaff(t.database, { organisationId: elsewhere.id, role: "org_admin" }),
    );
    await refreshOutcomeSummaries(t.database, { all: true, today: "2025-05-20" });
  });
  after(() => t.close());

  test("denials: signed out 401, outside the network 404, a member organisation's coach 403", async () => {
    let checked = 0;
    for (const [who, client, status] of [
      ["anonymous", t.client(), 401],
      ["outsider", outsider, 404],
      ["member coach", memberCoach, 403],
    ] as const) {
      for (const format of ["csv", "xlsx", "pdf"]) {
        const response = await client.get(exportUrl(format));
        assert.equal(response.statusCode, status, `${who} ${format}: ${response.body}`);
        assert.match(String(response.headers["content-type"]), /application\/json/);
        checked++;
      }
    }
    assert.equal(checked, 9);
    const exported = await t.database.db
      .selectFrom("audit_event")
      .select("seq")
      .where("event_type", "=", "outcomes.exported")
      .execute();
    assert.equal(exported.length, 0, "nothing exported to a refused caller");
  });

  test("a bad format or quarter is a 400 in the one error shape", async () => {
    for (const url of [
      exportUrl("docx"),
      `/api/networks/${networkId}/outcomes/export?quarter=2025-Q1`,
      exportUrl("csv").replace("2025-Q1", "2025-Q5"),
    ]) {
      const response = await evaluator.get(url);
      assert.equal(response.statusCode, 400, url);
      assert.equal(response.json().error.code, "validation_failed");
    }
  });

  test("CSV: a download named by level and quarter that round-trips through core/csv", async () => {
    const response = await evaluator.get(exportUrl("csv"));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["content-type"], "text/csv; charset=utf-8");
    assert.equal(
      response.headers["content-disposition"],
      'attachment; filename="polku-outcomes-network-2025-Q1.csv"',
    );
    assert.equal(response.headers["cache-control"], "no-store");
    const parsed = parseCsv(response.body);
    assert.ok(parsed.ok);
    const cells = parsed.rows.flat();
    assert.ok(cells.includes(translate("en", "outcomeExports.suppressionRule", { n: 5 })));
    assert.ok(cells.some((c) => c.includes("us_learning_community")));
    const q1 = parsed.rows.find((r) => r[0] === "2025-Q1");
    assert.deepEqual(q1?.slice(1, 5), ["15", "15", "7", "15"], "the network's own figures");
    const parts = parsed.rows.filter((r) => r[0]?.includes("HYPERLINK"));
    assert.equal(parts.length, 2);
    for (const part of parts) assert.ok(part[0]?.startsWith("'="), "defused");
    const small = parts.find((r) => r.includes(translate("en", "outcomeExports.withheld")));
    assert.ok(small, "the organisation with 3 clients is withheld, not 0");
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select(["details", "target_type", "target_id"])
      .where("event_type", "=", "outcomes.exported")
      .execute();
    assert.deepEqual(audit.at(-1), {
      details: {
        level: "network",
        scopeId: networkId,
        format: "csv",
        ruleSet: "us_learning_community",
        quarter: "2025-Q1",
      },
      target_type: "network",
      target_id: networkId,
    });
  });

  test("XLSX re-reads with exceljs with the header block; PDF is a PDF that pdftoppm renders", async (ctx) => {
    const xlsx = await evaluator.get(exportUrl("xlsx"));
    assert.equal(xlsx.statusCode, 200);
    assert.equal(
      xlsx.headers["content-type"],
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx.rawPayload).buffer);
    const labels: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => labels.push(row.getCell(1).value));
    for (const key of ["ruleSet", "period", "level", "suppression", "generatedAt"]) {
      assert.ok(labels.includes(translate("en", `outcomeExports.${key}`)), key);
    }
    const pdf = await evaluator.get(exportUrl("pdf", "&ruleSet=ips_grow_2024"));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    assert.equal(pdf.rawPayload.subarray(0, 5).toString("latin1"), "%PDF-");
    if (!hasPoppler())
      return ctx.skip("poppler-utils (pdftoppm) not installed: the PDF was checked by signature only");
    assert.ok(readPdf(pdf.rawPayload).firstPageRendered, "pdftoppm renders page 1");
  });

  test("team and organisation exports: the dashboards' gate, figures and file names", async () => {
    const org = `/api/organisations/${member.organisationId}`;
    const team = `${org}/teams/${member.teamId}`;
    const q = (format: string) => `/outcomes/export?format=${format}&quarter=2025-Q1&quarters=1`;
    let checked = 0;
    for (const [who, client, url, status] of [
      ["anonymous", t.client(), `${team}${q("csv")}`, 401],
      ["outsider", outsider, `${team}${q("csv")}`, 404],
      ["outsider", outsider, `${org}${q("csv")}`, 404],
      ["coach on the organisation", memberCoach, `${org}${q("xlsx")}`, 403],
      ["bad format", memberCoach, `${team}${q("html")}`, 400],
    ] as const) {
      assert.equal((await client.get(url)).statusCode, status, `${who} ${url}`);
      checked++;
    }
    assert.equal(checked, 5);
    const teamCsv = await memberCoach.get(`${team}${q("csv")}`);
    assert.equal(teamCsv.statusCode, 200, teamCsv.body);
    assert.equal(
      teamCsv.headers["content-disposition"],
      'attachment; filename="polku-outcomes-team-2025-Q1.csv"',
    );
    const parsed = parseCsv(teamCsv.body);
    assert.ok(parsed.ok);
    assert.ok(
      parsed.rows.flat().includes(translate("en", "outcomeExports.notSuppressed")),
      "team level is not suppressed",
    );
    assert.deepEqual(parsed.rows.find((r) => r[0] === "2025-Q1")?.slice(1, 5), ["3", "3", "1", "3"]);
    const orgXlsx = await memberAdmin.get(`${org}${q("xlsx")}`);
    assert.equal(orgXlsx.statusCode, 200, orgXlsx.body);
    assert.equal(
      orgXlsx.headers["content-disposition"],
      'attachment; filename="polku-outcomes-organisation-2025-Q1.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(orgXlsx.rawPayload).buffer);
    const values: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => values.push(...(row.values as unknown[])));
    assert.ok(
      values.includes(translate("en", "outcomeExports.suppressionRule", { n: 5 })),
      "organisation level is suppressed",
    );
    const orgPdf = await memberAdmin.get(`${org}${q("pdf")}`);
    assert.equal(orgPdf.statusCode, 200);
    assert.equal(orgPdf.rawPayload.subarray(0, 5).toString("latin1"), "%PDF-");
    const levels = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "outcomes.exported")
      .where("organisation_id", "=", member.organisationId)
      .orderBy("seq")
      .execute();
    assert.deepEqual(
      levels.map(
        (l) =>
          (l.details as { level: string; format: string }).level +
          "/" +
          (l.details as { format: string }).format,
      ),
      ["team/csv", "organisation/xlsx", "organisation/pdf"],
    );
  });
});
