import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

const mixed = [
  "nimi;y-tunnus;toimiala;kunta;muistiinpanot",
  "Hyvä Oy;0112038-9;C;Tampere;",
  "Huono Tunnus Oy;1572860-1;A;Turku;",
  "Väärä Ala Oy;;X;Oulu;",
  "Tupla Oy;0112038-9;G;Espoo;",
  ";2000000-8;F;Vantaa;",
  '"Puoli; piste Oy";;q;Helsinki;"=SUM(1)\nrivi kaksi"',
].join("\r\n");

const fixed = mixed
  .replace("1572860-1", "1572860-0")
  .replace(";X;", ";J;")
  .replace("Tupla Oy;0112038-9", "Tupla Oy;2000137-7")
  .replace(";2000000-8", "Nimetön Oy;2000000-8");

type Problem = { line: number; column: string | null; message: string };

describe("employer CSV import and export", () => {
  let t: TestApp;
  let s: WorkSetup;
  let other: { orgId: string; coach: TestClient };
  const base = (orgId: string) => `/api/organisations/${orgId}/employers`;
  const count = async (orgId: string) =>
    Number(
      (
        await t.database.db
          .selectFrom("employer")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("organisation_id", "=", orgId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const org = await buildOrganisation(t.database);
    const person = await buildStaff(t.database, { organisationId: org.id, role: "coach" });
    const coach = t.client();
    await coach.signIn(person.email, person.password);
    other = { orgId: org.id, coach };
  });
  after(() => t.close());

  test("a dry run of a mixed file reports every problem by line and column and saves nothing", async () => {
    const response = await s.coach.post(`${base(s.orgId)}/import`, { csv: mixed, dryRun: true });
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json();
    assert.deepEqual(
      report.problems.map((p: Problem) => [p.line, p.column]),
      [
        [3, "y-tunnus"],
        [4, "toimiala"],
        [5, "y-tunnus"],
        [6, "nimi"],
      ],
    );
    const [badId, badIndustry, duplicate, noName] = report.problems as Problem[];
    assert.match(badId?.message ?? "", /business ID is not valid/);
    assert.match(badIndustry?.message ?? "", /Choose one of the options/);
    assert.match(duplicate?.message ?? "", /already on line 2/);
    assert.match(noName?.message ?? "", /Fill in this field/);
    assert.deepEqual([report.rows, report.valid, report.imported, report.dryRun], [6, 2, 0, true]);
    assert.equal(await count(s.orgId), 0);
  });

  test("a real run of a file with problems saves nothing; the fixed file imports every row", async () => {
    const refused = (await s.coach.post(`${base(s.orgId)}/import`, { csv: mixed, dryRun: false })).json();
    assert.equal(refused.imported, 0);
    assert.equal(refused.problems.length, 4);
    assert.equal(await count(s.orgId), 0);

    const dry = (await s.coach.post(`${base(s.orgId)}/import`, { csv: fixed })).json();
    assert.deepEqual([dry.dryRun, dry.valid, dry.imported, dry.problems], [true, 6, 0, []]);
    assert.equal(await count(s.orgId), 0, "dryRun defaults to true");

    const done = (await s.coach.post(`${base(s.orgId)}/import`, { csv: fixed, dryRun: false })).json();
    assert.deepEqual([done.imported, done.problems], [6, []]);
    const quoted = (await s.coach.get(`${base(s.orgId)}?q=puoli`)).json()[0];
    assert.deepEqual([quoted.name, quoted.industry], ["Puoli; piste Oy", "Q"]);
    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "employer.imported")
      .where("organisation_id", "=", s.orgId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.details, { count: 6 });

    const again = (await s.coach.post(`${base(s.orgId)}/import`, { csv: fixed })).json();
    assert.equal(again.problems.filter((p: Problem) => /already in the register/.test(p.message)).length, 4);
  });

  test("export is a BOM-prefixed ;-separated file with defused formulas that imports back unchanged", async () => {
    const exported = await s.coach.get(`${base(s.orgId)}/export.csv`);
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.headers["content-type"], "text/csv; charset=utf-8");
    assert.equal(exported.headers["content-disposition"], 'attachment; filename="employers.csv"');
    assert.ok(exported.body.startsWith("\uFEFFnimi;y-tunnus;toimiala;kokoluokka;kunta;"));
    assert.ok(exported.body.includes(`"'=SUM(1)\nrivi kaksi"`), "the formula is quoted and defused");

    const imported = await other.coach.post(`${base(other.orgId)}/import`, {
      csv: exported.body,
      dryRun: false,
    });
    assert.deepEqual(imported.json().problems, []);
    assert.equal(imported.json().imported, 6);
    const back = await other.coach.get(`${base(other.orgId)}/export.csv`);
    assert.equal(back.body, exported.body);
  });

  test("headers in Swedish or English are matched; unknown ones are problems of line 1", async () => {
    const csv = "Namn;FO-nummer;Bransch;Size class;Favourite colour\nAlfa Ab;;A;1-4;blå\nBeta Ab;;B;250+;";
    const report = (await other.coach.post(`${base(other.orgId)}/import`, { csv })).json();
    assert.deepEqual(
      report.problems.map((p: Problem) => [p.line, p.column]),
      [[1, "Favourite colour"]],
    );
    assert.match(report.problems[0].message, /Unknown column/);
    assert.equal(report.valid, 2);
    const noName = (await other.coach.post(`${base(other.orgId)}/import`, { csv: "kunta\nTampere" })).json();
    assert.match(noName.problems[0].message, /name column is missing/);
  });

  test("more than 5,000 rows is one clear problem", async () => {
    const csv = ["nimi", ...Array.from({ length: 5_001 }, (_, i) => `Yritys ${i}`)].join("\n");
    const report = (await s.coach.post(`${base(s.orgId)}/import`, { csv, dryRun: false })).json();
    assert.equal(report.rows, 5_001);
    assert.equal(report.imported, 0);
    assert.deepEqual(
      report.problems.map((p: Problem) => p.line),
      [5_002],
    );
    assert.match(report.problems[0].message, /at most 5000/);
  });

  test("a clinician may neither import nor export (403)", async () => {
    assert.equal((await s.clinician.get(`${base(s.orgId)}/export.csv`)).statusCode, 403);
    assert.equal((await s.clinician.post(`${base(s.orgId)}/import`, { csv: fixed })).statusCode, 403);
  });
});
