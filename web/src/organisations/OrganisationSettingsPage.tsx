import { Alert, Button, Checkbox, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { meKey } from "../platform/session.ts";
import type { Organisation, UpdateOrganisation } from "../platform/types.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { useOrganisationTypeOptions } from "./useOrganisationTypeOptions.ts";

/** Name, type and the two-factor requirement of one organisation. */
export default function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const organisation = useQuery({
    queryKey: ["organisation", organisationId],
    queryFn: () => api<Organisation>("GET", `/api/organisations/${organisationId}`),
  });
  return (
    <Stack maw={640}>
      <Title order={1}>{t("organisation.settingsTitle")}</Title>
      <QueryGate isPending={organisation.isPending} error={organisation.error}>
        {organisation.data ? (
          <SettingsForm key={organisation.data.id} organisation={organisation.data} />
        ) : null}
      </QueryGate>
    </Stack>
  );
}

function SettingsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const types = useOrganisationTypeOptions();
  const [name, setName] = useState(organisation.name);
  const [type, setType] = useState(organisation.type);
  const [requireTwoFactor, setRequireTwoFactor] = useState(organisation.requireTwoFactor);
  const save = useMutation({
    mutationFn: (body: UpdateOrganisation) =>
      api<Organisation>("PATCH", `/api/organisations/${organisation.id}`, body),
    onSuccess: (updated) => {
      client.setQueryData(["organisation", organisation.id], updated);
      void client.invalidateQueries({ queryKey: meKey });
    },
  });
  const readOnly = !organisation.canManage;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), type, requireTwoFactor });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {readOnly ? (
          <Alert color="gray" variant="light">
            {t("organisation.readOnly")}
          </Alert>
        ) : null}
        <TextInput
          label={t("organisation.name")}
          required
          disabled={readOnly}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(save.error, "name")}
        />
        <NativeSelect
          label={t("organisation.type")}
          disabled={readOnly}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as Organisation["type"])}
          data={types}
          error={fieldError(save.error, "type")}
        />
        <Checkbox
          label={t("organisation.requireTwoFactor")}
          description={t("organisation.requireTwoFactorHelp")}
          disabled={readOnly}
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
        />
        <ErrorAlert error={save.error} />
        <StatusMessage message={save.isSuccess ? t("common.saved") : null} />
        {readOnly ? null : (
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t("common.save")}
          </Button>
        )}
      </Stack>
    </form>
  );
}
