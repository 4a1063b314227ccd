import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ActionModal } from "../episodes/ActionModal.tsx";
import { type Attachment, useRemoveAttachment } from "./queries.ts";

/** Asks before an attachment leaves the list; the server keeps who removed it and when. */
export function RemoveAttachmentModal({
  clientId,
  attachment,
  onClose,
  onDone,
}: {
  clientId: string;
  attachment: Attachment;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveAttachment(clientId);
  return (
    <ActionModal
      opened
      title={t("documents.attachments.removeTitle")}
      submitLabel={t("documents.attachments.removeConfirm")}
      saving={remove.isPending}
      error={remove.error}
      shownFields={[]}
      onClose={onClose}
      danger
      onSubmit={() => remove.mutate(attachment.id, { onSuccess: onDone })}
    >
      <Text>{t("documents.attachments.removeText", { name: attachment.fileName })}</Text>
    </ActionModal>
  );
}
