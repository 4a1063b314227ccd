import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { buildOrganisation, buildStaff } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

const full = {
  name: "Puutarha Vihreä Oy",
  businessId: "1572860-0",
  industry: "A",
  sizeClass: "10_49",
  municipality: "Tampere",
  streetAddress: "Hämeenkatu 1",
  postalCode: "33100",
  website: "https://vihrea.example.fi",
  relationshipNotes: "Kiinnostunut osa-aikaisista.",
};

describe("employer register", () => {
  let t: TestApp;
  let s: WorkSetup;
  let otherCoach: TestClient;
  let otherOrgId: string;
  const url = () => `/api/organisations/${s.orgId}/employers`;
  const audits = (targetId: string) =>
    t.database.db
      .selectFrom("audit_event")
      .select(["event_type", "details"])
      .where("target_id", "=", targetId)
      .orderBy("seq")
      .execute();

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const other = await buildOrganisation(t.database);
    otherOrgId = other.id;
    const person = await buildStaff(t.database, { organisationId: other.id, role: "coach" });
    otherCoach = t.client();
    await otherCoach.signIn(person.email, person.password);
  });
  after(() => t.close());

  test("a coach creates an employer with every field and reads it back", async () => {
    const created = await s.coach.post(url(), full);
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const detail = await s.coach.get(`${url()}/${id}`);
    assert.equal(detail.statusCode, 200, detail.body);
    const { id: _, organisationId, contactPersons, canManage, archived, ...fields } = detail.json();
    assert.deepEqual(fields, full);
    assert.equal(organisationId, s.orgId);
    assert.deepEqual(contactPersons, []);
    assert.equal(canManage, true);
    assert.equal(archived, false);
    const [item] = (await s.coach.get(`${url()}?industry=A`)).json();
    assert.deepEqual(item, {
      id,
      name: full.name,
      businessId: full.businessId,
      industry: "A",
      municipality: "Tampere",
      archived: false,
      lastContactAt: null,
      contactsLast90Days: 0,
    });
    assert.equal((await s.coach.get(`${url()}?industry=B`)).json().length, 0);
  });

  test("a duplicate business ID is 409 on businessId; the list finds the existing one by it", async () => {
    const again = await s.coach.post(url(), { name: "Toinen nimi", businessId: full.businessId });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().error.code, "conflict");
    assert.match(again.json().error.fields.businessId, /already in use/);
    const found = (await s.coach.get(`${url()}?q=${full.businessId}&includeArchived=true`)).json();
    assert.deepEqual(
      found.map((e: { name: string }) => e.name),
      [full.name],
    );
    const other = await s.coach.post(url(), { name: "Kolmas Oy", businessId: "0112038-9" });
    const patched = await s.coach.patch(`${url()}/${other.json().id}`, { businessId: full.businessId });
    assert.equal(patched.statusCode, 409, "a changed business ID is checked again");
    const same = await s.coach.patch(`${url()}/${other.json().id}`, {
      businessId: "0112038-9",
      name: "Kolmas",
    });
    assert.equal(same.statusCode, 200, same.body);
  });

  test("a wrong check digit, shape, postal code, website or industry is a 400 field error", async () => {
    for (const [field, value] of [
      ["businessId", "1572860-1"],
      ["businessId", "157286-0"],
      ["postalCode", "3310"],
      ["website", "ftp://x.fi"],
      ["industry", "V"],
      ["sizeClass", "huge"],
    ] as const) {
      const response = await s.coach.post(url(), { name: "X", [field]: value });
      assert.equal(response.statusCode, 400, `${field}=${value}`);
      assert.ok(response.json().error.fields[field], `${field}=${value}`);
    }
  });

  test("archiving hides an employer from the list until asked; restoring brings it back; both audited", async () => {
    const id = (await s.coach.post(url(), { name: "Arkistoitava Oy" })).json().id;
    const archived = await s.coach.patch(`${url()}/${id}`, { archived: true });
    assert.equal(archived.json().archived, true);
    const names = async (query: string) =>
      (await s.coach.get(`${url()}?q=arkistoitava${query}`)).json().map((e: { id: string }) => e.id);
    assert.deepEqual(await names(""), []);
    assert.deepEqual(await names("&includeArchived=true"), [id]);
    await s.coach.patch(`${url()}/${id}`, { archived: false });
    assert.deepEqual(await names(""), [id]);
    const events = (await audits(id)).map((e) => [e.event_type, e.details]);
    assert.deepEqual(events.slice(-2), [
      ["employer.archived", { archived: true }],
      ["employer.archived", { archived: false }],
    ]);
  });

  test("contact persons are added, edited and archived, each audited with field names only", async () => {
    const id = (await s.coach.post(url(), { name: "Yhteyshenkilö Oy" })).json().id;
    const persons = `${url()}/${id}/contact-persons`;
    const added = await s.coach.post(persons, {
      name: "Maija Mallikas",
      role: "HR",
      email: "maija@example.fi",
    });
    assert.equal(added.statusCode, 201, added.body);
    const personId = added.json().id;
    const edited = await s.coach.patch(`${persons}/${personId}`, { phone: "040 123 4567" });
    assert.equal(edited.json().phone, "040 123 4567");
    assert.equal(edited.json().email, "maija@example.fi");
    assert.equal((await s.coach.patch(`${persons}/${personId}`, { archived: true })).json().archived, true);
    const badEmail = await s.coach.post(persons, { name: "X", email: "ei-osoite" });
    assert.equal(badEmail.statusCode, 400);

    const detail = (await s.coach.get(`${url()}/${id}`)).json();
    assert.deepEqual(
      detail.contactPersons.map((p: { name: string; archived: boolean }) => [p.name, p.archived]),
      [["Maija Mallikas", true]],
    );
    const events = await audits(personId);
    assert.deepEqual(
      events.map((e) => e.event_type),
      ["contact_person.added", "contact_person.updated", "contact_person.updated"],
    );
    assert.doesNotMatch(JSON.stringify(events), /Maija|maija@|040/, "no personal data in the audit log");
    const viewed = (await audits(id)).filter((e) => e.event_type === "employer.viewed");
    assert.deepEqual(viewed.at(-1)?.details, { contactPersonIds: [personId] });
  });

  test("another organisation's employer is not found; a clinician is forbidden", async () => {
    const id = (await s.coach.post(url(), { name: "Oma Oy" })).json().id;
    const mine = `/api/organisations/${s.orgId}/employers/${id}`;
    assert.equal((await otherCoach.get(mine)).statusCode, 404);
    for (const path of ["", "/history"]) {
      const response = await otherCoach.get(`/api/organisations/${otherOrgId}/employers/${id}${path}`);
      assert.equal(response.statusCode, 404, path);
    }
    const patch = await otherCoach.patch(`/api/organisations/${otherOrgId}/employers/${id}`, {
      name: "Hijacked",
    });
    assert.equal(patch.statusCode, 404);
    const person = await otherCoach.post(`/api/organisations/${otherOrgId}/employers/${id}/contact-persons`, {
      name: "X",
    });
    assert.equal(person.statusCode, 404);
    assert.equal((await s.clinician.get(mine)).statusCode, 403);
    assert.equal((await s.clinician.patch(mine, { name: "X" })).statusCode, 403);
  });
});
