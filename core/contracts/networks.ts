import { z } from "zod";
import { storableIsoDate, userId, uuid } from "./common.ts";
import { networkKinds } from "./outcomes.ts";

/**
 * Reporting networks (issue 9): a platform admin creates a network and names its evaluators; an
 * organisation admin records the organisation's dated agreement to report into it, and can end it.
 * The network itself travels as `reportingNetwork` (core/contracts/outcomes.ts).
 */
export const networkParams = z.strictObject({ networkId: uuid });
export const organisationNetworkParams = z.strictObject({ organisationId: uuid, networkId: uuid });
export const networkEvaluatorParams = z.strictObject({ networkId: uuid, userId });

export const createNetwork = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(networkKinds),
});

/**
 * The person to make an evaluator: by account id, or by the e-mail address they sign in with (what
 * a platform admin knows; evaluators belong to no organisation the admin could list).
 */
export const addNetworkEvaluator = z.strictObject({
  userId: userId.optional(),
  email: z.email().max(254).optional(),
});
export const endNetworkEvaluator = z.strictObject({});

export const networkEvaluator = z.object({ networkId: uuid, userId, validFrom: z.string() });

/** A network's evaluator as its platform admin sees them: who, and since when. */
export const networkEvaluatorPerson = z.object({
  userId,
  name: z.string(),
  email: z.string(),
  validFrom: z.string(),
});

export type NetworkEvaluatorPerson = z.infer<typeof networkEvaluatorPerson>;

/** An organisation admin's agreement: the day it takes effect (today or earlier). */
export const joinNetwork = z.strictObject({ networkId: uuid, agreedOn: storableIsoDate });
export const endNetworkMembership = z.strictObject({ endedOn: storableIsoDate });

/** A network as an organisation admin sees it: every network, with the organisation's agreement if any. */
export const organisationNetwork = z.object({
  networkId: uuid,
  name: z.string(),
  kind: z.enum(networkKinds),
  /** The organisation's current or latest agreement; null when it never joined. */
  agreement: z
    .object({ agreedOn: storableIsoDate, endedOn: storableIsoDate.nullable(), inForce: z.boolean() })
    .nullable(),
});

export type OrganisationNetworkView = z.infer<typeof organisationNetwork>;
