import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { daysFromToday, setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildOrganisation } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

describe("versioned plans", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  const url = (kind: string) => `/api/clients/${s.clientId}/plans/${kind}`;
  const versionCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("episode_document")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("episode_id", "=", s.episodeId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("a second version of the job search plan leaves the first readable", async () => {
    const empty = await s.coach.get(url("job_search_plan"));
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual(empty.json(), { kind: "job_search_plan", latest: null, versions: [] });

    const first = await s.coach.post(url("job_search_plan"), {
      content: {
        targetOccupations: [{ title: "Varastotyöntekijä", occupationCode: "9333" }],
        hoursPerWeekMin: 10,
        hoursPerWeekMax: 20,
        steps: [{ text: "CV valmiiksi", owner: "client", due: daysFromToday(today, 7) }],
      },
    });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().version, 1);
    assert.deepEqual(first.json().content.municipalities, [], "defaults are stored");
    const second = await s.coach.post(url("job_search_plan"), {
      content: { targetIndustries: ["logistiikka"], hoursPerWeekMin: 20 },
    });
    assert.equal(second.json().version, 2);

    const plan = (await s.coach.get(url("job_search_plan"))).json();
    assert.equal(plan.latest.version, 2);
    assert.deepEqual(plan.latest.content.targetIndustries, ["logistiikka"]);
    assert.deepEqual(
      plan.versions.map((v: { version: number }) => v.version),
      [2, 1],
    );
    assert.ok(plan.versions[0].authorName);
    const v1 = await s.coach.get(`${url("job_search_plan")}/versions/1`);
    assert.equal(v1.statusCode, 200, v1.body);
    assert.equal(v1.json().content.targetOccupations[0].occupationCode, "9333");
    assert.equal((await s.coach.get(`${url("job_search_plan")}/versions/3`)).statusCode, 404);

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("event_type")
      .where("target_id", "=", s.clientId)
      .where("event_type", "in", ["document.saved", "document.viewed"])
      .execute();
    assert.equal(audit.filter((a) => a.event_type === "document.saved").length, 2);
    assert.equal(audit.filter((a) => a.event_type === "document.viewed").length, 3);
  });

  test("invalid content is refused with field errors and saves no version", async () => {
    const before = await versionCount();
    const cases: Array<[string, unknown, string]> = [
      [
        "benefits_planning",
        { doneOn: today, byTrainedPlanner: true, benefitsInPlace: ["lottery"] },
        "content.benefitsInPlace.0",
      ],
      ["benefits_planning", { doneOn: daysFromToday(today, 2), byTrainedPlanner: true }, "content.doneOn"],
      ["job_search_plan", { hoursPerWeekMin: 30, hoursPerWeekMax: 20 }, "content.hoursPerWeekMax"],
      ["career_profile", { strengths: "x", hobbies: "y" }, "content.hobbies"],
      ["disclosure_plan", { entries: [] }, "content.discussedOn"],
      [
        "disclosure_plan",
        { discussedOn: today, entries: [{ employerName: "A", decision: "some" }] },
        "content.entries.0.decision",
      ],
    ];
    for (const [kind, content, field] of cases) {
      const response = await s.coach.post(url(kind), { content });
      assert.equal(response.statusCode, 400, `${kind} ${response.body}`);
      assert.ok(response.json().error.fields[field], `${kind}: ${response.body}`);
    }
    assert.equal(await versionCount(), before);
  });

  test("a disclosure plan may name employers of the client's organisation only", async () => {
    const other = await buildOrganisation(t.database);
    const foreign = await t.database.db
      .insertInto("employer")
      .values({
        organisation_id: other.id,
        name: "Muu Oy",
        created_by: (await t.database.db.selectFrom("user").select("id").executeTakeFirstOrThrow()).id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const own = (await s.coach.post(`/api/organisations/${s.orgId}/employers`, { name: "Oma Oy" })).json();
    const entry = (employerId: string) => ({
      employerId,
      employerName: "X",
      decision: "partial",
      whatMayBeSaid: "Kuntoutuja",
    });
    const refused = await s.coach.post(url("disclosure_plan"), {
      content: { discussedOn: today, entries: [entry(foreign.id)] },
    });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.json().error.fields["content.entries.0.employerId"], refused.body);
    const saved = await s.coach.post(url("disclosure_plan"), {
      content: { discussedOn: today, entries: [entry(own.id)] },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().content.entries[0].decision, "partial");
  });
});
