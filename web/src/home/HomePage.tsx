import { Anchor, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../platform/format.ts";
import { useMe } from "../platform/session.ts";
import { TableScroll } from "../platform/ui.tsx";

/** A welcome and the user's memberships (organisation, team, role, FTE). */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe().data;
  if (!me) return null;
  return (
    <Stack>
      <Title order={1}>{t("home.title", { name: me.user.name })}</Title>
      <Text>{t("home.intro")}</Text>
      {me.user.platformAdmin ? (
        <Text>
          {t("home.platformAdminIntro")}{" "}
          <Anchor component={Link} to="/platform/organisations">
            {t("nav.platformOrganisations")}
          </Anchor>
        </Text>
      ) : null}
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
    </Stack>
  );
}
