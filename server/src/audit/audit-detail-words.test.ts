import assert from "node:assert/strict";
import { test } from "node:test";
import { auditDetailShown, describeAuditDetails } from "../../../core/audit/describe-event.ts";
import { auditWord } from "../../../core/audit/messages/index.ts";
import { locales } from "../../../core/i18n/locales.ts";
import { auditDetailsSchemas } from "./event-details.ts";

/** The keys an event's details may carry, read from its schema (objects, and each side of a union). */
function keysOf(schema: unknown): string[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? {};
  if (def.shape) return Object.keys(def.shape as object);
  if (Array.isArray(def.options)) return def.options.flatMap(keysOf);
  if (def.in) return keysOf(def.in);
  if (def.left) return [...keysOf(def.left), ...keysOf(def.right)];
  return [];
}

const shownKeys = [...new Set(Object.values(auditDetailsSchemas).flatMap(keysOf))].filter(auditDetailShown);

test("the audit schemas were read (a broken reader would make the next test pass on nothing)", () => {
  assert.ok(shownKeys.length > 40, `only ${shownKeys.length} detail keys found`);
  assert.ok(shownKeys.includes("mediaType") && shownKeys.includes("clientIds"));
});

test("every detail key an audit entry shows has a label of its own in fi, sv and en", () => {
  const missing = locales.flatMap((locale) =>
    shownKeys.filter((key) => !auditWord(locale, "fields", key)).map((key) => `${locale}:${key}`),
  );
  assert.deepEqual(missing, []);
});

test("attachment details read as words: no id, a count, the language and a moment in Finnish time", () => {
  const names = { person: () => null, team: () => null, client: () => null, employer: () => null };
  const upload = describeAuditDetails(
    "fi",
    { attachmentId: "a-1", kind: "signed_agreement", mediaType: "application/pdf", sizeBytes: 19363 },
    names,
  );
  assert.ok(upload.every((line) => !line.value.includes("a-1")));
  assert.ok(upload.some((line) => line.label === "Tiedostotyyppi"));
  assert.ok(!upload.some((line) => line.value === "signed agreement"), JSON.stringify(upload));
  const listed = describeAuditDetails("en", { attachmentIds: ["a-1", "a-2"] }, names);
  assert.deepEqual(listed, [{ label: "Attachments", value: "2" }]);
  const printed = describeAuditDetails("sv", { kind: "career_profile", language: "fi" }, names);
  assert.ok(
    printed.some((line) => line.value === "finska"),
    JSON.stringify(printed),
  );
  const week = describeAuditDetails("fi", { from: "2026-12-06T22:00:00.000Z" }, names);
  assert.ok(/7\.12\.2026/.test(week[0]?.value ?? ""), JSON.stringify(week));
});
