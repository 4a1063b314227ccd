import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../platform/api.ts";
import { otherFieldErrors } from "../platform/fields.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";
import {
  ClientDetailsFields,
  type DetailsDraft,
  detailFieldNames,
  detailsDraftOf,
  detailsInput,
} from "./ClientDetailsFields.tsx";
import { clientChanged } from "./queries.ts";
import type { ClientDetails, ClientRecord, UpdateClient } from "./types.ts";

/** The client's details: read, and corrected or completed by the IPS team. */
export function DetailsTab({ client }: { client: ClientRecord }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (!client.details) return null;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("clients.detailsTitle")}</Title>
        {client.canEdit && !editing ? (
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t("clients.editDetails")}
          </Button>
        ) : null}
      </Group>
      <StatusMessage message={notice} />
      {editing ? (
        <EditDetails
          client={client}
          details={client.details}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t("common.saved"));
          }}
        />
      ) : (
        <DetailsView details={client.details} />
      )}
    </Stack>
  );
}

function DetailsView({ details: d }: { details: ClientDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = t("common.none");
  const rows: [string, string][] = [
    [t("clients.fields.henkilotunnus"), d.henkilotunnus ?? none],
    [
      t("clients.fields.birth"),
      d.birthDate ? format.date(d.birthDate) : d.birthYear !== null ? String(d.birthYear) : none,
    ],
    [t("clients.fields.age"), d.age === null ? none : String(d.age)],
    [t("clients.fields.phone"), d.phone ?? none],
    [t("clients.fields.email"), d.email ?? none],
    [t("clients.fields.address"), d.address ?? none],
    [t("clients.fields.municipality"), d.municipality ?? none],
    [t("clients.fields.preferredLanguage"), t(`clients.languages.${d.preferredLanguage}`)],
    [
      t("clients.fields.educationLevel"),
      d.educationLevel ? t(`clients.education.${d.educationLevel}`) : none,
    ],
    [
      t("clients.fields.diagnosisGroup"),
      d.diagnosisGroup ? t(`clients.diagnosis.${d.diagnosisGroup}`) : none,
    ],
  ];
  return (
    <Stack>
      <Paper withBorder p="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" m={0}>
          {rows.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      <LongText label={t("clients.fields.educationNotes")} value={d.educationNotes} />
      <LongText label={t("clients.fields.workHistory")} value={d.workHistory} />
    </Stack>
  );
}

function LongText({ label, value }: { label: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-label={label}>
      <Title order={3} size="h4">
        {label}
      </Title>
      <Text style={{ whiteSpace: "pre-wrap" }}>{value ?? t("common.none")}</Text>
    </section>
  );
}

function EditDetails({
  client,
  details,
  onDone,
}: {
  client: ClientRecord;
  details: ClientDetails;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsDraftOf(details));
  const save = useMutation({
    mutationFn: () =>
      api<ClientRecord>("PATCH", `/api/clients/${client.id}`, detailsInput(draft) as UpdateClient),
    onSuccess: (record) => {
      clientChanged(queryClient, record);
      onDone(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("clients.editDetails")}>
      <Stack maw={880}>
        <ClientDetailsFields value={draft} onChange={setDraft} error={save.error} prefix="" />
        <ErrorAlert error={save.error} />
        {otherFieldErrors(save.error, detailFieldNames).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
