import { helsinkiDate } from "@core/time/dates";
import { Alert, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { clientChanged } from "../clients/queries.ts";
import type { Consent, ConsentWithdrawal, WithdrawConsent } from "../clients/types.ts";
import { ActionModal } from "../episodes/ActionModal.tsx";
import { api } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";

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
  const [withdrawnOn, setWithdrawnOn] = useState(helsinkiDate());
  const [note, setNote] = useState("");
  const withdraw = useMutation({
    mutationFn: () => {
      const body: WithdrawConsent = { withdrawnOn, note: note.trim() || null };
      return api<ConsentWithdrawal>(
        "POST",
        `/api/clients/${clientId}/consents/${consent.id}/withdrawal`,
        body,
      );
    },
    onSuccess: ({ stillSharedWith, ...record }) => {
      clientChanged(queryClient, record);
      onDone(stillSharedWith);
    },
  });
  return (
    <ActionModal
      opened
      title={t("consent.withdrawTitle", { scope: t(`consent.scopes.${consent.scope}`) })}
      submitLabel={t("consent.withdrawSubmit")}
      saving={withdraw.isPending}
      error={withdraw.error}
      shownFields={["withdrawnOn", "note"]}
      onClose={onClose}
      danger
      onSubmit={() => withdraw.mutate()}
    >
      <Alert color="yellow" variant="light">
        {t("consent.withdrawWarning")}
      </Alert>
      <DateField
        label={t("consent.fields.withdrawnOn")}
        required
        value={withdrawnOn}
        onChange={(v) => setWithdrawnOn(v)}
        error={fieldError(withdraw.error, "withdrawnOn")}
      />
      <Textarea
        label={t("consent.fields.note")}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(withdraw.error, "note")}
      />
    </ActionModal>
  );
}
