import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { jobsOf } from "../jobs/job-query.ts";
import type { Executor } from "../platform/db/transaction.ts";
import { type GatedClient, type GatedClientIds, gatedIds } from "./gated-client.ts";

/**
 * The client SQL boundary (issue 8, ADR 0006 amendment). The rule this test enforces:
 *
 *   A source file under server/src (not a *.test.ts file, not platform/testing/) may contain SQL
 *   that names a client-scoped table only if it is listed in `allowed` below with the reason it
 *   may. SQL means a Kysely builder call naming the table (`selectFrom`, `insertInto`,
 *   `updateTable`, `deleteFrom`, `mergeInto`, any `…Join`, `sql.table`) or a raw sql`…` template
 *   with `from|join|into|update|table <table>`. Client-scoped tables are the client table and
 *   every table with a client_id or episode_id column in server/migrations, plus
 *   activity_revision (rows of an activity).
 *
 * A file is allowed for one of these reasons, and only these: it is the gate (access/); it is a
 * helper that takes the gated handle (`GatedClient`) or a list from `visibleClients`; it runs
 * inside `withClient`/`changeEpisode` or after `requireClientAccess`/`gateJobSeekers` in the same
 * transaction, for the client that passed; or it is a deliberate, named bypass (`unsafe…`, a
 * system projection) with a comment saying why. The list is checked both ways: an unlisted file
 * with client SQL fails, and so does a listed file that no longer has any, so the list cannot rot.
 */

const clientScopedTables = [
  "client",
  "episode",
  "episode_assignment",
  "episode_facts",
  "consent",
  "episode_document",
  "work_trial",
  "job",
  "study",
  "appointment",
  "activity",
  "activity_revision",
  "employer_contact_client",
  "job_lead_candidate",
  "job_lead_event",
  "client_attachment",
] as const;

const GATE = "the gate itself: resolves which clients the actor may see";
const WITH_CLIENT = "use case inside withClient: works on the gated client it was handed";
const GATED_HELPER = "read helper that accepts only the GatedClient handle (or a gated list)";
const EPISODE =
  "episode use case inside changeEpisode (withClient): works on the GatedEpisode it is handed, keyed by its id and its GatedClient";
const VISIBLE = "reads only clients listed by visibleClients";
const DEMO_SEED =
  "system seed: writes the demo organisation's synthetic clients on the first start into an empty database, before anyone exists to act through the gate";
const OWN_APPOINTMENT =
  "calendar use case: the appointment is the caller's own (findOwnAppointment) and its client passed requireClientAccess";

const GENERATOR =
  "system: the dataset generator creates synthetic clients in a database that holds none (it refuses otherwise); no actor, nothing to gate";

