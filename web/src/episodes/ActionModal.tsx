import { Button, Group, Modal, Stack } from "@mantine/core";
import { type FormEvent, type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";

/** A dialog holding one small form: fields, the server's errors, and save/cancel. */
export function ActionModal({
  opened,
  title,
  submitLabel,
  saving,
  error,
  shownFields,
  onClose,
  onSubmit,
  danger = false,
  children,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  /** Field paths shown beside inputs; messages for any other field are listed as alerts. */
  shownFields: readonly string[];
  onClose: () => void;
  onSubmit: () => void;
  danger?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Callers mount this dialog only while it is open, so Mantine's own focus return never runs;
  // without this, Escape or Cancel left keyboard users on the document body (WCAG 2.4.3).
  useEffect(() => {
    const trigger = document.activeElement;
    return () => {
      if (trigger instanceof HTMLElement && trigger.isConnected) trigger.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {children}
          <ErrorAlert error={error} />
          {otherFieldErrors(error, shownFields).map((message) => (
            <ErrorAlert key={message} error={message} />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={saving} color={danger ? "red.9" : undefined}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
