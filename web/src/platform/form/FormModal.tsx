import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api.ts";
import { ErrorAlert } from "../ui.tsx";
import type { SummaryItem } from "./use-contract-form.ts";

/** What the frame needs of a form: useContractForm's result fits. */
type FrameForm = {
  formId: string;
  submit: (event?: React.FormEvent) => void;
  summary: SummaryItem[];
  dirty: boolean;
};

/**
 * The one modal form frame (issue 10): a title, the fields, the error summary, and a footer with
 * cancel and submit. While saving the submit button is busy. Closing (the cross, Escape, the
 * overlay, cancel) asks first when the form has changes, instead of silently losing them; focus
 * returns to the control that opened the form. Full screen on a phone.
 *
 * Render it from the component that owns the form and mount that component only while the form
 * is open (`{target ? <JobForm … /> : null}`), so each opening starts from fresh values.
 */
export function FormModal({
  title,
  form,
  onClose,
  busy,
  error,
  submitLabel,
  size = "lg",
  danger = false,
  children,
}: {
  title: string;
  form: FrameForm;
  onClose: () => void;
  busy: boolean;
  /** The failed save: its message shows above the footer (field messages are on the fields). */
  error?: unknown;
  submitLabel?: string;
  size?: string;
  /** A step that cannot be undone from here (a withdrawal): the submit button is red. */
  danger?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  // The control that opened the form has focus while this first renders (before the trap moves it).
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const [confirming, setConfirming] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  // Where the person was when they asked to close: "keep editing" puts them back there.
  const editingAt = useRef<HTMLElement | null>(null);

  useEffect(
    () => () => {
      // After unmounting the focus trap; a removed opener (a closed menu's item) cannot take it.
      window.setTimeout(() => {
        if (opener?.isConnected) opener.focus({ preventScroll: true });
      }, 0);
    },
    [opener],
  );
  useEffect(() => {
    if (confirming) keepEditing.current?.focus();
  }, [confirming]);

  const resumeEditing = () => {
    setConfirming(false);
    const at = editingAt.current;
    window.setTimeout(() => {
      if (at?.isConnected) at.focus({ preventScroll: true });
    }, 0);
  };

  const requestClose = () => {
    if (busy) return;
    if (confirming) resumeEditing();
    else if (form.dirty) {
      editingAt.current = document.activeElement as HTMLElement | null;
      setConfirming(true);
    } else onClose();
  };

  return (
    <Modal
      opened
      onClose={requestClose}
      title={title}
      size={size}
      fullScreen={Boolean(phone)}
      returnFocus={false}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form ref={markFirstField} id={form.formId} onSubmit={form.submit} noValidate aria-busy={busy}>
        <Stack>
          <FormErrorSummary items={form.summary} />
          {children}
          {/* Field messages are on the fields and in the summary; only a form-wide failure shows here. */}
          <ErrorAlert error={hasFieldMessages(error) ? null : error} />
          {confirming ? (
            <Alert color="yellow" variant="light" role="alertdialog" aria-label={t("forms.discardQuestion")}>
              <Text mb="sm">{t("forms.discardQuestion")}</Text>
              <Group justify="flex-end">
                <Button ref={keepEditing} variant="default" size="md" onClick={resumeEditing}>
                  {t("forms.keepEditing")}
                </Button>
                <Button color="red" size="md" onClick={onClose}>
                  {t("forms.discard")}
                </Button>
              </Group>
            </Alert>
          ) : (
            <Group justify="flex-end">
              <Button variant="default" size="md" onClick={requestClose} disabled={busy}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" size="md" loading={busy} color={danger ? "red.9" : undefined}>
                {submitLabel ?? t("common.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The list of what to fix after a refused submit, each item a link to its field. Announced as an
 * alert; focus itself goes to the first invalid field (useContractForm).
 */
export function FormErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t("forms.summaryTitle")}>
      <List size="sm">
        {items.map((item) => (
          <List.Item key={`${item.id ?? ""}${item.message}`}>
            {item.id ? (
              <Anchor
                href={`#${item.id}`}
                size="sm"
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.id as string);
                }}
              >
                {item.label ? `${item.label}: ${item.message}` : item.message}
              </Anchor>
            ) : (
              item.message
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * Opens the form on its first field, not on the dialog's close button: the modal's focus trap
 * focuses `[data-autofocus]` when it starts, and this ref runs before the trap's own (children's
 * refs are attached first). A form that names its own starting field keeps it.
 */
function markFirstField(node: HTMLFormElement | null) {
  if (!node || node.querySelector("[data-autofocus]")) return;
  node
    .querySelector("input:not([type=hidden]):not([disabled]),select:not([disabled]),textarea:not([disabled])")
    ?.setAttribute("data-autofocus", "");
}

function hasFieldMessages(error: unknown): boolean {
  return error instanceof ApiError && Object.keys(error.fields).length > 0;
}

function focusField(id: string) {
  const element = document.getElementById(id);
  const target = element?.matches("input,select,textarea,button")
    ? element
    : (element?.querySelector<HTMLElement>("input,select,textarea,button") ?? element);
  target?.focus();
}
