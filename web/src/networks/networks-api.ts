import type {
  addNetworkEvaluator,
  createNetwork,
  endNetworkMembership,
  joinNetwork,
  NetworkEvaluatorPerson,
  OrganisationNetworkView,
} from "@core/contracts/networks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ReportingNetwork } from "../outcomes/outcomes-api.ts";
import { api } from "../platform/api.ts";

/**
 * The typed client of the reporting-network routes (issue 9): an organisation's agreements, and
 * the platform admin's networks and evaluators. Bodies and answers are core's contracts, so a
 * route or shape change fails the type check here; query keys come from one factory.
 */
export type { NetworkEvaluatorPerson, OrganisationNetworkView, ReportingNetwork };

type JoinNetwork = z.infer<typeof joinNetwork>;
type EndMembership = z.infer<typeof endNetworkMembership>;
type CreateNetwork = z.infer<typeof createNetwork>;
type AddEvaluator = z.infer<typeof addNetworkEvaluator>;

export const networkKeys = {
  organisation: (organisationId: string) => ["networks", "organisation", organisationId] as const,
  platform: ["networks", "platform"] as const,
  evaluators: (networkId: string) => ["networks", "platform", networkId, "evaluators"] as const,
};

const organisationPath = (organisationId: string) =>
  `/api/organisations/${organisationId}/reporting-networks`;

/** Every network, with the organisation's latest agreement with each (organisation admins). */
export function useOrganisationNetworks(organisationId: string) {
  return useQuery({
    queryKey: networkKeys.organisation(organisationId),
    queryFn: () => api<OrganisationNetworkView[]>("GET", organisationPath(organisationId)),
  });
}

/** After an agreement changes, the organisation's list and the "networks I see" list are stale. */
function useAgreementMutation<T>(
  organisationId: string,
  call: (body: T) => Promise<OrganisationNetworkView>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: networkKeys.organisation(organisationId) });
      void client.invalidateQueries({ queryKey: ["outcomes", "networks"] });
    },
  });
}

export function useJoinNetwork(organisationId: string) {
  return useAgreementMutation(organisationId, (body: JoinNetwork) =>
    api<OrganisationNetworkView>("POST", organisationPath(organisationId), body),
  );
}

export function useEndMembership(organisationId: string) {
  return useAgreementMutation(
    organisationId,
    ({ networkId, ...body }: EndMembership & { networkId: string }) =>
      api<OrganisationNetworkView>("POST", `${organisationPath(organisationId)}/${networkId}/end`, body),
  );
}

/** Every network with its member count (platform admins). */
export function usePlatformNetworks() {
  return useQuery({
    queryKey: networkKeys.platform,
    queryFn: () => api<ReportingNetwork[]>("GET", "/api/platform/networks"),
  });
}

export function useCreateNetwork() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNetwork) => api<ReportingNetwork>("POST", "/api/platform/networks", body),
    onSuccess: () => void client.invalidateQueries({ queryKey: networkKeys.platform }),
  });
}

export function useNetworkEvaluators(networkId: string) {
  return useQuery({
    queryKey: networkKeys.evaluators(networkId),
    queryFn: () => api<NetworkEvaluatorPerson[]>("GET", `/api/platform/networks/${networkId}/evaluators`),
  });
}

function useEvaluatorMutation<T>(networkId: string, call: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => void client.invalidateQueries({ queryKey: networkKeys.evaluators(networkId) }),
  });
}

export function useAddEvaluator(networkId: string) {
  return useEvaluatorMutation(networkId, (body: AddEvaluator) =>
    api("POST", `/api/platform/networks/${networkId}/evaluators`, body),
  );
}

export function useRemoveEvaluator(networkId: string) {
  return useEvaluatorMutation(networkId, (userId: string) =>
    api("POST", `/api/platform/networks/${networkId}/evaluators/${encodeURIComponent(userId)}/end`, {}),
  );
}
