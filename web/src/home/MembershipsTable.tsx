import { Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import type { Me } from "../platform/types.ts";
import { TableScroll } from "../platform/ui.tsx";

/** The user's memberships (organisation, team, role, FTE). */
export function MembershipsTable({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Title order={2}>{t("home.membershipsTitle")}</Title>
      {me.memberships.length === 0 ? (
        <Text>{t("home.noMemberships")}</Text>
      ) : (
        <TableScroll label={t("home.membershipsTitle")}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("home.organisation")}</Table.Th>
                <Table.Th scope="col">{t("home.team")}</Table.Th>
                <Table.Th scope="col">{t("home.role")}</Table.Th>
                <Table.Th scope="col">{t("home.fte")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {me.memberships.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.organisationName}</Table.Td>
                  <Table.Td>{m.teamName ?? t("home.noTeam")}</Table.Td>
                  <Table.Td>{t(`roles.${m.role}`)}</Table.Td>
                  <Table.Td>{m.fte === null ? t("common.none") : format.number(m.fte)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
