import {
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api, query } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { helsinkiLocalToIso, useFormat } from "../platform/format.ts";
import type { AuditEvent, AuditPage as AuditPageData, StaffUser } from "../platform/types.ts";
import { ErrorAlert, PageLoader, TableScroll } from "../platform/ui.tsx";
import { usersKey } from "../staff/UsersPage.tsx";

type Filters = { actorUserId: string; targetId: string; eventType: string; from: string; to: string };
const noFilters: Filters = { actorUserId: "", targetId: "", eventType: "", from: "", to: "" };
const pageSize = 50;

const outcomeColour: Record<AuditEvent["outcome"], string> = {
  success: "green",
  denied: "red",
  failure: "orange",
};

/** Search the organisation's audit log by user, target, event type and time; newest first. */
export default function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId = "" } = useParams();
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [applied, setApplied] = useState<Filters>(noFilters);
  const users = useQuery({
    queryKey: usersKey(organisationId),
    queryFn: () => api<StaffUser[]>("GET", `/api/organisations/${organisationId}/users`),
  });
  const events = useInfiniteQuery({
    queryKey: ["organisation", organisationId, "audit", applied],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<AuditPageData>(
        "GET",
        `/api/organisations/${organisationId}/audit${query({
          actorUserId: applied.actorUserId,
          targetId: applied.targetId.trim(),
          eventType: applied.eventType.trim(),
          from: helsinkiLocalToIso(applied.from),
          to: helsinkiLocalToIso(applied.to),
          before: pageParam,
          limit: pageSize,
        })}`,
      ),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const set = (patch: Partial<Filters>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const queryError = events.error;

  return (
    <Stack>
      <Title order={1}>{t("audit.title")}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4" id="audit-filters-heading">
              {t("audit.filters")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <NativeSelect
                label={t("audit.actor")}
                value={draft.actorUserId}
                onChange={(e) => set({ actorUserId: e.currentTarget.value })}
                data={[
                  { value: "", label: t("audit.anyActor") },
                  ...(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
                ]}
                error={fieldError(queryError, "actorUserId")}
              />
              <TextInput
                label={t("audit.eventType")}
                placeholder="user.created"
                value={draft.eventType}
                onChange={(e) => set({ eventType: e.currentTarget.value })}
                error={fieldError(queryError, "eventType")}
              />
              <TextInput
                label={t("audit.targetId")}
                value={draft.targetId}
                onChange={(e) => set({ targetId: e.currentTarget.value })}
                error={fieldError(queryError, "targetId")}
              />
              <TextInput
                type="datetime-local"
                label={t("audit.from")}
                description={t("audit.timeHelp")}
                value={draft.from}
                onChange={(e) => set({ from: e.currentTarget.value })}
                error={fieldError(queryError, "from")}
              />
              <TextInput
                type="datetime-local"
                label={t("audit.to")}
                description={t("audit.timeHelp")}
                value={draft.to}
                onChange={(e) => set({ to: e.currentTarget.value })}
                error={fieldError(queryError, "to")}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit">{t("audit.search")}</Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraft(noFilters);
                  setApplied(noFilters);
                }}
              >
                {t("audit.reset")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ErrorAlert error={queryError} />
      {events.isPending ? <PageLoader /> : null}
      <Text role="status" size="sm" c="dimmed">
        {events.isSuccess
          ? rows.length === 0
            ? t("audit.empty")
            : t("audit.shown", { count: rows.length })
          : ""}
      </Text>
      {rows.length > 0 ? (
        <TableScroll label={t("audit.title")}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("audit.occurredAt")}</Table.Th>
                <Table.Th scope="col">{t("audit.event")}</Table.Th>
                <Table.Th scope="col">{t("audit.outcome")}</Table.Th>
                <Table.Th scope="col">{t("audit.actorColumn")}</Table.Th>
                <Table.Th scope="col">{t("audit.target")}</Table.Th>
                <Table.Th scope="col">{t("audit.details")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.seq}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{format.dateTime(e.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Code>{e.eventType}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColour[e.outcome]} variant="light">
                      {t(`audit.outcomes.${e.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.actorName ?? e.actorUserId ?? t("audit.system")}</Table.Td>
                  <Table.Td>
                    {e.targetType || e.targetId ? `${e.targetType ?? ""} ${e.targetId ?? ""}`.trim() : ""}
                  </Table.Td>
                  <Table.Td>
                    {Object.keys(e.details).length > 0 ? (
                      <Code block style={{ maxWidth: 320, whiteSpace: "pre-wrap" }}>
                        {JSON.stringify(e.details)}
                      </Code>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {events.hasNextPage ? (
        <Button
          variant="default"
          w="fit-content"
          loading={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {t("audit.loadMore")}
        </Button>
      ) : null}
    </Stack>
  );
}
