import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../platform/format.ts";
import { groupByClient, ROWS_SHOWN, type TodoClientGroup } from "./group-todos.ts";
import type { TodoItem } from "./queries.ts";
import { todoHref } from "./todo-target.ts";

/** An item's words for buttons acting on it: its kind and, when there is one, the client. */
export const labelOf = (t: TFunction, item: TodoItem) =>
  [t(`todo.kinds.${item.kind}`), item.client?.name].filter(Boolean).join(", ");

/** A list without bullets: each item is a bordered row. */
const plainList = { listStyle: "none", padding: 0, margin: 0 } as const;

/**
 * One titled group of items (overdue, today, the coming week, snoozed), split by client: each
 * client a heading with its count and at most ROWS_SHOWN rows until "show all" is pressed, so a
 * long overdue list reads as a few people. The headings (h3, h4) let a screen reader user jump
 * from client to client; the button says how many more rows it shows, and for whom.
 */
export function TodoGroup({
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
      {groupByClient(items).map((group) => (
        <ClientGroup key={group.id} group={group} action={action} />
      ))}
    </Stack>
  );
}

function ClientGroup({
  group,
  action,
}: {
  group: TodoClientGroup<TodoItem>;
  action: (item: TodoItem) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const [all, setAll] = useState(false);
  const name = group.client?.name ?? t("todo.noClient");
  const count = group.items.length;
  const shown = all ? group.items : group.items.slice(0, ROWS_SHOWN);
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        {`${name} (${count})`}
      </Title>
      <Stack gap="xs" component="ul" style={plainList} id={listId}>
        {shown.map((item) => (
          <TodoRow key={item.key} item={item} action={action(item)} />
        ))}
      </Stack>
      {count > ROWS_SHOWN ? (
        <Button
          variant="subtle"
          size="xs"
          style={{ alignSelf: "flex-start" }}
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
        >
          {all ? t("todo.showFewer", { name }) : t("todo.showAll", { name, count })}
        </Button>
      ) : null}
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
