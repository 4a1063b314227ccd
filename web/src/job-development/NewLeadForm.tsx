import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEmployer } from "../employers/queries.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { EmployerSelect, type PickedEmployer } from "./EmployerSelect.tsx";
import { useCreateLead } from "./queries.ts";
import type { CreateJobLead, JobLead } from "./types.ts";

/** A new job lead (työpaikkavinkki): an advertised opening or a hidden one found by talking. */
export function NewLeadForm({
  organisationId,
  employerId,
  sourceContactId,
  onSaved,
  onCancel,
}: {
  organisationId: string;
  employerId: string | null;
  sourceContactId: string | null;
  onSaved: (lead: JobLead) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateLead(organisationId);
  const prefilled = useEmployer(organisationId, employerId ?? "");
  const [picked, setPicked] = useState<PickedEmployer | null | undefined>(undefined);
  const employer =
    picked !== undefined
      ? picked
      : employerId && prefilled.data
        ? { id: prefilled.data.id, name: prefilled.data.name }
        : null;
  const [title, setTitle] = useState("");
  const [hours, setHours] = useState<number | string>("");
  const [municipality, setMunicipality] = useState("");
  const [occupationCode, setOccupationCode] = useState("");
  const [advertised, setAdvertised] = useState("hidden");
  const [notes, setNotes] = useState("");
  const err = (path: string) => fieldError(create.error, path);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CreateJobLead = {
      employerId: employer?.id ?? "",
      title: title.trim(),
      occupationCode: occupationCode.trim() || null,
      hoursPerWeek: hours === "" ? null : Number(hours),
      municipality: municipality.trim() || (prefilled.data?.municipality ?? null),
      advertised: advertised === "advertised",
      notes: notes.trim() || null,
      sourceContactId,
    };
    create.mutate(body, { onSuccess: onSaved });
  };
  const shown = [
    "employerId",
    "title",
    "occupationCode",
    "hoursPerWeek",
    "municipality",
    "advertised",
    "notes",
  ];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <EmployerSelect
          organisationId={organisationId}
          value={employer}
          onChange={setPicked}
          error={err("employerId")}
        />
        <TextInput
          size="md"
          label={t("jobDevelopmentUi.lead.title")}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err("title")}
          data-autofocus
        />
        <Group grow align="flex-start" gap="sm">
          <NumberInput
            size="md"
            label={t("jobDevelopmentUi.lead.hours")}
            min={0}
            max={60}
            value={hours}
            onChange={setHours}
            error={err("hoursPerWeek")}
            miw={0}
          />
          <TextInput
            size="md"
            label={t("jobDevelopmentUi.lead.municipality")}
            value={municipality}
            onChange={(e) => setMunicipality(e.currentTarget.value)}
            error={err("municipality")}
            miw={0}
          />
        </Group>
        <TextInput
          size="md"
          label={t("jobDevelopmentUi.lead.occupationCode")}
          description={t("jobDevelopmentUi.lead.occupationCodeHelp")}
          inputMode="numeric"
          value={occupationCode}
          onChange={(e) => setOccupationCode(e.currentTarget.value)}
          error={err("occupationCode")}
        />
        <Fieldset
          legend={t("jobDevelopmentUi.lead.visibility")}
          variant="unstyled"
          styles={{ legend: { fontWeight: 500, marginBottom: 6 } }}
        >
          <SegmentedControl
            size="md"
            fullWidth
            value={advertised}
            onChange={setAdvertised}
            data={[
              { value: "hidden", label: t("jobDevelopmentUi.lead.hidden") },
              { value: "advertised", label: t("jobDevelopmentUi.lead.advertised") },
            ]}
          />
        </Fieldset>
        <Textarea
          size="md"
          label={t("jobDevelopmentUi.notes")}
          autosize
          minRows={2}
          maxRows={8}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={err("notes")}
        />
        {otherFieldErrors(create.error, shown).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={create.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={create.isPending}>
            {t("jobDevelopmentUi.lead.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
