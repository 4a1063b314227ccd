import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { type TodoItem, useTodos, useUnsnoozeTodo } from "./queries.ts";
import { SnoozeButton } from "./SnoozeButton.tsx";
import { todoHref } from "./todo-target.ts";

/**
 * The coach's to-do list on the home page: overdue first, then today, then the coming week, each
 * item a link to where it is done. Overdue is said in words, not only by colour.
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

const labelOf = (t: TFunction, item: TodoItem) =>
  [t(`todo.kinds.${item.kind}`), item.client?.name].filter(Boolean).join(", ");

/** A list without bullets: each item is a bordered row. */
const plainList = { listStyle: "none", padding: 0, margin: 0 } as const;

/** One titled group of items, a list without bullets, each row with its action. */
function TodoGroup({
  id,
  title,
  items,
  action,
}: {
  id: string;
  title: string;
  items: TodoItem[];
  action: (item: TodoItem) => React.ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`todo-${id}`}>
      <Title order={3} size="h4" id={`todo-${id}`}>
        {title}
      </Title>
      <Stack gap="xs" component="ul" style={plainList}>
        {items.map((item) => (
          <TodoRow key={item.key} item={item} action={action(item)} />
        ))}
      </Stack>
    </Stack>
  );
}

function TodoRow({ item, action }: { item: TodoItem; action: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      style={item.overdue ? { borderLeft: "4px solid var(--mantine-color-red-8)" } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: "1 1 220px", minWidth: 0 }}>
          <Anchor component={Link} to={todoHref(item.target)} fw={600} style={{ overflowWrap: "anywhere" }}>
            {t(`todo.kinds.${item.kind}`)}
            {item.client ? `: ${item.client.name}` : ""}
          </Anchor>
          {item.subject ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {item.subject}
            </Text>
          ) : null}
          <Group gap="xs">
            {item.overdue ? (
              <Badge color="red.8" variant="filled">
                {t("todo.overdue")}
              </Badge>
            ) : null}
            <Text size="sm">
              {item.snoozedUntil
                ? t("todo.snoozedUntil", { date: format.date(item.snoozedUntil) })
                : t("todo.due", { date: format.date(item.due) })}
            </Text>
          </Group>
        </Stack>
        {action}
      </Group>
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
