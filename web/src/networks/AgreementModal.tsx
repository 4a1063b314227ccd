import { helsinkiDate } from "@core/time/dates";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { type FormEvent, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { useDraft } from "../platform/use-draft.ts";
import { type OrganisationNetworkView, useEndMembership, useJoinNetwork } from "./networks-api.ts";

export type AgreementChange = { kind: "join" | "end"; network: OrganisationNetworkView };

/**
 * Records the organisation's dated agreement with a network, or ends it. Ending asks for the day
 * and says what follows before the one red button: the network's evaluators stop seeing the
 * organisation's figures after that day, and the record of the agreement stays.
 */
export function AgreementModal({
  organisationId,
  change,
  onClose,
  onDone,
}: {
  organisationId: string;
  change: AgreementChange | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const join = useJoinNetwork(organisationId);
  const end = useEndMembership(organisationId);
  const { draft, set, reset } = useDraft({ date: "" });
  const mutation = change?.kind === "end" ? end : join;
  const field = change?.kind === "end" ? "endedOn" : "agreedOn";
  const { reset: resetJoin } = join;
  const { reset: resetEnd } = end;
  useEffect(() => {
    if (!change) return;
    resetJoin();
    resetEnd();
    reset({ date: helsinkiDate() });
  }, [change, reset, resetJoin, resetEnd]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!change) return;
    const name = change.network.name;
    if (change.kind === "join") {
      join.mutate(
        { networkId: change.network.networkId, agreedOn: draft.date },
        { onSuccess: () => onDone(t("networks.joined", { name })) },
      );
    } else {
      end.mutate(
        { networkId: change.network.networkId, endedOn: draft.date },
        { onSuccess: () => onDone(t("networks.ended", { name })) },
      );
    }
  };
  const title = change
    ? t(change.kind === "join" ? "networks.joinTitle" : "networks.endTitle", { name: change.network.name })
    : "";
  return (
    <Modal
      opened={change !== null}
      onClose={onClose}
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{change?.kind === "end" ? t("networks.endIntro") : t("networks.joinIntro")}</Text>
          <DateField
            required
            data-autofocus
            label={change?.kind === "end" ? t("networks.endedOn") : t("networks.agreedOn")}
            description={change?.kind === "end" ? t("networks.endedOnHelp") : t("networks.agreedOnHelp")}
            value={draft.date}
            onChange={(date) => set({ date })}
            error={fieldError(mutation.error, field)}
          />
          {otherFieldErrors(mutation.error, [field]).map((message) => (
            <Text key={message} size="sm" c="red.8">
              {message}
            </Text>
          ))}
          <ErrorAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              color={change?.kind === "end" ? "red.8" : undefined}
              loading={mutation.isPending}
            >
              {change?.kind === "end" ? t("networks.confirmEnd") : t("networks.confirmJoin")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
