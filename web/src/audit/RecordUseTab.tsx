import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import { QueryGate, TableScroll } from "../platform/ui.tsx";
import { useRecordUse } from "./audit-api.ts";
import { EntryDetails } from "./EntryDetails.tsx";
import { LoadOlder } from "./LoadOlder.tsx";

/**
 * "Who has seen this record", on the client's page for the client's IPS team: every read and
 * change of the client's data, with who, their role and organisation then, what, and when.
 */
export default function RecordUseTab({ client }: { client: { id: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const use = useRecordUse(client.id);
  const rows = use.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Stack>
      <Title order={2}>{t("audit.recordUse.title")}</Title>
      <Text maw={720}>{t("audit.recordUse.intro")}</Text>
      <QueryGate isPending={use.isPending} error={use.error}>
        {rows.length === 0 ? <Text>{t("audit.empty")}</Text> : null}
        {rows.length > 0 ? (
          <TableScroll label={t("audit.recordUse.title")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("audit.occurredAt")}</Table.Th>
                  <Table.Th scope="col">{t("audit.recordUse.who")}</Table.Th>
                  <Table.Th scope="col">{t("audit.recordUse.what")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{format.dateTime(e.occurredAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {e.actorName}
                      </Text>
                      {e.actorRoles.map((r) => (
                        <Text size="sm" key={`${r.role}-${r.organisation}`}>
                          {r.role}, {r.organisation}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {e.eventName}
                        {e.outcome === "success" ? "" : ` (${t(`audit.outcomes.${e.outcome}`)})`}
                      </Text>
                      <EntryDetails details={e.details} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
        <LoadOlder list={use} />
      </QueryGate>
    </Stack>
  );
}
