import { studyLevels, studyOutcomes } from "@core/contracts/work";
import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import type { RecordStudy, Study } from "./types.ts";
import { useSaveStudy } from "./useWork.ts";

type Level = NonNullable<RecordStudy["level"]>;
type Outcome = NonNullable<RecordStudy["outcome"]>;

/** Record studies, or correct them, e.g. to set the outcome (completed or interrupted). */
export function StudyFormModal({
  clientId,
  target,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  target: { study: Study | null } | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.study ? t("workUi.editStudy") : t("workUi.newStudy")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? (
        <StudyForm
          clientId={clientId}
          study={target.study}
          today={today}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function StudyForm({
  clientId,
  study,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  study: Study | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStudy(clientId);
  const [institution, setInstitution] = useState(study?.institution ?? "");
  const [programme, setProgramme] = useState(study?.programme ?? "");
  const [level, setLevel] = useState<Level | "">(study?.level ?? "");
  const [startDate, setStartDate] = useState(study?.startDate ?? today);
  const [endDate, setEndDate] = useState(study?.endDate ?? "");
  const [outcome, setOutcome] = useState<Outcome | "">(study?.outcome ?? "");
  const [notes, setNotes] = useState(study?.notes ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: RecordStudy = {
      institution: institution.trim(),
      programme: programme.trim(),
      level: level || null,
      startDate,
      endDate: endDate || null,
      outcome: outcome || null,
      notes: notes.trim() || null,
    };
    save.mutate(
      { id: study?.id ?? null, body },
      {
        onSuccess: () => {
          onSaved(t("common.saved"));
          onClose();
        },
      },
    );
  };
  const shown = ["institution", "programme", "level", "startDate", "endDate", "outcome", "notes"];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          size="md"
          label={t("workUi.institution")}
          required
          data-autofocus
          value={institution}
          onChange={(e) => setInstitution(e.currentTarget.value)}
          error={fieldError(save.error, "institution")}
        />
        <TextInput
          size="md"
          label={t("workUi.programme")}
          required
          value={programme}
          onChange={(e) => setProgramme(e.currentTarget.value)}
          error={fieldError(save.error, "programme")}
        />
        <NativeSelect
          size="md"
          label={t("workUi.level")}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value as Level | "")}
          data={[
            { value: "", label: t("common.none") },
            ...studyLevels.map((v) => ({ value: v, label: t(`work.studyLevels.${v}`) })),
          ]}
          error={fieldError(save.error, "level")}
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
        <NativeSelect
          size="md"
          label={t("workUi.outcome")}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value as Outcome | "")}
          data={[
            { value: "", label: t("workUi.outcomeOpen") },
            ...studyOutcomes.map((v) => ({ value: v, label: t(`work.studyOutcomes.${v}`) })),
          ]}
          error={fieldError(save.error, "outcome")}
        />
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
