import { helsinkiDate } from "@core/time/dates";
import { Button, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useFormat } from "../platform/format.ts";
import { QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { type AgreementChange, AgreementModal } from "./AgreementModal.tsx";
import { type OrganisationNetworkView, useOrganisationNetworks } from "./networks-api.ts";

/**
 * The organisation admin's reporting networks (issue 9): every network the organisation can join,
 * its dated agreement with each, joining one and ending an agreement. The server decides who may
 * (organisation.manage) and keeps ended agreements; this page only asks and shows.
 */
export default function OrganisationNetworksPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const networks = useOrganisationNetworks(organisationId);
  const [change, setChange] = useState<AgreementChange | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const title = t("networks.title");
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text maw={720}>{t("networks.intro")}</Text>
      <StatusMessage message={notice} />
      <QueryGate isPending={networks.isPending} error={networks.error}>
        {networks.data?.length === 0 ? <Text>{t("networks.none")}</Text> : null}
        {networks.data && networks.data.length > 0 ? (
          <TableScroll label={title}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("networks.name")}</Table.Th>
                  <Table.Th scope="col">{t("networks.level")}</Table.Th>
                  <Table.Th scope="col">{t("networks.agreement")}</Table.Th>
                  <Table.Th scope="col">{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {networks.data.map((network) => (
                  <NetworkRow
                    key={network.networkId}
                    network={network}
                    onChange={(kind) => {
                      setNotice(null);
                      setChange({ kind, network });
                    }}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
      <AgreementModal
        organisationId={organisationId}
        change={change}
        onClose={() => setChange(null)}
        onDone={(message) => {
          setChange(null);
          setNotice(message);
        }}
      />
    </Stack>
  );
}

function NetworkRow({
  network,
  onChange,
}: {
  network: OrganisationNetworkView;
  onChange: (kind: AgreementChange["kind"]) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = network.agreement;
  // An agreement not yet ended can be ended (also one starting later). One ended on a day not yet
  // past is in force through that day: neither ending nor joining applies (the server refuses an
  // agreement that overlaps it), so no button is offered until the day after. Otherwise one can join.
  const open = a !== null && a.endedOn === null;
  const endingLater = a !== null && a.endedOn !== null && a.endedOn >= helsinkiDate();
  const status =
    a === null
      ? t("networks.noAgreement")
      : a.endedOn === null
        ? t("networks.agreedSince", { date: format.date(a.agreedOn) })
        : t("networks.agreedBetween", { from: format.date(a.agreedOn), to: format.date(a.endedOn) });
  return (
    <Table.Tr>
      <Table.Td>{network.name}</Table.Td>
      <Table.Td>{t(`networks.kinds.${network.kind}`)}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={a?.inForce ? 600 : 400}>
          {a?.inForce ? `${t("networks.inForce")} · ` : ""}
          {status}
        </Text>
      </Table.Td>
      <Table.Td>
        {endingLater ? null : (
          <Button
            size="xs"
            variant={open ? "default" : "filled"}
            aria-label={t(open ? "networks.endNamed" : "networks.joinNamed", { name: network.name })}
            onClick={() => onChange(open ? "end" : "join")}
          >
            {open ? t("networks.end") : t("networks.join")}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
