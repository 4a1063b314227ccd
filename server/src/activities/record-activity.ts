import type { z } from "zod";
import type { recordActivity as schema } from "../../../core/contracts/activities.ts";
import type { Actor } from "../access/actor.ts";
import { withClient } from "../access/with-client.ts";
import type { Database } from "../platform/db/database.ts";
import { type ActivityView, loadActivity } from "./activity-query.ts";
import { checkActivityContent, currentEpisodeId } from "./activity-rules.ts";
import { insertActivity } from "./insert-activity.ts";

export type RecordActivityInput = z.infer<typeof schema>;

/** Records one contact or piece of work for a client, on the client's current episode. */
export function recordActivity(
  database: Database,
  actor: Actor,
  clientId: string,
  input: RecordActivityInput,
): Promise<ActivityView> {
  return withClient(database, actor, clientId, "full", async (trx, access) => {
    await checkActivityContent(trx, input, access.organisationId, access);
    const id = await insertActivity(
      trx,
      actor,
      {
        organisationId: access.organisationId,
        client: access,
        episodeId: await currentEpisodeId(trx, access),
        appointmentId: null,
      },
      input,
    );
    return (await loadActivity(trx, actor, access, id, access.level)) as ActivityView;
  });
}
