import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

const MB = 1024 * 1024;
const pdfBytes = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write("%PDF-1.7\n", 0, "latin1");
  return bytes;
};
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const upload = (fileName: string, bytes: Buffer, kind = "cv") => ({
  kind,
  fileName,
  content: bytes.toString("base64"),
});

/** Files kept with a client: checked by content, stored in the database, downloaded, removed softly. */
describe("client attachments", () => {
  let t: TestApp;
  let s: WorkSetup;
  const url = () => `/api/clients/${s.clientId}/attachments`;
  const stored = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("client_attachment")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("client_id", "=", s.clientId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp(undefined, { POLKU_ATTACHMENT_MAX_MB: "1" });
    s = await setUpWork(t);
  });
  after(() => t.close());

  test("a PDF is uploaded, listed, downloaded byte for byte as an attachment, and removed softly", async () => {
    const bytes = pdfBytes(2000);
    const saved = await s.coach.post(url(), upload("Ansioluettelo 2026.pdf", bytes));
    assert.equal(saved.statusCode, 201, saved.body);
    const attachment = saved.json();
    assert.equal(attachment.mediaType, "application/pdf");
    assert.equal(attachment.sizeBytes, 2000);
    assert.equal(attachment.fileName, "Ansioluettelo 2026.pdf");

    const list = (await s.coach.get(url())).json();
    assert.equal(list.maxBytes, MB);
    assert.deepEqual(
      list.items.map((a: { id: string }) => a.id),
      [attachment.id],
    );

    const download = await s.coach.get(`${url()}/${attachment.id}/content`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers["content-type"], "application/pdf");
    assert.equal(download.headers["x-content-type-options"], "nosniff");
    assert.equal(download.headers["content-disposition"], `attachment; filename="cv-${attachment.id}.pdf"`);
    assert.ok(Buffer.compare(download.rawPayload, bytes) === 0, "the same bytes come back");

    const removed = await s.coach.post(`${url()}/${attachment.id}/removal`);
    assert.equal(removed.statusCode, 204, removed.body);
    assert.deepEqual((await s.coach.get(url())).json().items, []);
    assert.equal((await s.coach.get(`${url()}/${attachment.id}/content`)).statusCode, 404);
    assert.equal((await s.coach.post(`${url()}/${attachment.id}/removal`)).statusCode, 404);
    const row = await t.database.db
      .selectFrom("client_attachment")
      .select(["removed_at", "removed_by", "size_bytes"])
      .where("id", "=", attachment.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.removed_at && row.removed_by, "who and when are kept; the row stays");

    const events = await t.database.db
      .selectFrom("audit_event")
      .select("event_type")
      .where("target_id", "=", s.clientId)
      .where("event_type", "like", "attachment.%")
      .execute();
    assert.deepEqual([...new Set(events.map((e) => e.event_type))].sort(), [
      "attachment.downloaded",
      "attachment.listed",
      "attachment.removed",
      "attachment.uploaded",
    ]);
  });

  test("a PNG and a file of exactly the limit are taken", async () => {
    assert.equal((await s.coach.post(url(), upload("todistus.png", png, "certificate"))).statusCode, 201);
    const full = await s.coach.post(url(), upload("iso.pdf", pdfBytes(MB)));
    assert.equal(full.statusCode, 201, full.body);
  });

  test("bad files are refused with a translated message on the field and nothing is stored", async () => {
    const before = await stored();
    const html = Buffer.from("<!doctype html><script>alert(1)</script>");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const cases: Array<[string, unknown, string, RegExp]> = [
      ["too big", upload("iso.pdf", pdfBytes(MB + 1)), "content", /1 MB/],
      ["HTML", upload("sivu.html", html), "fileName", /PDF, PNG, JPEG, DOCX/],
      ["HTML renamed to .pdf", upload("cv.pdf", html), "content", /extension/],
      ["SVG renamed to .png", upload("kuva.png", svg), "content", /extension/],
      ["a PNG named .pdf", upload("cv.pdf", png), "content", /extension/],
      ["empty", upload("cv.pdf", Buffer.alloc(0)), "content", /./],
      ["a path in the name", upload("../../cv.pdf", pdfBytes(100)), "fileName", /slash/],
      ["a backslash path", upload("C:\\Users\\cv.pdf", pdfBytes(100)), "fileName", /slash/],
      ["not base64", { kind: "cv", fileName: "cv.pdf", content: "%%%" }, "content", /./],
      ["an unknown kind", { ...upload("cv.pdf", pdfBytes(100)), kind: "selfie" }, "kind", /./],
    ];
    for (const [name, body, field, message] of cases) {
      const response = await s.coach.post(url(), body);
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.equal(response.json().error.code, "validation_failed", name);
      assert.match(response.json().error.fields[field] ?? "", message, `${name}: ${response.body}`);
    }
    assert.equal(await stored(), before, "nothing half-saved");
  });

  test("a person who works in Swedish is told in Swedish what to fix", async () => {
    const me = await s.coach.patch("/api/me", { locale: "sv" });
    assert.equal(me.statusCode, 200, me.body);
    const refused = await s.coach.post(url(), upload("sida.html", Buffer.from("<html>")));
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().error.fields.fileName, /Den här filtypen kan inte bifogas/);
    await s.coach.patch("/api/me", { locale: "en" });
  });
});
