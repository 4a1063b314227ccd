import { workTrialArrangers } from "@core/contracts/work";
import { Button, Group, Modal, NativeSelect, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { type EmployerChoice, EmployerPicker } from "./EmployerPicker.tsx";
import type { RecordWorkTrial, WorkTrial } from "./types.ts";
import { useSaveWorkTrial } from "./useWork.ts";

type Arranger = NonNullable<RecordWorkTrial["arrangedBy"]>;

/** Record a work trial (työkokeilu) or correct one, e.g. to set its end date. */
export function WorkTrialFormModal({
  clientId,
  organisationId,
  target,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  organisationId: string;
  target: { trial: WorkTrial | null } | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.trial ? t("workUi.editTrial") : t("workUi.newTrial")}
      size="lg"
      fullScreen={Boolean(phone)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? (
        <TrialForm
          clientId={clientId}
          organisationId={organisationId}
          trial={target.trial}
          today={today}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function TrialForm({
  clientId,
  organisationId,
  trial,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  organisationId: string;
  trial: WorkTrial | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveWorkTrial(clientId);
  const [employer, setEmployer] = useState<EmployerChoice | null>(
    trial ? { employerId: trial.employerId, name: trial.employerName } : null,
  );
  const [tasks, setTasks] = useState(trial?.tasks ?? "");
  const [startDate, setStartDate] = useState(trial?.startDate ?? today);
  const [endDate, setEndDate] = useState(trial?.endDate ?? "");
  const [hours, setHours] = useState<number | string>(trial?.hoursPerWeek ?? "");
  const [arrangedBy, setArrangedBy] = useState<Arranger | "">(trial?.arrangedBy ?? "");
  const [notes, setNotes] = useState(trial?.notes ?? "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: RecordWorkTrial = {
      employerId: employer?.employerId ?? null,
      employerName: employer && employer.employerId === null ? employer.name : null,
      tasks: tasks.trim(),
      startDate,
      endDate: endDate || null,
      hoursPerWeek: hours === "" ? null : Number(hours),
      arrangedBy: arrangedBy || null,
      notes: notes.trim() || null,
    };
    save.mutate(
      { id: trial?.id ?? null, body },
      {
        onSuccess: () => {
          onSaved(t("common.saved"));
          onClose();
        },
      },
    );
  };
  const shown = [
    "employerId",
    "employerName",
    "tasks",
    "startDate",
    "endDate",
    "hoursPerWeek",
    "arrangedBy",
    "notes",
  ];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <EmployerPicker
          organisationId={organisationId}
          value={employer}
          onChange={setEmployer}
          error={fieldError(save.error, "employerId") ?? fieldError(save.error, "employerName")}
        />
        <Textarea
          size="md"
          label={t("workUi.tasks")}
          required
          autosize
          minRows={2}
          value={tasks}
          onChange={(e) => setTasks(e.currentTarget.value)}
          error={fieldError(save.error, "tasks")}
        />
        <Group grow align="flex-start">
          <TextInput
            size="md"
            type="date"
            label={t("workUi.startDate")}
            required
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fieldError(save.error, "startDate")}
            miw={0}
          />
          <TextInput
            size="md"
            type="date"
            label={t("workUi.endDate")}
            value={endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            error={fieldError(save.error, "endDate")}
            miw={0}
          />
        </Group>
        <Group grow align="flex-start">
          {/* No decimalScale: it silently cut 0,04 to 0; the server names the allowed decimals. */}
          <NumberInput
            size="md"
            label={t("workUi.hoursPerWeek")}
            min={0}
            max={80}
            decimalSeparator=","
            value={hours}
            onChange={setHours}
            error={fieldError(save.error, "hoursPerWeek")}
            miw={0}
          />
          <NativeSelect
            size="md"
            label={t("workUi.arrangedBy")}
            value={arrangedBy}
            onChange={(e) => setArrangedBy(e.currentTarget.value as Arranger | "")}
            data={[
              { value: "", label: t("common.none") },
              ...workTrialArrangers.map((v) => ({ value: v, label: t(`work.arrangedBy.${v}`) })),
            ]}
            error={fieldError(save.error, "arrangedBy")}
            miw={0}
          />
        </Group>
        <Textarea
          size="md"
          label={t("workUi.notes")}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={fieldError(save.error, "notes")}
        />
        {otherFieldErrors(save.error, shown).map((m) => (
          <ErrorAlert key={m} error={m} />
        ))}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
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
