import { addDays } from "@core/time/dates";
import { Button, Group, TextInput } from "@mantine/core";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../platform/api.ts";
import { type TodoItem, useSnoozeTodo } from "./queries.ts";

/**
 * Snoozes one item to a day (tomorrow by default): a disclosure button that opens a small form
 * in the row (no popover layer, so it works on a phone and costs the first page nothing). The
 * date field is a native date input without a `min`: the browser's own tooltip would speak its
 * language, not the app's, so the server's translated message says what to fix (a day gone, today,
 * more than a year ahead).
 */
export function SnoozeButton({
  item,
  today,
  label,
  onSnoozed,
}: {
  item: TodoItem;
  today: string;
  label: string;
  onSnoozed: (until: string) => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [opened, setOpened] = useState(false);
  const [until, setUntil] = useState(addDays(today, 1));
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Focus follows the disclosure: into the date when it opens, back to the button when it closes
  // (the first render has nothing to give back).
  const wasOpened = useRef(false);
  const snooze = useSnoozeTodo();
  useEffect(() => {
    if (opened) input.current?.focus();
    else if (wasOpened.current) opener.current?.focus();
    wasOpened.current = opened;
  }, [opened]);
  const error =
    snooze.error instanceof ApiError ? (snooze.error.fields.until ?? snooze.error.message) : undefined;
  const close = () => {
    setOpened(false);
    snooze.reset();
  };
  if (!opened)
    return (
      <Button
        ref={opener}
        variant="default"
        size="xs"
        aria-expanded={false}
        aria-controls={formId}
        aria-label={t("todo.snoozeNamed", { what: label })}
        onClick={() => setOpened(true)}
      >
        {t("todo.snooze")}
      </Button>
    );
  return (
    <form
      id={formId}
      aria-label={t("todo.snoozeNamed", { what: label })}
      onSubmit={(e) => {
        e.preventDefault();
        // mutateAsync, not mutate's callbacks: the row (and this form) leaves the list as soon as
        // the refreshed list arrives, and an unmounted observer's callbacks are not called.
        snooze.mutateAsync({ key: item.key, until }).then(
          () => onSnoozed(until),
          () => undefined, // the error is on the field (snooze.error)
        );
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
      style={{ flex: "1 1 220px" }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          ref={input}
          type="date"
          label={t("todo.snoozeUntil")}
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
          error={error}
          required
        />
        <Button type="submit" size="xs" loading={snooze.isPending}>
          {t("todo.snoozeSave")}
        </Button>
        <Button variant="default" size="xs" onClick={close}>
          {t("todo.cancel")}
        </Button>
      </Group>
    </form>
  );
}
