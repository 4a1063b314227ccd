import assert from "node:assert/strict";
import { test } from "node:test";
import { AuditDetailsError, auditDetailsSchemas, checkAuditDetails } from "./event-details.ts";
import { type AuditEventType, auditEventTypes } from "./event-types.ts";

const ID = "0b7c1f9e-2d1a-4c59-9a55-4d6f0f6f3a10";

const cases: Array<{ eventType: AuditEventType; details: unknown; ok: boolean; why: string }> = [
  { eventType: "team.created", details: { kind: "ips_team" }, ok: true, why: "declared code" },
  { eventType: "team.created", details: {}, ok: false, why: "a required detail is missing" },
  {
    eventType: "team.created",
    details: { kind: "ips_team", name: "Tiimi" },
    ok: false,
    why: "undeclared detail",
  },
  { eventType: "team.listed", details: {}, ok: true, why: "no details" },
  { eventType: "team.listed", details: { note: "x" }, ok: false, why: "details where none belong" },
  { eventType: "client.updated", details: { changed: ["firstName"] }, ok: true, why: "field names" },
  { eventType: "client.updated", details: { changed: ["Maija Meikäläinen"] }, ok: false, why: "free text" },
  {
    eventType: "activity.listed",
    details: { access: "full", activityIds: [ID] },
    ok: true,
    why: "one variant",
  },
  {
    eventType: "activity.listed",
    details: { activityId: ID, revisions: [1, 2] },
    ok: true,
    why: "the other",
  },
  { eventType: "user.listed", details: { count: -1 }, ok: false, why: "a count is not negative" },
  {
    eventType: "access.denied",
    details: { reason: "forbidden", route: "/api/x/:id" },
    ok: true,
    why: "denial",
  },
  { eventType: "access.denied", details: { route: "/api/x" }, ok: false, why: "a denial names its reason" },
  {
    eventType: "access.denied",
    details: { reason: "forbidden", note: "tried to see Maija" },
    ok: false,
    why: "text",
  },
];

test("audit details are checked against their event type's schema", () => {
  let ran = 0;
  for (const c of cases) {
    if (c.ok) assert.doesNotThrow(() => checkAuditDetails(c.eventType, c.details), c.why);
    else assert.throws(() => checkAuditDetails(c.eventType, c.details), AuditDetailsError, c.why);
    ran++;
  }
  assert.equal(ran, 13);
});

test("the error names the event type and the path, never the value", () => {
  assert.throws(
    () => checkAuditDetails("client.updated", { changed: ["Maija Meikäläinen"] }),
    (error: Error) =>
      /client\.updated/.test(error.message) &&
      /changed\.0/.test(error.message) &&
      !/Maija/.test(error.message),
  );
});

test("every event type has a schema", () => {
  assert.deepEqual(Object.keys(auditDetailsSchemas).sort(), [...auditEventTypes].sort());
});
