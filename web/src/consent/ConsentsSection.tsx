import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClientRecord, Consent } from "../clients/types.ts";
import { useFormat } from "../platform/format.ts";
import { StatusMessage, TableScroll } from "../platform/ui.tsx";
import { GrantConsentDialog } from "./GrantConsentDialog.tsx";
import { WithdrawConsentDialog } from "./WithdrawConsentDialog.tsx";

/** The consents the client has given: in force or not, recorded and withdrawn by the IPS team. */
export function ConsentsSection({ client }: { client: ClientRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [granting, setGranting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const target = (c: Consent) => c.targetTeamName ?? c.targetOrganisationName ?? t("common.none");
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("consent.title")}</Title>
        {client.canEdit ? (
          <Button
            onClick={() => {
              setNotice(null);
              setGranting(true);
            }}
          >
            {t("consent.grant")}
          </Button>
        ) : null}
      </Group>
      <Text maw={720}>{t("consent.intro")}</Text>
      <StatusMessage message={notice} />
      {client.consents.length === 0 ? (
        <Text>{t("consent.none")}</Text>
      ) : (
        <TableScroll label={t("consent.title")}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("consent.fields.scope")}</Table.Th>
                <Table.Th scope="col">{t("consent.fields.target")}</Table.Th>
                <Table.Th scope="col">{t("consent.fields.givenOn")}</Table.Th>
                <Table.Th scope="col">{t("consent.fields.method")}</Table.Th>
                <Table.Th scope="col">{t("consent.fields.validUntil")}</Table.Th>
                <Table.Th scope="col">{t("consent.fields.state")}</Table.Th>
                {client.canEdit ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {client.consents.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`consent.scopes.${c.scope}`)}</Table.Td>
                  <Table.Td>{target(c)}</Table.Td>
                  <Table.Td>{format.date(c.givenOn)}</Table.Td>
                  <Table.Td>{t(`consent.methods.${c.method}`)}</Table.Td>
                  <Table.Td>
                    {c.validUntil ? format.date(c.validUntil) : t("consent.untilWithdrawn")}
                  </Table.Td>
                  <Table.Td>
                    {c.inForce ? (
                      <Badge color="green" variant="light" tt="none">
                        {t("consent.state.inForce")}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light" tt="none">
                        {c.withdrawnOn
                          ? t("consent.state.withdrawn", { date: format.date(c.withdrawnOn) })
                          : t("consent.state.notInForce")}
                      </Badge>
                    )}
                  </Table.Td>
                  {client.canEdit ? (
                    <Table.Td>
                      {c.withdrawnOn === null ? (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t("consent.withdrawNamed", {
                            scope: t(`consent.scopes.${c.scope}`),
                            target: target(c),
                          })}
                          onClick={() => {
                            setNotice(null);
                            setWithdrawing(c);
                          }}
                        >
                          {t("consent.withdraw")}
                        </Button>
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {granting ? (
        <GrantConsentDialog
          client={client}
          onClose={() => setGranting(false)}
          onDone={() => {
            setGranting(false);
            setNotice(t("consent.granted"));
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawConsentDialog
          clientId={client.id}
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={(stillSharedWith) => {
            setWithdrawing(null);
            const recipients = stillSharedWith
              .map((s) => s.recipientName ?? t(`consent.scopes.${s.scope}`))
              .join(", ");
            setNotice(
              stillSharedWith.length > 0
                ? t("consent.withdrawnStillShared", { recipients })
                : t("consent.withdrawn"),
            );
          }}
        />
      ) : null}
    </Stack>
  );
}
