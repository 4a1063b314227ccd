import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { formatShortDate } from "../../../core/i18n/format-date-time.ts";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { setUpWork, type WorkSetup } from "../jobs/work-test-setup.ts";
import { hasPoppler, readPdf } from "../platform/testing/pdf-text.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";

const poppler = hasPoppler();
const skip = poppler ? false : "poppler-utils (pdftotext, pdftoppm) not installed: .ci/run installs it";

/** The client's documents as PDFs in the client's language, read back as a person would. */
describe("printed documents", () => {
  let t: TestApp;
  let s: WorkSetup;
  const today = helsinkiDate();
  const pdf = (document: string) => `/api/clients/${s.clientId}/documents/${document}/pdf`;
  const setLanguage = (language: string) =>
    t.database.db
      .updateTable("client")
      .set({ preferred_language: language })
      .where("id", "=", s.clientId)
      .execute();
  const read = async (document: string) => {
    const response = await s.coach.get(pdf(document));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers["content-type"], "application/pdf");
    assert.equal(response.headers["x-content-type-options"], "nosniff");
    assert.equal(
      response.headers["content-disposition"],
      `attachment; filename="${document.replaceAll("_", "-")}-${s.clientId}.pdf"`,
      "the file name holds the kind and the opaque id only",
    );
    assert.equal(response.rawPayload.subarray(0, 5).toString("latin1"), "%PDF-");
    const { text, firstPageRendered } = readPdf(response.rawPayload);
    assert.ok(firstPageRendered, "pdftoppm renders the first page");
    return text.replace(/\s+/g, " ");
  };

  before(async () => {
    t = await createTestApp();
    s = await setUpWork(t);
    const saved = await s.coach.post(`/api/clients/${s.clientId}/cooperation-agreement`, {
      content: {
        clinicianName: "Hoitaja Hanna",
        responsibilities: [
          { area: "job_search_and_employer_contacts", party: "coaching" },
          { area: "treatment_and_medication", party: "treatment" },
        ],
        goals: "Deltidsarbete i ett lager",
      },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const confirmed = await s.coach.post(`/api/clients/${s.clientId}/cooperation-agreement/confirmation`, {
      method: "signed_on_paper",
      confirmedOn: today,
    });
    assert.equal(confirmed.statusCode, 201, confirmed.body);
    for (const [kind, content] of [
      ["career_profile", { strengths: "Noggrann", preferredOccupations: [{ title: "Lagerarbetare" }] }],
      [
        "job_search_plan",
        {
          targetIndustries: ["logistik"],
          hoursPerWeekMin: 10,
          hoursPerWeekMax: 20,
          steps: [{ text: "CV klart", owner: "client" }],
        },
      ],
      [
        "disclosure_plan",
        {
          discussedOn: today,
          entries: [{ employerName: "Lager Ab", decision: "partial", whatMayBeSaid: "Rehabilitering" }],
        },
      ],
    ] as const) {
      const response = await s.coach.post(`/api/clients/${s.clientId}/plans/${kind}`, { content });
      assert.equal(response.statusCode, 201, response.body);
    }
  });
  after(() => t.close());

  test("the cooperation agreement in Swedish: headings, parties, split, consents, confirmation", {
    skip,
  }, async () => {
    await setLanguage("sv");
    const text = await read("cooperation_agreement");
    for (const expected of [
      "Samarbetsavtal",
      "Parter",
      "Klient",
      "Hoitaja Hanna",
      "Ansvarsfördelning mellan arbetscoachning och vård",
      "Arbetssökande och kontakter med arbetsgivare Arbetscoachning",
      "Vård och medicinering Vård",
      "Givna samtycken",
      "Dela uppgifter med vårdteamet",
      "Undertecknat på papper",
      formatShortDate(today, "sv"),
      "Deltidsarbete i ett lager",
      "Underskrifter",
      "Sida 1/1",
    ])
      assert.ok(text.includes(expected), `"${expected}" in: ${text}`);
    assert.ok(!text.includes("Yhteistyösopimus"), "nothing in Finnish");
  });

  test("the three plans in Swedish and in Finnish", { skip }, async () => {
    await setLanguage("sv");
    const sv = {
      career_profile: ["Karriärprofil", "Styrkor", "Noggrann", "Lagerarbetare"],
      job_search_plan: ["Plan för arbetssökande", "logistik", "10–20", "CV klart", "Klienten"],
      disclosure_plan: ["Plan för att berätta om hälsan", "Lager Ab", "Berättas delvis", "Rehabilitering"],
    };
    for (const [document, expected] of Object.entries(sv)) {
      const text = await read(document);
      for (const e of expected) assert.ok(text.includes(e), `${document}: "${e}" in: ${text}`);
    }
    await setLanguage("fi");
    const fi = await read("job_search_plan");
    for (const e of ["Työnhakusuunnitelma", "Toimialat", "Asiakas"])
      assert.ok(fi.includes(e), `"${e}" in: ${fi}`);
    const agreement = await read("cooperation_agreement");
    for (const e of [
      "Yhteistyösopimus",
      "Vastuunjako työvalmennuksen ja hoidon kesken",
      "Allekirjoitettu paperilla",
    ])
      assert.ok(agreement.includes(e), `"${e}" in: ${agreement}`);
  });

  test("a client whose language is none of fi/sv/en gets the reader's language", { skip }, async () => {
    await setLanguage("other");
    const reader = (await s.coach.get("/api/me")).json().user.locale;
    const response = await s.coach.get(pdf("career_profile"));
    assert.equal(response.headers["content-language"], reader);
    await setLanguage("sv");
    assert.equal((await s.coach.get(pdf("career_profile"))).headers["content-language"], "sv");
  });

  test("each print is audited with its kind, version and language", async () => {
    await s.coach.get(pdf("disclosure_plan"));
    const printed = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("target_id", "=", s.clientId)
      .where("event_type", "=", "document.printed")
      .execute();
    assert.ok(printed.some((p) => (p.details as { kind: string }).kind === "disclosure_plan"));
    // Benefits planning is an internal record, not a document handed to the client: no such path.
    assert.equal(
      (await s.coach.get(`/api/clients/${s.clientId}/documents/benefits_planning/pdf`)).statusCode,
      404,
    );
  });
});