/** File (relative to server/src) → why it may hold SQL on client-scoped tables. */
const allowed: Record<string, string> = {
  "access/client-gate.ts": GATE,
  "activities/activity-query.ts": GATED_HELPER,
  "activities/activity-rules.ts": GATED_HELPER,
  "activities/edit-activity.ts": WITH_CLIENT,
  "activities/insert-activity.ts": "inserts an activity for the GatedClient it is handed (or for none)",
  "activities/list-activities.ts": WITH_CLIENT,
  "activities/list-activity-revisions.ts": WITH_CLIENT,
  "activities/list-activity-review.ts": `${VISIBLE}; the activities are then read by the ids that query found`,
  "activities/retract-activity.ts": WITH_CLIENT,
  "calendar/appointment-query.ts": VISIBLE,
  "calendar/appointment-rules.ts":
    "interviewLead looks up the lead's candidate row for the GatedClient appointmentTarget returned (or refuses)",
  "calendar/appointment-series.ts":
    "the caller's own meetings of a series (owner_user_id) after findOwnAppointment found one of them; ids and times only, no client field",
  "calendar/cancel-appointment.ts":
    "calendar use case on the caller's own appointment (findOwnAppointment): keyed by the appointment id only; no client id is read or written",
  "calendar/create-appointment.ts": "inserts for the GatedClient appointmentTarget returns (or for none)",
  "calendar/edit-appointment.ts":
    "calendar use case on the caller's own appointment (findOwnAppointment): a new client is written from the GatedClient appointmentTarget returns; an unchanged one is not written",
  "calendar/feed-series.ts": `${VISIBLE}; the feed owner's own series, for readCalendarFeed`,
  "calendar/read-calendar-feed.ts": `${VISIBLE}; the feed's owner is resolved from the token`,
  "calendar/record-held-appointment.ts": OWN_APPOINTMENT,
  "clients/caseload-query.ts": VISIBLE,
  "todo/todo-facts.ts":
    "reads only the episodes of clients listed by visibleClientsAssignedTo (the caller's own caseload) and the caller's own employer contacts",
  "clients/create-client.ts":
    "creates a new client: no gate applies to a row that does not exist; the team is decided by decideOrganisation",
  "clients/find-duplicates.ts":
    "unsafeFindDuplicates: a deliberate bypass; a duplicate must be found in any team, and unseen ones are returned without name or id",
  "clients/load-client-record.ts": GATED_HELPER,
  "clients/update-client.ts": WITH_CLIENT,
  "consent/grant-consent.ts": WITH_CLIENT,
  "consent/present-consent.ts": GATED_HELPER,
  "consent/still-shared-with.ts": GATED_HELPER,
  "consent/withdraw-consent.ts": WITH_CLIENT,
  "demo/add-demo-clients.ts": DEMO_SEED,
  "demo/demo-cast.ts": DEMO_SEED,
  "demo/demo-moments.ts": DEMO_SEED,
  "employers/view-employer-history.ts": VISIBLE,
  "episodes/change-episode.ts": `${WITH_CLIENT}; loads the episode by the GatedClient's id and hands both on`,
  "episodes/close-episode.ts": EPISODE,
  "episodes/decide-referral.ts": EPISODE,
  "episodes/episode-facts.ts":
    "SQL fragments over the episode facts projection (latestPhaseOf), composed into queries that start from visibleClients; they read nothing alone",
  "episodes/episode-query.ts": "read helper that accepts only a gated list (GatedClientIds)",
  "episodes/open-episode-of.ts": GATED_HELPER,
  "episodes/open-episode.ts": "inserts the referral inside create-client or re-refer-client (withClient)",
  "episodes/re-refer-client.ts": WITH_CLIENT,
  "episodes/reassign-episode.ts": EPISODE,
  "episodes/record-agreement.ts": EPISODE,
  "episodes/set-on-hold.ts": EPISODE,
  "job-development/add-candidate.ts":
    "job development use case: candidate rows are keyed by the GatedClient of the job seeker gateJobSeekers returns",
  "job-development/contact-query.ts": VISIBLE,
  "job-development/disclosure-warnings.ts":
    "takes job seekers from gateJobSeekers, each carrying its GatedClient",
  "job-development/gate-job-seekers.ts": "the job seekers' gate: requireClientAccess for each named client",
  "job-development/lead-query.ts": VISIBLE,
  "job-development/record-employer-contact.ts":
    "job development use case: each contact link is keyed by the GatedClient of a job seeker gateJobSeekers returns",
  "job-development/set-candidate-stage.ts":
    "job development use case: candidate rows are keyed by the GatedClient requireClientAccess returns",
  "job-development/suggest-candidates.ts": VISIBLE,
  "job-development/update-job-lead.ts":
    "reads only the stages of the organisation's own lead's candidates (no client id or field) to recompute the lead status",
  "job-development/weekly-events.ts":
    "counts the named coaches' own job development events for the weekly picture; no client fields are read",
  "jobs/check-job.ts": GATED_HELPER,
  "supervision/supervision-facts.ts": VISIBLE,
  "jobs/end-job.ts": WITH_CLIENT,
  "jobs/job-query.ts": GATED_HELPER,
  "jobs/start-job.ts": "inserts a job for the GatedClient it is handed (record-job, hiring from a lead)",
  "jobs/update-job.ts": WITH_CLIENT,
  // The synthetic dataset generator writes whole populations into a database with no clients yet
  // (it refuses one that has any): there is no caller and no existing client to gate.
  "generate/write-activities.ts": GENERATOR,
  "generate/write-job-development.ts": GENERATOR,
  "generate/write-journey.ts": GENERATOR,
  "generate/write-plans.ts": GENERATOR,
  "generate/refuse-real-data.ts":
    "counts rows before generating, to refuse a database that holds real data; reads no client's fields",
  "outcomes/load-outcome-facts.ts":
    "aggregate read behind the aggregate gate (requireAggregateAccess for the teams asked): outcome facts of the teams' episodes, no names; nothing leaves the server but counts",
  "plans/plan-query.ts": GATED_HELPER,
  "plans/insert-document-version.ts": GATED_HELPER,
  "documents/agreement-parties.ts": GATED_HELPER,
  "attachments/attachment-query.ts": GATED_HELPER,
  "attachments/upload-attachment.ts": WITH_CLIENT,
  "attachments/download-attachment.ts": WITH_CLIENT,
  "attachments/remove-attachment.ts": WITH_CLIENT,
  "studies/record-study.ts": WITH_CLIENT,
  "studies/study-query.ts": GATED_HELPER,
  "studies/update-study.ts": WITH_CLIENT,
  "work-trials/record-work-trial.ts": WITH_CLIENT,
  "work-trials/update-work-trial.ts": WITH_CLIENT,
  "work-trials/work-trial-query.ts": GATED_HELPER,
};

