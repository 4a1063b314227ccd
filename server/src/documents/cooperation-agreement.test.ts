import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { daysFromToday, setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/** The cooperation agreement as a versioned document: written, confirmed, corrected. */
describe("cooperation agreement", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  const url = () => `/api/clients/${s.clientId}/cooperation-agreement`;
  const content = {
    clinicianName: "Hoitaja Hanna",
    otherParties: [{ name: "Isä", role: "tukihenkilö" }],
    responsibilities: [
      { area: "job_search_and_employer_contacts", party: "coaching" },
      { area: "treatment_and_medication", party: "treatment" },
      { area: "crisis_plan", party: "both" },
    ],
    responsibilityNotes: "Viikkopalaveri torstaisin",
    goals: "Osa-aikatyö varastossa",
    reviewOn: daysFromToday(today, 90),
  };

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("before anything is written: parties and consents from the record, nothing to confirm", async () => {
    const response = await s.coach.get(url());
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json();
    assert.equal(view.latest, null);
    assert.equal(view.canConfirm, false);
    assert.match(view.parties.clientName, /Testinen$/);
    assert.ok(view.parties.coachName && view.parties.ipsTeamName && view.parties.treatmentTeamName);
    assert.equal(view.agreementDate, today);
    assert.deepEqual(
      view.consents.map((c: { scope: string }) => c.scope),
      ["share_with_treatment_team"],
    );
    const confirm = await s.coach.post(`${url()}/confirmation`, {
      method: "confirmed_in_meeting",
      confirmedOn: today,
    });
    assert.equal(confirm.statusCode, 400);
    assert.ok(confirm.json().error.fields._, confirm.body);
  });

  test("save, confirm, correct: each is a version and the confirmed one stays", async () => {
    const saved = await s.coach.post(url(), { content });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().version, 1);
    assert.equal(saved.json().content.confirmation, null);

    const tomorrow = await s.coach.post(`${url()}/confirmation`, {
      method: "signed_on_paper",
      confirmedOn: daysFromToday(today, 1),
    });
    assert.equal(tomorrow.statusCode, 400);
    assert.ok(tomorrow.json().error.fields.confirmedOn);

    const confirmed = await s.coach.post(`${url()}/confirmation`, {
      method: "signed_on_paper",
      confirmedOn: today,
    });
    assert.equal(confirmed.statusCode, 201, confirmed.body);
    const version = confirmed.json();
    assert.equal(version.version, 2);
    assert.equal(version.content.goals, content.goals, "the confirmed version keeps the content");
    assert.equal(version.content.confirmation.method, "signed_on_paper");
    assert.equal(version.content.confirmation.confirmedOn, today);
    assert.ok(version.content.confirmation.recordedByName);
    assert.equal(version.content.confirmation.consentIds.length, 1);

    const again = await s.coach.post(`${url()}/confirmation`, {
      method: "signed_on_paper",
      confirmedOn: today,
    });
    assert.equal(again.statusCode, 400);
    assert.match(again.json().error.fields._, /vahvistettu|already confirmed/i, again.body);

    const corrected = await s.coach.post(url(), { content: { ...content, goals: "Kokoaikatyö" } });
    assert.equal(corrected.json().version, 3);
    assert.equal(corrected.json().content.confirmation, null, "a correction is confirmed again");
    const view = (await s.coach.get(url())).json();
    assert.equal(view.canConfirm, true);
    assert.deepEqual(
      view.versions.map((v: { version: number }) => v.version),
      [3, 2, 1],
    );
    const old = await s.coach.get(`/api/clients/${s.clientId}/plans/career_profile`);
    assert.equal(old.json().latest, null, "the agreement is not mixed into the plans");

    const events = await t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "details"])
      .where("target_id", "=", s.clientId)
      .where("event_type", "in", ["document.saved", "document.confirmed"])
      .execute();
    assert.equal(events.filter((e) => e.event_type === "document.saved").length, 3);
    assert.equal(events.filter((e) => e.event_type === "document.confirmed").length, 1);
  });

  test("a consent withdrawn after confirmation still shows on the confirmed version, as withdrawn", async () => {
    await s.coach.post(`${url()}/confirmation`, { method: "confirmed_in_meeting", confirmedOn: today });
    const consent = await t.database.db
      .selectFrom("consent")
      .select("id")
      .where("client_id", "=", s.clientId)
      .executeTakeFirstOrThrow();
    const withdrawn = await s.coach.post(`/api/clients/${s.clientId}/consents/${consent.id}/withdrawal`, {
      withdrawnOn: today,
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const view = (await s.coach.get(url())).json();
    assert.equal(view.consents.length, 1);
    assert.equal(view.consents[0].withdrawnOn, today);
  });

  test("bad content is refused with field errors and saves no version", async () => {
    const count = async () => (await s.coach.get(url())).json().versions.length;
    const before = await count();
    const cases: Array<[unknown, string]> = [
      [{ responsibilities: [{ area: "astrology", party: "coaching" }] }, "content.responsibilities.0.area"],
      [{ responsibilities: [{ area: "crisis_plan", party: "nobody" }] }, "content.responsibilities.0.party"],
      [
        {
          responsibilities: [
            { area: "crisis_plan", party: "both" },
            { area: "crisis_plan", party: "coaching" },
          ],
        },
        "content.responsibilities",
      ],
      [{ reviewOn: "2026-02-30" }, "content.reviewOn"],
      [{ otherParties: [{ name: "" }] }, "content.otherParties.0.name"],
      [{ confirmation: { method: "signed_on_paper" } }, "content.confirmation"],
    ];
    for (const [body, field] of cases) {
      const response = await s.coach.post(url(), { content: body });
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(response.json().error.fields[field], `${field}: ${response.body}`);
    }
    const bad = await s.coach.post(`${url()}/confirmation`, { method: "by_telepathy", confirmedOn: today });
    assert.equal(bad.statusCode, 400);
    assert.equal(await count(), before);
  });
});
