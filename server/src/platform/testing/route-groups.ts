/**
 * The platform's own write routes (me, organisations, teams, users, platform-wide users, reporting
 * networks), whose bad input has a case
 * table in platform/http/bad-input.test.ts; every other write route is walked generically by
 * clients/client-bad-input.test.ts, so a new route is covered the day it is added.
 */
export const isPlatformRoute = (url: string) =>
  url === "/api/me" ||
  url.startsWith("/api/platform/") ||
  /^\/api\/organisations(\/:organisationId(\/(teams|users|reporting-networks)(\/.*)?)?)?$/.test(url);
