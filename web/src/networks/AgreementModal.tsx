import { endNetworkMembership, joinNetwork } from "@core/contracts/networks";
import { helsinkiDate } from "@core/time/dates";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { DateField, FormModal, useContractForm } from "../platform/form/index.ts";
import { type OrganisationNetworkView, useEndMembership, useJoinNetwork } from "./networks-api.ts";

export type AgreementChange = { kind: "join" | "end"; network: OrganisationNetworkView };

type Props = {
  organisationId: string;
  change: AgreementChange | null;
  onClose: () => void;
  onDone: (message: string) => void;
};

/**
 * Records the organisation's dated agreement with a network, or ends it. Ending asks for the day
 * and says what follows before the one red button: the network's evaluators stop seeing the
 * organisation's figures after that day, and the record of the agreement stays.
 */
export function AgreementModal({ change, ...props }: Props) {
  // Mounted only while open, so each opening starts from today (the form layer's rule).
  return change ? (
    <AgreementForm key={`${change.kind}${change.network.networkId}`} change={change} {...props} />
  ) : null;
}

function AgreementForm({ organisationId, change, onClose, onDone }: Props & { change: AgreementChange }) {
  const { t } = useTranslation();
  const join = useJoinNetwork(organisationId);
  const end = useEndMembership(organisationId);
  const ending = change.kind === "end";
  const mutation = ending ? end : join;
  const { networkId, name } = change.network;
  const form = useContractForm({
    // Both bodies carry the one date: agreedOn when joining, endedOn when ending.
    schema: (ending ? endNetworkMembership : joinNetwork) as z.ZodType,
    initial: { date: helsinkiDate() },
    toBody: (v) => (ending ? { endedOn: v.date } : { networkId, agreedOn: v.date }),
    fieldOf: { agreedOn: "date", endedOn: "date" },
    serverError: mutation.error,
    onSubmit: () => {
      const date = form.values.date;
      if (ending)
        end.mutate({ networkId, endedOn: date }, { onSuccess: () => onDone(t("networks.ended", { name })) });
      else
        join.mutate(
          { networkId, agreedOn: date },
          { onSuccess: () => onDone(t("networks.joined", { name })) },
        );
    },
  });
  return (
    <FormModal
      title={t(ending ? "networks.endTitle" : "networks.joinTitle", { name })}
      submitLabel={ending ? t("networks.confirmEnd") : t("networks.confirmJoin")}
      form={form}
      busy={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      danger={ending}
      size="md"
    >
      <Text size="sm">{ending ? t("networks.endIntro") : t("networks.joinIntro")}</Text>
      <DateField
        required
        clearable={false}
        description={ending ? t("networks.endedOnHelp") : t("networks.agreedOnHelp")}
        {...form.field("date", ending ? t("networks.endedOn") : t("networks.agreedOn"))}
      />
    </FormModal>
  );
}
