import { addDays } from "@core/time/dates";
import { Button, Group, Popover, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../platform/api.ts";
import { type TodoItem, useSnoozeTodo } from "./queries.ts";

/**
 * Snoozes one item to a day (tomorrow by default). The date field is a native date input, so
 * it works by keyboard and on a phone; the server's translated message says what to fix.
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
  const [until, setUntil] = useState(addDays(today, 1));
  const snooze = useSnoozeTodo();
  const error =
    snooze.error instanceof ApiError ? (snooze.error.fields.until ?? snooze.error.message) : undefined;
  const close = () => {
    setOpened(false);
    snooze.reset();
  };
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus returnFocus position="bottom-end" withArrow>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          onClick={() => setOpened((o) => !o)}
          aria-label={t("todo.snoozeNamed", { what: label })}
        >
          {t("todo.snooze")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            snooze.mutate(
              { key: item.key, until },
              {
                onSuccess: () => {
                  setOpened(false);
                  onSnoozed(until);
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <TextInput
              type="date"
              label={t("todo.snoozeUntil")}
              value={until}
              min={addDays(today, 1)}
              onChange={(e) => setUntil(e.currentTarget.value)}
              error={error}
              required
              data-autofocus
            />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" size="xs" onClick={close}>
                {t("todo.cancel")}
              </Button>
              <Button type="submit" size="xs" loading={snooze.isPending}>
                {t("todo.snoozeSave")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
