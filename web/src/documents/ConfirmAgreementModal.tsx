import { confirmCooperationAgreement } from "@core/contracts/documents";
import { confirmationMethods } from "@core/documents/codes";
import { helsinkiDate } from "@core/time/dates";
import { Radio, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField, FormModal, useContractForm } from "../platform/form/index.ts";
import { type ConfirmAgreement, useAgreementChange } from "./queries.ts";

type Method = ConfirmAgreement["method"];

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
  const confirm = useAgreementChange(clientId, "confirm");
  const form = useContractForm({
    schema: confirmCooperationAgreement,
    initial: { method: "signed_on_paper" as Method, confirmedOn: helsinkiDate() },
    toBody: (v): ConfirmAgreement => v,
    onSubmit: (body) => confirm.mutate(body, { onSuccess: onDone }),
    serverError: confirm.error,
  });
  const method = form.field("method", t("documents.agreement.method"));
  return (
    <FormModal
      title={t("documents.agreement.confirmTitle")}
      submitLabel={t("documents.agreement.confirmSubmit")}
      form={form}
      busy={confirm.isPending}
      error={confirm.error}
      onClose={onClose}
      size="md"
    >
      <Radio.Group
        id={method.id}
        label={method.label}
        required
        value={method.value}
        onChange={(v) => form.set({ method: v as Method })}
        error={method.error}
      >
        <Stack gap="xs" mt="xs">
          {confirmationMethods.map((m) => (
            <Radio key={m} value={m} label={t(`documents.methods.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <DateField required {...form.field("confirmedOn", t("documents.agreement.confirmedOn"))} />
    </FormModal>
  );
}