const names = clientScopedTables.join("|");
const builderCall = new RegExp(
  `\\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin|table)\\(\\s*\\[?\\s*"(${names})(?:\\s+as\\s+\\w+)?"`,
  "g",
);
const rawTable = new RegExp(`\\b(?:from|join|into|update|table)\\s+"?(${names})"?(?![\\w."])`, "gi");
// A lookahead, so a sql`…` nested in another's ${…} is read too; a generic may nest (sql<A<B>>`…`).
const sqlTemplate = /\bsql(?:<[^`]*?>)?`(?=([^`]*))/g;

/** The client-scoped tables a source text names in SQL, sorted. */
function clientTablesIn(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(builderCall)) found.add(m[1] as string);
  for (const t of source.matchAll(sqlTemplate))
    for (const m of (t[1] as string).matchAll(rawTable)) found.add((m[1] as string).toLowerCase());
  return [...found].sort();
}

const root = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return relative(root, path) === join("platform", "testing") ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("client SQL boundary", () => {
  it("recognises each form of SQL on a client-scoped table, and nothing else", () => {
    const cases: [string, string[]][] = [
      ['db.selectFrom("activity as a")', ["activity"]],
      ['trx.insertInto("job").values(v)', ["job"]],
      ['trx.updateTable("consent")', ["consent"]],
      ['trx.deleteFrom("job_lead_candidate")', ["job_lead_candidate"]],
      ['.innerJoin("episode as e", "e.id", "j.episode_id")', ["episode"]],
      ['.leftJoin("episode_facts as f", "f.episode_id", "e.id")', ["episode_facts"]],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a sql template, as the scanner reads it
      ["sql`select 1 from activity a where a.id = ${id}`", ["activity"]],
      ['sql<number>`update "client" set x = 1`', ["client"]],
      ["sql<Array<string>>`select id from consent`", ["consent"]],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a sql template, as the scanner reads it
      ["sql`select ${sql`x from job_lead_event`} from team`", ["job_lead_event"]],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a sql template, as the scanner reads it
      ["sql`insert into activity_revision (activity_id) values (${id})`", ["activity_revision"]],
      ['db.selectFrom("employer as m")', []],
      ['.innerJoin("job_lead as l", "l.id", "c.job_lead_id")', []],
      ['db.selectFrom("user")', []],
      ["// reads from client records in prose", []],
      ['"e.client_id"', []],
      ["sql`select * from employer_contact_person`", []],
      ["sql`select client.id from team`", []],
    ];
    for (const [source, tables] of cases) assert.deepEqual(clientTablesIn(source), tables, source);
    assert.equal(cases.length, 18);
  });

  it("finds SQL on client-scoped tables only in the listed files, and in every listed file", () => {
    const files = sourceFiles(root);
    // The walk must see the server: a wrong root or filter would scan nothing and pass.
    assert.ok(files.length >= 200, `scanned only ${files.length} files`);
    assert.ok(!files.some((f) => f.endsWith(".test.ts") || f.includes(join("platform", "testing"))));
    const touching = files
      .filter((f) => clientTablesIn(readFileSync(f, "utf8")).length > 0)
      .map((f) => relative(root, f).split("\\").join("/"))
      .sort();
    const unlisted = touching.filter((f) => !(f in allowed));
    const stale = Object.keys(allowed).filter((f) => !touching.includes(f));
    assert.deepEqual(
      unlisted,
      [],
      "client-scoped SQL outside the allowed files: go through access/ or list why",
    );
    assert.deepEqual(stale, [], "allowed files with no client-scoped SQL left: remove them from the list");
    assert.equal(touching.length, Object.keys(allowed).length);
  });

  it("accepts only a handle the gate minted: a hand-written one does not compile", () => {
    // Checked by the typecheck (tsc includes tests): each line below must stay a type error.
    const handWritten = { clientId: "c", organisationId: "o", level: "full" as const };
    // @ts-expect-error a plain object is not a GatedClient
    const forged: GatedClient = handWritten;
    // @ts-expect-error a bare id list is not a gated list
    const forgedList: GatedClientIds = ["c"];
    // @ts-expect-error the per-client helpers take the handle, not an id
    const byId = (db: Executor) => jobsOf(db, "c");
    // Rows of visibleClients carry the gate's access_level column; gatedIds keeps their ids in order.
    assert.deepEqual(
      [
        ...gatedIds([
          { id: "a", access_level: "full" },
          { id: "b", access_level: "shared" },
        ]),
      ],
      ["a", "b"],
    );
    assert.equal(typeof byId, "function");
    assert.deepEqual([forged.clientId, forgedList.length], ["c", 1]);
  });
});
