import { Text, Title } from "@mantine/core";
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
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("home.organisation")}</th>
                <th scope="col">{t("home.team")}</th>
                <th scope="col">{t("home.role")}</th>
                <th scope="col">{t("home.fte")}</th>
              </tr>
            </thead>
            <tbody>
              {me.memberships.map((m) => (
                <tr key={m.id}>
                  <td>{m.organisationName}</td>
                  <td>{m.teamName ?? t("home.noTeam")}</td>
                  <td>{t(`roles.${m.role}`)}</td>
                  <td>{m.fte === null ? t("common.none") : format.number(m.fte)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
