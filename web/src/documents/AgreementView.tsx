import type { Messages } from "@core/i18n/types";
import { List, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Facts } from "../plans/Facts.tsx";
import { useFormat } from "../platform/format.ts";
import type { CooperationAgreement } from "./queries.ts";

/** The agreement as the client would read it: parties, dates, the split, consents, confirmation. */
export function AgreementView({ agreement }: { agreement: CooperationAgreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const content = agreement.latest?.content;
  const confirmation = content?.confirmation ?? null;
  const k = (key: keyof Messages["documents"]["agreement"]) => t(`documents.agreement.${key}`);
  return (
    <Stack>
      <Title order={3} size="h4">
        {k("parties")}
      </Title>
      <Facts
        rows={[
          [k("client"), agreement.parties.clientName],
          [k("coach"), agreement.parties.coachName],
          [k("ipsTeam"), agreement.parties.ipsTeamName],
          [k("treatmentTeam"), agreement.parties.treatmentTeamName],
          [k("clinicianName"), content?.clinicianName ?? null],
          [
            k("otherParties"),
            (content?.otherParties ?? []).map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(", "),
          ],
          [
            k("agreementDate"),
            agreement.agreementDate ? format.date(agreement.agreementDate) : k("notRecorded"),
          ],
          [k("reviewOn"), content?.reviewOn ? format.date(content.reviewOn) : null],
          [k("goals"), content?.goals ?? null],
        ]}
      />
      {content && content.responsibilities.length > 0 ? (
        <Table>
          <Table.Caption>{k("responsibilities")}</Table.Caption>
          <Table.Tbody>
            {content.responsibilities.map((r) => (
              <Table.Tr key={r.area}>
                <Table.Th scope="row">{t(`documents.areas.${r.area}`)}</Table.Th>
                <Table.Td>{t(`documents.parties.${r.party}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {content?.responsibilityNotes ? (
        <Facts rows={[[k("responsibilityNotes"), content.responsibilityNotes]]} />
      ) : null}
      <Title order={3} size="h4">
        {k("consents")}
      </Title>
      {agreement.consents.length === 0 ? (
        <Text>{k("noConsents")}</Text>
      ) : (
        <List>
          {agreement.consents.map((c) => (
            <List.Item key={c.id}>
              {[
                t(`consent.scopes.${c.scope}`),
                c.targetTeamName ?? c.targetOrganisationName,
                t(`consent.methods.${c.method}`),
                t("documents.agreement.consentGiven", { date: format.date(c.givenOn) }),
                c.withdrawnOn ? t("consent.state.withdrawn", { date: format.date(c.withdrawnOn) }) : null,
              ]
                .filter(Boolean)
                .join(", ")}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" c="dimmed">
        {k("consentsHelp")}
      </Text>
      <Title order={3} size="h4">
        {k("confirmation")}
      </Title>
      <Text>
        {confirmation
          ? t("documents.agreement.confirmedLine", {
              method: t(`documents.methods.${confirmation.method}`),
              date: format.date(confirmation.confirmedOn),
              name: confirmation.recordedByName ?? t("common.none"),
              at: format.dateTime(confirmation.recordedAt),
            })
          : k("notConfirmed")}
      </Text>
    </Stack>
  );
}
