import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { useSaveContactPerson } from "./queries.ts";
import type { ContactPerson, EmployerDetail } from "./types.ts";

type Target = { kind: "new" } | { kind: "edit"; person: ContactPerson };

/** The employer's contact persons (yhteyshenkilöt): add, edit, archive. */
export function ContactPersons({
  organisationId,
  employer,
  onSaved,
}: {
  organisationId: string;
  employer: EmployerDetail;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target | null>(null);
  const save = useSaveContactPerson(organisationId, employer.id);
  const [showArchived, setShowArchived] = useState(false);
  const archivedCount = employer.contactPersons.filter((p) => p.archived).length;
  const people = employer.contactPersons.filter((p) => showArchived || !p.archived);
  return (
    <Stack gap="sm" component="section" aria-labelledby="contact-persons">
      <Group justify="space-between">
        <Title order={2} id="contact-persons">
          {t("employersUi.contactPersons")}
        </Title>
        {employer.canManage ? (
          <Button variant="default" onClick={() => setTarget({ kind: "new" })}>
            {t("employersUi.addContactPerson")}
          </Button>
        ) : null}
      </Group>
      {people.length === 0 ? <Text>{t("employersUi.noContactPersons")}</Text> : null}
      {people.map((p) => (
        <Paper key={p.id} withBorder p="sm" component="article" aria-label={p.name}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <div>
              <Text fw={700}>
                {p.name}
                {p.role ? `, ${p.role}` : ""}
                {p.archived ? (
                  <Badge ml="xs" variant="outline" color="dark" tt="none">
                    {t("employersUi.archived")}
                  </Badge>
                ) : null}
              </Text>
              <Text size="sm">
                {[p.phone, p.email].filter(Boolean).join(" · ") || t("employersUi.noContactDetails")}
              </Text>
            </div>
            {employer.canManage ? (
              <Group gap="xs">
                <Button
                  variant="subtle"
                  size="compact-md"
                  onClick={() => setTarget({ kind: "edit", person: p })}
                  aria-label={t("employersUi.editNamed", { name: p.name })}
                >
                  {t("common.edit")}
                </Button>
                <Button
                  variant="subtle"
                  size="compact-md"
                  loading={save.isPending && save.variables?.id === p.id}
                  onClick={() =>
                    save.mutate(
                      { id: p.id, body: { archived: !p.archived } },
                      { onSuccess: () => onSaved(t("common.saved")) },
                    )
                  }
                  aria-label={t(p.archived ? "employersUi.restoreNamed" : "employersUi.archiveNamed", {
                    name: p.name,
                  })}
                >
                  {p.archived ? t("employersUi.restore") : t("employersUi.archive")}
                </Button>
              </Group>
            ) : null}
          </Group>
        </Paper>
      ))}
      {archivedCount > 0 ? (
        <Button variant="subtle" onClick={() => setShowArchived((v) => !v)} w="fit-content">
          {showArchived
            ? t("employersUi.hideArchived")
            : t("employersUi.showArchived", { count: archivedCount })}
        </Button>
      ) : null}
      {target === null ? <ErrorAlert error={save.error} /> : null}
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={
          target?.kind === "edit" ? t("employersUi.editContactPerson") : t("employersUi.addContactPerson")
        }
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {target ? (
          <ContactPersonForm
            organisationId={organisationId}
            employerId={employer.id}
            person={target.kind === "edit" ? target.person : null}
            onDone={(saved) => {
              setTarget(null);
              if (saved) onSaved(t("common.saved"));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function ContactPersonForm({
  organisationId,
  employerId,
  person,
  onDone,
}: {
  organisationId: string;
  employerId: string;
  person: ContactPerson | null;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveContactPerson(organisationId, employerId);
  const [draft, setDraft] = useState({
    name: person?.name ?? "",
    role: person?.role ?? "",
    phone: person?.phone ?? "",
    email: person?.email ?? "",
  });
  const field = (key: keyof typeof draft, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      size="md"
      label={label}
      value={draft[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      }}
      error={fieldError(save.error, key)}
      {...extra}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: draft.name.trim(),
      role: draft.role.trim() || null,
      phone: draft.phone.trim() || null,
      email: draft.email.trim() || null,
    };
    save.mutate({ id: person?.id ?? null, body }, { onSuccess: () => onDone(true) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {field("name", t("employersUi.person.name"), { required: true, "data-autofocus": true })}
        {field("role", t("employersUi.person.role"))}
        {field("phone", t("employersUi.person.phone"), { type: "tel", autoComplete: "off" })}
        {field("email", t("employersUi.person.email"), { type: "email", autoComplete: "off" })}
        {otherFieldErrors(save.error, Object.keys(draft)).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={() => onDone(false)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
