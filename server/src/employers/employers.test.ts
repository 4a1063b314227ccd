import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

describe("employer register (minimal)", () => {
  let t: TestApp;
  let s: WorkSetup;
  const url = () => `/api/organisations/${s.orgId}/employers`;

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("a coach adds employers and finds them by name or business ID", async () => {
    const created = await s.coach.post(url(), { name: "Nokia Oyj", businessId: " 0112038-9 " });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().businessId, "0112038-9");
    await s.coach.post(url(), { name: "Kahvila 100% Oy" });
    const byName = await s.coach.get(`${url()}?q=nok`);
    assert.deepEqual(
      byName.json().map((e: { name: string }) => e.name),
      ["Nokia Oyj"],
    );
    const byId = await s.coach.get(`${url()}?q=0112038-9`);
    assert.equal(byId.json()[0].id, created.json().id);
    const wildcard = await s.coach.get(`${url()}?q=${encodeURIComponent("100%")}`);
    assert.equal(wildcard.json().length, 1, "a typed % means itself");
    assert.equal((await s.coach.get(url())).json().length, 2);
  });

  test("a wrong check digit or shape is a field error; a second employer with the same business ID is a conflict", async () => {
    for (const businessId of ["0112038-8", "112038-9", "0112038"]) {
      const response = await s.coach.post(url(), { name: "X", businessId });
      assert.equal(response.statusCode, 400, businessId);
      assert.match(response.json().error.fields.businessId, /business ID/);
    }
    const first = await s.coach.post(url(), { name: "Yritys A", businessId: "1572860-0" });
    assert.equal(first.statusCode, 201, first.body);
    const second = await s.coach.post(url(), { name: "Yritys B", businessId: "1572860-0" });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.code, "conflict");
    assert.ok(second.json().error.fields.businessId);
  });

  test("a clinician may not use the register (403)", async () => {
    assert.equal((await s.clinician.get(url())).statusCode, 403);
    assert.equal((await s.clinician.post(url(), { name: "X" })).statusCode, 403);
  });
});
