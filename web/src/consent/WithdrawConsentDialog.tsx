import { withdrawConsent } from "@core/contracts/clients";
import { helsinkiDate } from "@core/time/dates";
import { Alert } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { clientChanged } from "../clients/queries.ts";
import type { Consent, ConsentWithdrawal, WithdrawConsent } from "../clients/types.ts";
import { consents } from "../platform/client/consents.ts";
import { DateField, FormModal, NotesField, textOrNull, useContractForm } from "../platform/form/index.ts";

/** Records that the client withdrew a consent; sharing based on it stops at once. */
export function WithdrawConsentDialog({
  clientId,
  consent,
  onClose,
  onDone,
}: {
  clientId: string;
  consent: Consent;
  onClose: () => void;
  /** Gets who still sees the client under another consent in force, so the notice is true. */
  onDone: (stillSharedWith: ConsentWithdrawal["stillSharedWith"]) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (body: WithdrawConsent) => consents.withdraw(clientId, consent.id, body),
    onSuccess: ({ stillSharedWith, ...record }) => {
      clientChanged(queryClient, record);
      onDone(stillSharedWith);
    },
  });
  const form = useContractForm({
    schema: withdrawConsent,
    initial: { withdrawnOn: helsinkiDate(), note: "" },
    toBody: (v): WithdrawConsent => ({ withdrawnOn: v.withdrawnOn, note: textOrNull(v.note) }),
    onSubmit: (body) => withdraw.mutate(body),
    serverError: withdraw.error,
  });
  return (
    <FormModal
      title={t("consent.withdrawTitle", { scope: t(`consent.scopes.${consent.scope}`) })}
      submitLabel={t("consent.withdrawSubmit")}
      form={form}
      busy={withdraw.isPending}
      error={withdraw.error}
      onClose={onClose}
      danger
    >
      <Alert color="yellow" variant="light">
        {t("consent.withdrawWarning")}
      </Alert>
      <DateField required {...form.field("withdrawnOn", t("consent.fields.withdrawnOn"))} />
      <NotesField
        {...form.field("note", t("consent.fields.note"))}
        max={form.maxLength("note")}
        minRows={2}
      />
    </FormModal>
  );
}
