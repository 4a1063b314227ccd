import type { Permission } from "../../../core/access/roles.ts";

/**
 * Every route declares one of these in `config.policy`; a route without one is refused at start
 * and by the route-policy test.
 */
export type RoutePolicy =
  /** No sign-in needed; the reason is documentation for reviewers. */
  | { kind: "public"; reason: string }
  /** Any signed-in person, acting on their own account only. */
  | { kind: "signedIn"; beforeTwoFactor?: boolean }
  /** Platform administrators only. */
  | { kind: "platformAdmin" }
  /** A permission inside the organisation named by the `:organisationId` path parameter. */
  | { kind: "organisation"; permission: Permission }
  /**
   * One client record named by the `:clientId` path parameter, resolved through the client gate:
   * "shared" admits the consented shared view too, "full" only the client's IPS team.
   */
  | { kind: "client"; need: "full" | "shared" }
  /**
   * Figures (counts, rates) of the scope named by the path, through the aggregate gate
   * (core/access/aggregate.ts): `:organisationId`, plus `:teamId` for a team and `:teamId` and
   * `:userId` for a coach's caseload. A scope outside the path's organisation is not found.
   */
  | { kind: "aggregate"; scope: "organisation" | "team" | "coach" };

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}
