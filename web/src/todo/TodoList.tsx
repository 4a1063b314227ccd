import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { type TodoItem, useTodos, useUnsnoozeTodo } from "./queries.ts";
import { SnoozeButton } from "./SnoozeButton.tsx";
import { labelOf, TodoGroup } from "./TodoGroup.tsx";

/**
 * The coach's to-do list on the home page: overdue first, then today, then the coming week, each
 * grouped by client with counts (TodoGroup), each item a link to where it is done. Overdue is
 * said in words, not only by colour.
 */
export function TodoList() {
  const { t } = useTranslation();
  const todos = useTodos();
  const [status, setStatus] = useState<string | null>(null);
  const format = useFormat();
  const data = todos.data;
  const groups = data
    ? ([
        ["overdue", t("todo.overdueGroup"), data.items.filter((i) => i.overdue)],
        ["today", t("todo.todayGroup"), data.items.filter((i) => i.due === data.today)],
        ["upcoming", t("todo.upcomingGroup"), data.items.filter((i) => i.due > data.today)],
      ] as const)
    : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="todo-heading" id="todo">
      <Stack>
        <Title order={2} id="todo-heading">
          {t("todo.title")}
        </Title>
        <StatusMessage message={status} />
        <QueryGate isPending={todos.isPending} error={todos.error}>
          {data && data.items.length === 0 ? <Text>{t("todo.empty")}</Text> : null}
          {data
            ? groups.map(([id, title, items]) =>
                items.length === 0 ? null : (
                  <TodoGroup
                    key={id}
                    id={id}
                    title={`${title} (${items.length})`}
                    items={items}
                    action={(item) => (
                      <SnoozeButton
                        item={item}
                        today={data.today}
                        label={labelOf(t, item)}
                        onSnoozed={(until) => setStatus(t("todo.snoozedDone", { date: format.date(until) }))}
                      />
                    )}
                  />
                ),
              )
            : null}
          {data && data.snoozed.length > 0 ? <Snoozed items={data.snoozed} onBack={setStatus} /> : null}
        </QueryGate>
      </Stack>
    </Paper>
  );
}

function Snoozed({ items, onBack }: { items: TodoItem[]; onBack: (message: string) => void }) {
  const { t } = useTranslation();
  const unsnooze = useUnsnoozeTodo();
  return (
    <>
      <ErrorAlert error={unsnooze.error} />
      <TodoGroup
        id="snoozed"
        title={t("todo.snoozedTitle", { count: items.length })}
        items={items}
        action={(item) => (
          <Button
            variant="default"
            size="xs"
            loading={unsnooze.isPending && unsnooze.variables === item.key}
            aria-label={t("todo.unsnoozeNamed", { what: labelOf(t, item) })}
            onClick={() =>
              // mutateAsync: this row leaves the snoozed list before mutate's callbacks would run.
              unsnooze.mutateAsync(item.key).then(
                () => onBack(t("todo.unsnoozedDone")),
                () => undefined,
              )
            }
          >
            {t("todo.unsnooze")}
          </Button>
        )}
      />
    </>
  );
}
