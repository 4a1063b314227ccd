import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, PageLoader, TableScroll } from "../platform/ui.tsx";
import { type AuditEntry, type AuditFilters, useAuditSearch } from "./audit-api.ts";
import { EntryDetails } from "./EntryDetails.tsx";
import { LoadOlder } from "./LoadOlder.tsx";

type Draft = { person: string; event: string; from: string; to: string };
const empty: Draft = { person: "", event: "", from: "", to: "" };

const outcomeColour: Record<AuditEntry["outcome"], string> = {
  success: "green",
  denied: "red",
  failure: "orange",
};

/** Only the filters filled in: an empty field is no filter. */
function filtersOf(draft: Draft): AuditFilters {
  const filters: AuditFilters = {};
  if (draft.person.trim()) filters.person = draft.person.trim();
  if (draft.event.trim()) filters.event = draft.event.trim();
  if (draft.from) filters.from = draft.from;
  if (draft.to) filters.to = draft.to;
  return filters;
}

/**
 * The organisation's audit log in words: search by a person's name, by words of the event in the
 * reader's language, and by dates; newest first, a page at a time.
 */
export default function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId = "" } = useParams();
  const [draft, setDraft] = useState<Draft>(empty);
  const [applied, setApplied] = useState<AuditFilters>({});
  const events = useAuditSearch(organisationId, applied);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filtersOf(draft));
  };
  const error = events.error;

  return (
    <Stack>
      <Title order={1}>{t("audit.title")}</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4" id="audit-filters-heading">
              {t("audit.filters")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("audit.person")}
                description={t("audit.personHelp")}
                value={draft.person}
                onChange={(e) => set({ person: e.currentTarget.value })}
                error={fieldError(error, "person")}
              />
              <TextInput
                label={t("audit.event")}
                description={t("audit.eventHelp")}
                value={draft.event}
                onChange={(e) => set({ event: e.currentTarget.value })}
                error={fieldError(error, "event")}
              />
              <DateField
                label={t("audit.from")}
                value={draft.from}
                onChange={(v) => set({ from: v })}
                error={fieldError(error, "from")}
              />
              <DateField
                label={t("audit.to")}
                value={draft.to}
                onChange={(v) => set({ to: v })}
                error={fieldError(error, "to")}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit">{t("audit.search")}</Button>
              <Button
                variant="default"
                onClick={() => {
                  setDraft(empty);
                  setApplied({});
                }}
              >
                {t("audit.reset")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ErrorAlert error={error} />
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
                  <Table.Td>{e.eventName}</Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColour[e.outcome]} variant="light" tt="none">
                      {t(`audit.outcomes.${e.outcome}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.actorName}</Table.Td>
                  <Table.Td>{e.target ?? ""}</Table.Td>
                  <Table.Td>
                    <EntryDetails details={e.details} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <LoadOlder list={events} />
    </Stack>
  );
}
