import type { GenerateReport } from "../generate/types.ts";
import type { Trx } from "../platform/db/transaction.ts";
import type { DemoOrganisation } from "./create-demo-organisation.ts";

/**
 * The demo evaluator follows the generated network the demo organisation reports into with the
 * most organisations beside it (the national benchmark of the demo's few organisations), added by
 * the demo platform admin as a platform admin would. The generated organisations are marked demo
 * data like the demo organisation.
 */
export async function joinDemoNetwork(
  trx: Trx,
  demo: DemoOrganisation,
  report: GenerateReport,
): Promise<string> {
  const userOf = (role: string) => demo.accounts.find((a) => a.role === role)?.userId ?? "";
  if (report.organisationIds.length > 0)
    await trx
      .updateTable("organisation")
      .set({ is_demo: true })
      .where("id", "in", report.organisationIds)
      .execute();
  const network = await trx
    .selectFrom("network_membership as m")
    .select("m.network_id")
    .where("m.network_id", "in", report.networkIds.length > 0 ? report.networkIds : [""])
    .where("m.ended_on", "is", null)
    .where((eb) =>
      eb(
        "m.network_id",
        "in",
        eb
          .selectFrom("network_membership")
          .select("network_id")
          .where("organisation_id", "=", demo.team.organisationId)
          .where("ended_on", "is", null),
      ),
    )
    .groupBy("m.network_id")
    .orderBy((eb) => eb.fn.countAll(), "desc")
    .orderBy("m.network_id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("network_evaluator")
    .values({
      network_id: network.network_id,
      user_id: userOf("evaluator"),
      added_by: userOf("platform_admin"),
    })
    .execute();
  return network.network_id;
}
