import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

/** Two removals of one attachment at once (two tabs, a double click): one is done, the other finds nothing. */
describe("removing an attachment twice at once", () => {
  let t: TestApp;
  let s: WorkSetup;
  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("exactly one removal succeeds and is audited", async () => {
    const url = `/api/clients/${s.clientId}/attachments`;
    for (let round = 0; round < 10; round++) {
      const content = Buffer.from(`%PDF-1.7\n${round}`).toString("base64");
      const id = (await s.coach.post(url, { kind: "cv", fileName: "cv.pdf", content })).json().id;
      const answers = await Promise.all([1, 2, 3].map(() => s.coach.post(`${url}/${id}/removal`)));
      assert.deepEqual(
        answers.map((a) => a.statusCode).sort(),
        [204, 404, 404],
        `round ${round}: ${answers.map((a) => a.body).join(" | ")}`,
      );
      const audited = await t.database.db
        .selectFrom("audit_event")
        .select("seq")
        .where("event_type", "=", "attachment.removed")
        .where("target_id", "=", s.clientId)
        .where((eb) => eb(eb.ref("details", "->>").key("attachmentId" as never), "=", id))
        .execute();
      assert.equal(audited.length, 1, `round ${round}: one removal in the log`);
    }
  });
});
