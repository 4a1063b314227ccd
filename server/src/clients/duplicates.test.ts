import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { helsinkiDate } from "../../../core/time/dates.ts";
import { buildOrganisation, buildStaff, buildTeam } from "../platform/testing/factories.ts";
import { createTestApp, type TestApp } from "../platform/testing/test-app.ts";
import type { TestClient } from "../platform/testing/test-client.ts";

/**
 * The duplicate check when a client is created: the same henkilötunnus is the same person and
 * never gets a second record; the same name and birth date is a possible duplicate the user may
 * confirm past; a record outside the caller's view is reported without name or id; another
 * organisation's records are never reported.
 */
function hetu(ddmmyy: string, sign: string, individual: string): string {
  return `${ddmmyy}${sign}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(`${ddmmyy}${individual}`) % 31]}`;
}

describe("duplicate check on creating a client", () => {
  let t: TestApp;
  const as: Record<string, TestClient> = {};
  const teams: Record<string, string> = {};

  before(async () => {
    t = await createTestApp();
    const org = await buildOrganisation(t.database);
    const otherOrg = await buildOrganisation(t.database);
    teams.a = (await buildTeam(t.database, org.id, "ips_team")).id;
    teams.b = (await buildTeam(t.database, org.id, "ips_team")).id;
    teams.other = (await buildTeam(t.database, otherOrg.id, "ips_team")).id;
    const people = {
      a: await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: teams.a }),
      b: await buildStaff(t.database, { organisationId: org.id, role: "coach", teamId: teams.b }),
      other: await buildStaff(t.database, {
        organisationId: otherOrg.id,
        role: "coach",
        teamId: teams.other,
      }),
    };
    for (const [key, person] of Object.entries(people)) {
      as[key] = t.client();
      await (as[key] as TestClient).signIn(person.email, person.password);
    }
  });
  after(() => t.close());

  function create(who: "a" | "b" | "other", client: Record<string, unknown>, confirmNotDuplicate?: boolean) {
    return (as[who] as TestClient).post("/api/clients", {
      client,
      referral: {
        referralDate: helsinkiDate(),
        source: "self",
        situationAtStart: "unemployed",
        ipsTeamId: teams[who],
      },
      ...(confirmNotDuplicate === undefined ? {} : { confirmNotDuplicate }),
    });
  }
  async function clientsWith(where: { henkilotunnus?: string; lastName?: string }) {
    let query = t.database.db.selectFrom("client").select(["id", "organisation_id"]);
    if (where.henkilotunnus) query = query.where("henkilotunnus", "=", where.henkilotunnus);
    if (where.lastName) query = query.where("last_name", "=", where.lastName);
    return query.execute();
  }

  test("the same henkilötunnus is never a second record, even when the user confirms", async () => {
    const id = hetu("010290", "-", "123");
    const first = await create("a", { firstName: "Sami", lastName: "Samanen", henkilotunnus: id });
    assert.equal(first.statusCode, 201, first.body);
    const clientId = first.json().clientId;

    // Another name, lower case code: still the same person.
    for (const confirm of [undefined, false, true]) {
      const again = await create(
        "a",
        { firstName: "Samuel", lastName: "Toinen", henkilotunnus: id.toLowerCase() },
        confirm,
      );
      assert.equal(again.statusCode, 200, again.body);
      assert.deepEqual(again.json(), {
        created: false,
        duplicates: [{ clientId, name: "Sami Samanen", reason: "henkilotunnus", visible: true }],
      });
    }
    assert.equal((await clientsWith({ henkilotunnus: id })).length, 1);
    assert.equal((await clientsWith({ lastName: "Toinen" })).length, 0);
  });

  test("the same name and birth date is returned first, and created once the user confirms", async () => {
    const first = await create("a", {
      firstName: "Matti",
      lastName: "Virtanen",
      henkilotunnus: hetu("030488", "-", "245"),
    });
    assert.equal(first.statusCode, 201, first.body);
    const person = { firstName: "matti", lastName: "VIRTANEN", henkilotunnus: hetu("030488", "-", "377") };

    const found = await create("a", person);
    assert.equal(found.statusCode, 200, found.body);
    assert.deepEqual(found.json(), {
      created: false,
      duplicates: [
        {
          clientId: first.json().clientId,
          name: "Matti Virtanen",
          reason: "name_and_birth_date",
          visible: true,
        },
      ],
    });
    assert.equal((await clientsWith({ lastName: "VIRTANEN" })).length, 0);

    const confirmed = await create("a", person, true);
    assert.equal(confirmed.statusCode, 201, confirmed.body);
    assert.notEqual(confirmed.json().clientId, first.json().clientId);
    assert.equal((await clientsWith({ lastName: "VIRTANEN" })).length, 1);

    // Same name, another birth date: not a duplicate at all.
    const other = await create("a", {
      firstName: "Matti",
      lastName: "Virtanen",
      henkilotunnus: hetu("040488", "-", "245"),
    });
    assert.equal(other.statusCode, 201, other.body);
  });

  test("a record of another IPS team in the organisation is reported without its name or id", async () => {
    const id = hetu("121275", "-", "456");
    const first = await create("a", { firstName: "Helmi", lastName: "Piilonen", henkilotunnus: id });
    assert.equal(first.statusCode, 201, first.body);

    for (const confirm of [false, true]) {
      const fromB = await create(
        "b",
        { firstName: "Helmi", lastName: "Piilonen", henkilotunnus: id },
        confirm,
      );
      assert.equal(fromB.statusCode, 200, fromB.body);
      assert.deepEqual(fromB.json(), {
        created: false,
        duplicates: [{ clientId: null, name: null, reason: "henkilotunnus", visible: false }],
      });
      assert.ok(!fromB.body.includes(first.json().clientId), "the hidden record's id does not leak");
    }
    const byName = await create("b", {
      firstName: "Helmi",
      lastName: "Piilonen",
      henkilotunnus: hetu("121275", "-", "568"),
    });
    assert.equal(byName.statusCode, 200, byName.body);
    assert.deepEqual(byName.json().duplicates, [
      { clientId: null, name: null, reason: "name_and_birth_date", visible: false },
    ]);
    assert.equal((await clientsWith({ henkilotunnus: id })).length, 1);
  });

  test("records of another organisation are never reported", async () => {
    const id = hetu("250566", "-", "789");
    const first = await create("a", { firstName: "Ulla", lastName: "Ulkonen", henkilotunnus: id });
    assert.equal(first.statusCode, 201, first.body);

    const elsewhere = await create("other", { firstName: "Ulla", lastName: "Ulkonen", henkilotunnus: id });
    assert.equal(elsewhere.statusCode, 201, elsewhere.body);
    assert.equal(elsewhere.json().created, true);
    const rows = await clientsWith({ henkilotunnus: id });
    assert.equal(rows.length, 2);
    assert.equal(new Set(rows.map((r) => r.organisation_id)).size, 2);

    const audit = await t.database.db
      .selectFrom("audit_event")
      .select("details")
      .where("event_type", "=", "client.duplicates_checked")
      .execute();
    assert.ok(audit.length > 0);
    for (const a of audit) {
      const details = typeof a.details === "string" ? a.details : JSON.stringify(a.details);
      assert.ok(!details.includes(id) && !details.includes("Ulkonen"), details);
    }
  });
});
