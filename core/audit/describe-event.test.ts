import assert from "node:assert/strict";
import { test } from "node:test";
import { locales } from "../i18n/locales.ts";
import {
  type AuditNames,
  auditEventName,
  auditEventTypesMatching,
  describeAuditDetails,
  describeAuditTarget,
} from "./describe-event.ts";
import { auditEventTypes } from "./event-types.ts";

test("every event type the server writes has a name of its own in fi, sv and en", () => {
  assert.ok(auditEventTypes.length >= 90, "the whole closed list");
  for (const locale of locales)
    for (const type of auditEventTypes) {
      const name = auditEventName(locale, type);
      assert.notEqual(name, type, `${locale}: ${type} has no translation`);
      assert.ok(name.trim().length > 0, `${locale}: ${type}`);
    }
});

test("an event type is found by the words of its name in the reader's language", () => {
  const cases: [Parameters<typeof auditEventTypesMatching>[0], string, string[]][] = [
    ["fi", "kirjautuminen", ["auth.sign_in.succeeded", "auth.sign_in.failed"]],
    ["fi", "TIIMI luotu", ["team.created"]],
    ["sv", "team skapat", ["team.created"]],
    ["en", "signed in", ["auth.sign_in.succeeded"]],
    ["en", "consent", ["consent.granted", "consent.withdrawn"]],
  ];
  for (const [locale, text, expected] of cases) {
    const found: string[] = auditEventTypesMatching(locale, text);
    for (const type of expected) assert.ok(found.includes(type), `${locale} "${text}" finds ${type}`);
    assert.ok(!found.includes("organisation.viewed"), `${locale} "${text}" is not everything`);
  }
  assert.deepEqual(auditEventTypesMatching("fi", "ei tällaista tapahtumaa"), []);
});

const names: AuditNames = {
  person: (id) => (id === "u1" ? "Aino Valmentaja" : null),
  team: (id) => (id === "t1" ? "Tiimi Pohjoinen" : null),
  client: (id) => (id === "c1" ? "Matti Meikäläinen" : null),
  employer: () => null,
};

test("details read as words: names the reader may see, counts, translated codes, no ids", () => {
  const cases: [Record<string, unknown>, [string, string][]][] = [
    [
      { membershipId: "m-123", role: "coach", teamId: "t1", fte: 0.8 },
      [
        ["Rooli", "IPS-työhönvalmentaja"],
        ["Tiimi", "Tiimi Pohjoinen"],
        ["Henkilötyövuosi", "0.8"],
      ],
    ],
    [{ clientIds: ["c1", "c2", "c3"] }, [["Asiakkaat", "3 asiakasta"]]],
    [{ clientIds: ["c1"] }, [["Asiakkaat", "Matti Meikäläinen"]]],
    [{ clientId: "c9" }, [["Asiakas", "asiakas, jonka tietoja et näe"]]],
    [{ changed: ["name", "businessId"] }, [["Muutetut tiedot", "nimi, Y-tunnus"]]],
    [{ onHold: true, episodeId: "e-1" }, [["Tauolla", "kyllä"]]],
    [{ coachUserId: "u2" }, [["IPS-työhönvalmentaja", "henkilö, jota et näe"]]],
    [{ access: "shared" }, [["Näkymä", "jaettu näkymä"]]],
  ];
  for (const [details, expected] of cases)
    assert.deepEqual(
      describeAuditDetails("fi", details, names).map((l) => [l.label, l.value]),
      expected,
      JSON.stringify(details),
    );
  const all = describeAuditDetails("en", { episodeId: "e-1", consentId: "k-2", clientIds: ["c2"] }, names);
  assert.ok(
    all.every((l) => !/e-1|k-2|c2/.test(l.value)),
    "no internal id shows",
  );
});

test("the details of attachments, confirmations and to-dos show no ids either", () => {
  const uuid = "3f2a9c1e-8b7d-4e6f-9a01-23456789abcd";
  const other = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const cases: [Record<string, unknown>, [string, string][]][] = [
    [{ attachmentId: uuid, kind: "cv" }, [["Kind", "CV"]]],
    [{ attachmentIds: [uuid, other] }, [["Attachments", "2"]]],
    [
      { kind: "cooperation_agreement", consentIds: [uuid] },
      [
        ["Kind", "Cooperation agreement"],
        ["Consents", "1"],
      ],
    ],
    [
      { key: `follow_along_weekly:${uuid}:2026-12-07`, until: "2026-12-14" },
      [
        ["To-do item", "Weekly meeting in the first month of work"],
        ["Until", "14/12/2026"],
      ],
    ],
  ];
  for (const [details, expected] of cases) {
    const lines = describeAuditDetails("en", details, names);
    assert.ok(
      lines.every((l) => !l.value.includes(uuid) && !l.value.includes(other)),
      `no id: ${JSON.stringify(lines)}`,
    );
    assert.deepEqual(
      lines.map((l) => l.value),
      expected.map(([, v]) => v),
      JSON.stringify(details),
    );
  }
});

test("the target is its kind in words, with a name only where the reader may see it", () => {
  assert.equal(describeAuditTarget("fi", "team", "t1", names), "Tiimi: Tiimi Pohjoinen");
  assert.equal(describeAuditTarget("sv", "client", "c2", names), "Klient");
  assert.equal(describeAuditTarget("en", null, null, names), null);
});

test("a snooze's day reads as a Finnish date in Finnish, never as an ISO date", () => {
  const names = { person: () => null, team: () => null, employer: () => null, client: () => null };
  const lines = describeAuditDetails(
    "fi",
    { key: "benefits_planning:j:2026-12-07", until: "2026-12-14" },
    names,
  );
  assert.deepEqual(
    lines.map((l) => l.value),
    ["Etuussuunnittelu ennen työn alkua", "14.12.2026"],
  );
});
