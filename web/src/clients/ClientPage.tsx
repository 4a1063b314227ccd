import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../platform/api.ts";
import { QueryGate } from "../platform/ui.tsx";
import { tabsFor } from "./client-tabs.ts";
import { PhaseBadge } from "./PhaseBadge.tsx";
import { useClient } from "./queries.ts";
import { sharedViewList } from "./shared-view.ts";
import type { ClientRecord } from "./types.ts";

/** One client: header, and tabs for the episode timeline, details, consents and other features. */
export default function ClientPage() {
  const { t } = useTranslation();
  const { clientId = "" } = useParams();
  const record = useClient(clientId);
  if (record.error instanceof ApiError && (record.error.status === 404 || record.error.status === 400)) {
    return (
      <Stack>
        <Title order={1}>{t("clients.notFoundTitle")}</Title>
        <Text maw={720}>{t("clients.notFoundText")}</Text>
        <Anchor component={Link} to="/clients">
          {t("clients.backToList")}
        </Anchor>
      </Stack>
    );
  }
  return (
    <QueryGate isPending={record.isPending} error={record.error}>
      {record.data ? <ClientView client={record.data} /> : null}
    </QueryGate>
  );
}

function ClientView({ client }: { client: ClientRecord }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(client.access);
  const requested = params.get("tab");
  const active = tabs.find((tab) => tab.id === requested)?.id ?? tabs[0]?.id ?? null;
  return (
    <Stack>
      <ClientHeader client={client} />
      {client.access === "shared" ? (
        <Alert color="blue" variant="light" title={t("clients.sharedViewTitle")}>
          {t("clients.sharedViewText", {
            kinds: sharedViewList((kind) => t(`clients.sharedViewKinds.${kind}`), i18n.language),
          })}
        </Alert>
      ) : null}
      <Tabs
        value={active}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value) next.set("tab", value);
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("clients.tabs.label")} style={{ overflowX: "auto", flexWrap: "nowrap" }}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.id} value={tab.id}>
              {tab.label(t)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.id} value={tab.id} pt="md">
            <tab.Component client={client} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function ClientHeader({ client }: { client: ClientRecord }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Title order={1}>{client.name}</Title>
        <PhaseBadge phase={client.phase} />
      </Group>
      <Text c="dimmed">
        {t("clients.header.coach")}: {client.coachName ?? t("clients.noCoach")} · {t("clients.header.team")}:{" "}
        {client.ipsTeamName ?? t("common.none")}
      </Text>
    </Stack>
  );
}
