import type { Role } from "../../../../core/access/roles.ts";
import { type BuiltStaff, buildStaff } from "./factories.ts";
import type { TestApp } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/** One person to build: a key for the test, their role, organisation and team. */
export type StaffSpec = readonly [key: string, role: Role, organisationId: string, teamId: string | null];

/**
 * Builds each person with one membership and signs them in with a client of their own; `who`
 * and `idOf` find them by key (tests of access rules need a handful of people side by side).
 */
export async function buildSignedInStaff(t: TestApp, specs: readonly StaffSpec[]) {
  const people = new Map<string, { staff: BuiltStaff; client: TestClient }>();
  for (const [key, role, organisationId, teamId] of specs) {
    const staff = await buildStaff(t.database, { organisationId, role, teamId });
    const client = t.client();
    await client.signIn(staff.email, staff.password);
    people.set(key, { staff, client });
  }
  const get = (key: string) => {
    const person = people.get(key);
    if (!person) throw new Error(`no person ${key} in this test`);
    return person;
  };
  return { who: (key: string) => get(key).client, idOf: (key: string) => get(key).staff.id };
}
