import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/** Confirming the same agreement twice at once (a double click, two tabs): one confirmation only. */
describe("confirming the cooperation agreement twice at once", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("one confirmation is stored, the others are told it is already confirmed", async () => {
    const url = `/api/clients/${s.clientId}/cooperation-agreement`;
    for (let round = 0; round < 5; round++) {
      const saved = await s.coach.post(url, { content: { goals: `Tavoite ${round}` } });
      assert.equal(saved.statusCode, 201, saved.body);
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          s.coach.post(`${url}/confirmation`, { method: "signed_on_paper", confirmedOn: today }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.statusCode).sort(),
        [201, 400, 400],
        `round ${round}: ${answers.map((a) => a.body.slice(0, 80)).join(" | ")}`,
      );
      const view = (await s.coach.get(url)).json();
      assert.equal(view.versions.length, (round + 1) * 2, `round ${round}: one draft and one confirmation`);
    }
  });
});
