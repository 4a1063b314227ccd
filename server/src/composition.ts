import { fileURLToPath } from "node:url";
import { helsinkiDate } from "../../core/time/dates.ts";
import { registerActivityRoutes } from "./activities/routes.ts";
import { registerAttachmentRoutes } from "./attachments/routes.ts";
import { openAuditKey } from "./audit/audit-key.ts";
import { startAuditSealer } from "./audit/audit-sealer.ts";
import { registerAuditRoutes } from "./audit-search/routes.ts";
import { createAuth } from "./auth/create-auth.ts";
import { loadAuthSecret } from "./auth/load-auth-secret.ts";
import { registerAuthRoutes } from "./auth/register-auth-routes.ts";
import { createSessionResolver } from "./auth/resolve-session.ts";
import { registerCalendarFeedRoutes } from "./calendar/feed-routes.ts";
import { registerAppointmentRoutes } from "./calendar/routes.ts";
import { registerClientRoutes } from "./clients/routes.ts";
import { registerComparisonRoutes } from "./comparisons/routes.ts";
import { registerConsentRoutes } from "./consent/routes.ts";
import { registerDocumentRoutes } from "./documents/routes.ts";
import { registerEmployerRoutes } from "./employers/routes.ts";
import { registerEpisodeRoutes } from "./episodes/routes.ts";
import { registerOutcomeExportRoutes } from "./exports/routes.ts";
import { registerJobDevelopmentRoutes } from "./job-development/routes.ts";
import { registerJobRoutes } from "./jobs/routes.ts";
import { getNetworkOutcomes } from "./networks/get-network-outcomes.ts";
import { registerNetworkRoutes } from "./networks/routes.ts";
import { registerOfflineRoutes } from "./offline/routes.ts";
import { registerOrganisationRoutes } from "./organisations/routes.ts";
import { startOutcomeRefresher } from "./outcome-summaries/outcome-refresher.ts";
import { getOrganisationOutcomes } from "./outcomes/get-organisation-outcomes.ts";
import { getTeamOutcomes } from "./outcomes/get-team-outcomes.ts";
import { registerOutcomeRoutes } from "./outcomes/routes.ts";
import { registerPlanRoutes } from "./plans/routes.ts";
import type { Config } from "./platform/config.ts";
import type { Database } from "./platform/db/database.ts";
import { createApp } from "./platform/http/app.ts";
import { registerPlatformRoutes } from "./platform/http/platform-routes.ts";
import { registerProfileRoutes } from "./profile/routes.ts";
import { registerStaffRoutes } from "./staff/routes.ts";
import { registerStudyRoutes } from "./studies/routes.ts";
import { registerSupervisionRoutes } from "./supervision/routes.ts";
import { registerTeamRoutes } from "./teams/routes.ts";
import { registerTodoRoutes } from "./todo/routes.ts";
import { registerWorkTrialRoutes } from "./work-trials/routes.ts";

/** dist/web, where `npm run build` puts the web app (same path from server/src and dist/server/src). */
export const defaultWebRoot = fileURLToPath(
  new URL(import.meta.url.includes("/dist/") ? "../../web" : "../../dist/web", import.meta.url),
);

export type ServerOptions = {
  config: Config;
  database: Database;
  webRoot?: string | null;
  logger?: boolean;
};

/**
 * The composition root: the one place that wires the database, authentication, the access gate
 * and every feature's routes together. No container; read it top to bottom.
 */
export async function buildServer({ config, database, webRoot = defaultWebRoot, logger }: ServerOptions) {
  const secret = await loadAuthSecret(database, config);
  const auth = createAuth({ database, config, secret });
  const app = await createApp({
    config,
    database,
    resolveSession: createSessionResolver(auth, database),
    webRoot,
    ...(logger !== undefined ? { logger } : {}),
  });
  registerPlatformRoutes(app, database, config);
  registerAuthRoutes(app, auth, database);
  registerProfileRoutes(app, database);
  registerOfflineRoutes(app, database);
  registerOrganisationRoutes(app, database);
  registerTeamRoutes(app, database);
  registerStaffRoutes(app, database);
  registerAuditRoutes(app, database);
  registerClientRoutes(app, database);
  registerEpisodeRoutes(app, database);
  registerConsentRoutes(app, database);
  registerEmployerRoutes(app, database);
  registerJobRoutes(app, database);
  registerJobDevelopmentRoutes(app, database);
  registerWorkTrialRoutes(app, database);
  registerStudyRoutes(app, database);
  registerPlanRoutes(app, database);
  registerDocumentRoutes(app, database);
  registerAttachmentRoutes(app, database, config.attachmentMaxBytes);
  registerActivityRoutes(app, database);
  registerAppointmentRoutes(app, database);
  registerCalendarFeedRoutes(app, database, config.publicUrl);
  registerTodoRoutes(app, database);
  registerNetworkRoutes(app, database, config.suppressionThreshold);
  registerComparisonRoutes(app, database);
  registerSupervisionRoutes(app, database);
  registerOutcomeExportRoutes(app, database, {
    team: (actor, params, query, locale) =>
      getTeamOutcomes(database, actor, params, query, { today: helsinkiDate(), locale }),
    organisation: (actor, organisationId, query) =>
      getOrganisationOutcomes(database, actor, organisationId, query, {
        today: helsinkiDate(),
        threshold: config.suppressionThreshold,
      }),
    network: (actor, networkId, query) =>
      getNetworkOutcomes(database, actor, networkId, query, config.suppressionThreshold),
  });
  registerOutcomeRoutes(app, database, { suppressionThreshold: config.suppressionThreshold });
  // The audit chain is sealed in the background and anchored outside the database (ADR 0009).
  const sealer = startAuditSealer(
    database,
    { key: await openAuditKey(database.db, config.audit), checkpointDir: config.audit.checkpointDir },
    (error) => app.log.error({ err: error }, "audit sealer failed"),
  );
  app.addHook("onClose", () => sealer.stop());
  // Stored team × quarter outcome summaries follow the writes the triggers queued (issue 9).
  const refresher = startOutcomeRefresher(database, (error) =>
    app.log.error({ err: error }, "outcome summary refresh failed"),
  );
  app.addHook("onClose", () => refresher.stop());
  await app.ready();
  return app;
}
