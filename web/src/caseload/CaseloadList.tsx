import { Anchor, Box, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhaseBadge } from "../clients/PhaseBadge.tsx";
import type { CaseloadEntry } from "../clients/types.ts";
import { TableScroll } from "../platform/ui.tsx";
import { FlagBadges, sortByAttention } from "./FlagBadges.tsx";

/**
 * Clients of a caseload: a table on wide screens, cards on a phone. Flagged clients first. An
 * `action` (the home page's "Record") gets a column of its own, headed `actionLabel`.
 */
export function CaseloadList({
  entries,
  label,
  action,
  actionLabel,
}: {
  entries: readonly CaseloadEntry[];
  label: string;
  action?: (entry: CaseloadEntry) => ReactNode;
  actionLabel?: string;
}) {
  const { t } = useTranslation();
  const sorted = sortByAttention(entries);
  const days = (n: number | null) =>
    n === null ? t("caseload.noContactYet") : t("caseload.daysAgo", { count: n });
  if (sorted.length === 0) return <Text>{t("caseload.empty")}</Text>;
  return (
    <>
      <Box visibleFrom="xs">
        <TableScroll label={label}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("clients.fields.name")}</th>
                <th scope="col">{t("clients.fields.phase")}</th>
                <th scope="col">{t("caseload.lastContact")}</th>
                <th scope="col">{t("caseload.reminders")}</th>
                {action ? <th scope="col">{actionLabel}</th> : null}
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.clientId}>
                  <td>
                    <Anchor component={Link} to={`/clients/${c.clientId}`}>
                      {c.name}
                    </Anchor>
                  </td>
                  <td>
                    <PhaseBadge phase={c.phase} />
                  </td>
                  <td>{days(c.daysSinceLastContact)}</td>
                  <td>{c.flags.length > 0 ? <FlagBadges flags={c.flags} /> : t("caseload.noReminders")}</td>
                  {action ? <td>{action(c)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Box>
      <Stack
        hiddenFrom="xs"
        gap="sm"
        component="ul"
        aria-label={label}
        p={0}
        m={0}
        style={{ listStyle: "none" }}
      >
        {sorted.map((c) => (
          <Card key={c.clientId} withBorder component="li" padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={`/clients/${c.clientId}`} fw={600}>
                  {c.name}
                </Anchor>
                <PhaseBadge phase={c.phase} />
              </Group>
              <Text size="sm">
                {t("caseload.lastContact")}: {days(c.daysSinceLastContact)}
              </Text>
              <FlagBadges flags={c.flags} />
              {action ? action(c) : null}
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
