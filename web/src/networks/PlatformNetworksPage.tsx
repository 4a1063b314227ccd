import { networkKinds } from "@core/contracts/outcomes";
import { Button, Card, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { useDraft } from "../platform/use-draft.ts";
import { NetworkEvaluators } from "./NetworkEvaluators.tsx";
import { useCreateNetwork, usePlatformNetworks } from "./networks-api.ts";

/**
 * The platform admin's reporting networks (issue 9): create a regional network or the national
 * benchmark, and name or remove each network's evaluators. Organisations join by their own
 * admin's agreement, never from here.
 */
export default function PlatformNetworksPage() {
  const { t } = useTranslation();
  const networks = usePlatformNetworks();
  return (
    <Stack>
      <Title order={1}>{t("networks.platformTitle")}</Title>
      <Text maw={720}>{t("networks.platformIntro")}</Text>
      <QueryGate isPending={networks.isPending} error={networks.error}>
        {networks.data?.length === 0 ? <Text>{t("networks.none")}</Text> : null}
        {networks.data?.map((network) => (
          <Card key={network.id} withBorder component="section" aria-labelledby={`network-${network.id}`}>
            <Stack gap="sm">
              <div>
                <Title order={2} size="h3" id={`network-${network.id}`}>
                  {network.name}
                </Title>
                <Text size="sm" c="dark.6">
                  {t(`networks.kinds.${network.kind}`)} ·{" "}
                  {t("networks.memberCount", { count: network.memberCount })}
                </Text>
              </div>
              <NetworkEvaluators network={network} />
            </Stack>
          </Card>
        ))}
      </QueryGate>
      <CreateNetworkForm />
    </Stack>
  );
}

function CreateNetworkForm() {
  const { t } = useTranslation();
  const create = useCreateNetwork();
  const { draft, bind, reset } = useDraft<{ name: string; kind: string }>({ name: "", kind: "region" });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: draft.name.trim(), kind: draft.kind as (typeof networkKinds)[number] },
      { onSuccess: () => reset() },
    );
  };
  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="new-network-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} id="new-network-heading">
            {t("networks.createTitle")}
          </Title>
          <TextInput
            label={t("networks.name")}
            required
            {...bind("name")}
            error={fieldError(create.error, "name")}
          />
          <NativeSelect
            label={t("networks.level")}
            {...bind("kind")}
            data={networkKinds.map((k) => ({ value: k, label: t(`networks.kinds.${k}`) }))}
            error={fieldError(create.error, "kind")}
          />
          <ErrorAlert error={create.error} />
          <StatusMessage
            message={create.isSuccess ? t("networks.created", { name: create.data.name }) : null}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("networks.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
