import { snoozeTodoOn } from "@core/contracts/todo";
import { addDays } from "@core/time/dates";
import { Button, Group } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField, useContractForm } from "../platform/form/index.ts";
import { type TodoItem, useSnoozeTodo } from "./queries.ts";

/**
 * Snoozes one item to a day (tomorrow by default): a disclosure button that opens a small form
 * in the row (no popover layer, so it works on a phone). The date is the form layer's date field in
 * the app's language; a day that is not after today is refused in the form with the server's own
 * message (one contract, core/contracts/todo.ts).
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
  const [opened, setOpened] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Focus follows the disclosure: into the date when it opens, back to the button when it closes
  // (the first render has nothing to give back).
  const wasOpened = useRef(false);
  const snooze = useSnoozeTodo();
  const schema = useMemo(() => snoozeTodoOn(today), [today]);
  const form = useContractForm({
    schema,
    initial: { until: addDays(today, 1) },
    toBody: (v) => ({ key: item.key, until: v.until }),
    serverError: snooze.error,
    // mutateAsync, not mutate's callbacks: the row (and this form) leaves the list as soon as
    // the refreshed list arrives, and an unmounted observer's callbacks are not called.
    onSubmit: (body) =>
      snooze.mutateAsync(body).then(
        () => onSnoozed(body.until),
        () => undefined, // the error is on the field (serverError)
      ),
  });
  const { formId, idOf, reset } = form;
  useEffect(() => {
    if (opened) document.getElementById(idOf("until"))?.focus();
    else if (wasOpened.current) opener.current?.focus();
    wasOpened.current = opened;
  }, [opened, idOf]);
  const close = () => {
    setOpened(false);
    snooze.reset();
    reset();
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
      onSubmit={form.submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
      style={{ flex: "1 1 220px" }}
    >
      <Group gap="xs" align="flex-end" wrap="wrap">
        <DateField
          required
          clearable={false}
          minDate={addDays(today, 1)}
          {...form.field("until", t("todo.snoozeUntil"))}
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
