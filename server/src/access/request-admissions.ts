import type { AggregateScope } from "../../../core/access/aggregate.ts";
import type { Actor } from "./actor.ts";
import type { AggregateRequest } from "./aggregate-gate.ts";
import type { GatedClient } from "./gated-client.ts";

/**
 * What the route policy's gate admitted in the current request, so that the use case's own gate
 * call in its transaction takes that answer instead of asking the database a second time: the
 * gate runs once per request (issue 9's performance target). Keyed by the request's actor
 * object, which the session resolver builds anew for every request, so an admission never
 * outlives its request (and the WeakMap keeps no actor alive). Actors built anywhere else — jobs,
 * the calendar feed, tests calling use cases — have no admissions and are checked every time.
 * Only the route policy hook (enforce-route-policy.ts) records here, after the gate let it through.
 *
 * The second check used to run in the use case's transaction; under READ COMMITTED it took no lock
 * and so never held the answer still either: a consent withdrawn a millisecond after it was read
 * was as visible to the work that followed as it is now. The very next request sees it.
 */
const admissions = new WeakMap<Actor, Map<string, GatedClient | AggregateScope>>();

function remember(actor: Actor, key: string, value: GatedClient | AggregateScope): void {
  const ofActor = admissions.get(actor) ?? new Map<string, GatedClient | AggregateScope>();
  ofActor.set(key, value);
  admissions.set(actor, ofActor);
}

const clientKey = (clientId: string) => `client:${clientId}`;
const aggregateKey = (r: AggregateRequest) =>
  r.kind === "organisation"
    ? `aggregate:organisation:${r.organisationId}`
    : `aggregate:${r.kind}:${r.teamId}:${r.kind === "coach" ? r.userId : ""}`;

/** Records the client the route's gate let this request's actor through to. */
export function admitClient(actor: Actor, client: GatedClient): void {
  remember(actor, clientKey(client.clientId), client);
}

/** The client this request's route gate already let the actor through to, if it did. */
export function admittedClient(actor: Actor, clientId: string): GatedClient | undefined {
  return admissions.get(actor)?.get(clientKey(clientId)) as GatedClient | undefined;
}

/** Records the aggregate scope the route's gate granted this request's actor. */
export function admitAggregate(actor: Actor, request: AggregateRequest, scope: AggregateScope): void {
  remember(actor, aggregateKey(request), scope);
}

/** The aggregate scope this request's route gate already granted for `request`, if it did. */
export function admittedAggregate(actor: Actor, request: AggregateRequest): AggregateScope | undefined {
  return admissions.get(actor)?.get(aggregateKey(request)) as AggregateScope | undefined;
}
