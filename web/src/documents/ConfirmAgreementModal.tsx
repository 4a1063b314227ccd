import { confirmationMethods } from "@core/documents/codes";
import { helsinkiDate } from "@core/time/dates";
import { Radio, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionModal } from "../episodes/ActionModal.tsx";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { type ConfirmAgreement, useAgreementChange } from "./queries.ts";

/** Records how the client confirmed the agreement: signed on paper, or in the meeting. */
export function ConfirmAgreementModal({
  clientId,
  onClose,
  onDone,
}: {
  clientId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useAgreementChange<ConfirmAgreement>(clientId, "confirm");
  const [method, setMethod] = useState<ConfirmAgreement["method"]>("signed_on_paper");
  const [confirmedOn, setConfirmedOn] = useState(helsinkiDate());
  return (
    <ActionModal
      opened
      title={t("documents.agreement.confirmTitle")}
      submitLabel={t("documents.agreement.confirmSubmit")}
      saving={confirm.isPending}
      error={confirm.error}
      shownFields={["method", "confirmedOn"]}
      onClose={onClose}
      onSubmit={() => confirm.mutate({ method, confirmedOn }, { onSuccess: onDone })}
    >
      <Radio.Group
        label={t("documents.agreement.method")}
        required
        value={method}
        onChange={(v) => setMethod(v as ConfirmAgreement["method"])}
        error={fieldError(confirm.error, "method")}
      >
        <Stack gap="xs" mt="xs">
          {confirmationMethods.map((m) => (
            <Radio key={m} value={m} label={t(`documents.methods.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <DateField
        label={t("documents.agreement.confirmedOn")}
        required
        value={confirmedOn}
        onChange={(v) => setConfirmedOn(v)}
        error={fieldError(confirm.error, "confirmedOn")}
      />
    </ActionModal>
  );
}
