import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";

/** Asks for the reason before an undoable-only-by-hand step (retract a note, cancel a meeting). */
export function ReasonModal({
  opened,
  title,
  intro,
  confirmLabel,
  saving,
  error,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  intro: string;
  confirmLabel: string;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  useEffect(() => {
    if (opened) setReason("");
  }, [opened]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(reason.trim());
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{intro}</Text>
          <Textarea
            label={t("activitiesUi.reason")}
            required
            data-autofocus
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(error, "reason")}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={saving} disabled={reason.trim() === ""}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
