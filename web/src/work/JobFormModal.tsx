import { contractTypes, isCompetitive } from "@core/jobs/competitive";
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { type EmployerChoice, EmployerPicker } from "./EmployerPicker.tsx";
import type { FullJob, RecordJob, WorkTrial } from "./types.ts";
import { useSaveJob } from "./useWork.ts";

type ContractType = RecordJob["contractType"];

/** Record a job, correct one, or turn a work trial into the paid job it became. */
export type JobFormTarget =
  | { kind: "new" }
  | { kind: "edit"; job: FullJob }
  | { kind: "fromTrial"; trial: WorkTrial };

const num = (v: number | string) => (v === "" || v === null ? null : Number(v));

export function JobFormModal({
  clientId,
  organisationId,
  target,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  organisationId: string;
  target: JobFormTarget | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  const title =
    target?.kind === "edit"
      ? t("workUi.editJob")
      : target?.kind === "fromTrial"
        ? t("workUi.jobFromTrialTitle")
        : t("workUi.newJob");
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={Boolean(phone)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? (
        <JobForm
          clientId={clientId}
          organisationId={organisationId}
          target={target}
          today={today}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </Modal>
  );
}

function JobForm({
  clientId,
  organisationId,
  target,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  organisationId: string;
  target: JobFormTarget;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveJob(clientId);
  const job = target.kind === "edit" ? target.job : null;
  const trial = target.kind === "fromTrial" ? target.trial : null;
  const [employer, setEmployer] = useState<EmployerChoice | null>(
    job
      ? { employerId: job.employerId, name: job.employerName }
      : trial
        ? { employerId: trial.employerId, name: trial.employerName }
        : null,
  );
  const [title, setTitle] = useState(job?.title ?? "");
  const [occupation, setOccupation] = useState(job?.occupation ?? "");
  const [occupationCode, setOccupationCode] = useState(job?.occupationCode ?? "");
  const [startDate, setStartDate] = useState(
    job?.startDate ?? (trial?.endDate && trial.endDate > today ? trial.endDate : today),
  );
  const [hours, setHours] = useState<number | string>(job?.hoursPerWeek ?? trial?.hoursPerWeek ?? "");
  const [wage, setWage] = useState<number | string>(job?.hourlyWage ?? "");
  const [contractType, setContractType] = useState<ContractType>(job?.contractType ?? "open_ended");
  const [wageSubsidy, setWageSubsidy] = useState(job?.wageSubsidy ?? false);
  const [setAside, setSetAside] = useState(job?.setAside ?? false);
  const [foundWithCoach, setFoundWithCoach] = useState(job?.foundWithCoach ?? true);
  const [notes, setNotes] = useState(job?.notes ?? "");

  const competitive = isCompetitive({ contractType, hourlyWage: num(wage), wageSubsidy, setAside });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: RecordJob = {
      employerId: employer?.employerId ?? null,
      employerName: employer && employer.employerId === null ? employer.name : null,
      title: title.trim(),
      occupation: occupation.trim() || null,
      occupationCode: occupationCode.trim() || null,
      startDate,
      hoursPerWeek: num(hours),
      hourlyWage: num(wage),
      contractType,
      wageSubsidy,
      setAside,
      foundWithCoach,
      workTrialId: job ? job.workTrialId : (trial?.id ?? null),
      notes: notes.trim() || null,
    };
    save.mutate(
      { id: job?.id ?? null, body },
      {
        onSuccess: () => {
          onSaved(job ? t("common.saved") : t("workUi.jobSaved"));
          onClose();
        },
      },
    );
  };

  const shown = [
    "employerId",
    "employerName",
    "title",
    "occupation",
    "occupationCode",
    "startDate",
    "hoursPerWeek",
    "hourlyWage",
    "contractType",
    "notes",
  ];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {trial ? (
          <Alert variant="light" color="blue">
            {t("workUi.fromTrialIntro", { employer: trial.employerName })}
          </Alert>
        ) : null}
        <EmployerPicker
          organisationId={organisationId}
          value={employer}
          onChange={setEmployer}
          error={fieldError(save.error, "employerId") ?? fieldError(save.error, "employerName")}
        />
        <TextInput
          size="md"
          label={t("workUi.jobTitle")}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(save.error, "title")}
        />
        <Group grow align="flex-start">
          <TextInput
            size="md"
            label={t("workUi.occupation")}
            value={occupation}
            onChange={(e) => setOccupation(e.currentTarget.value)}
            error={fieldError(save.error, "occupation")}
            miw={0}
          />
          <TextInput
            size="md"
            label={t("workUi.occupationCode")}
            description={t("workUi.occupationCodeHelp")}
            inputMode="numeric"
            value={occupationCode}
            onChange={(e) => setOccupationCode(e.currentTarget.value)}
            error={fieldError(save.error, "occupationCode")}
            miw={0}
          />
        </Group>
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
          <NativeSelect
            size="md"
            label={t("workUi.contractType")}
            value={contractType}
            onChange={(e) => setContractType(e.currentTarget.value as ContractType)}
            data={contractTypes.map((v) => ({ value: v, label: t(`work.contractTypes.${v}`) }))}
            error={fieldError(save.error, "contractType")}
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
          <NumberInput
            size="md"
            label={t("workUi.hourlyWage")}
            min={0}
            decimalSeparator=","
            value={wage}
            onChange={setWage}
            error={fieldError(save.error, "hourlyWage")}
            miw={0}
          />
        </Group>
        <Switch
          size="md"
          label={t("workUi.wageSubsidy")}
          checked={wageSubsidy}
          onChange={(e) => setWageSubsidy(e.currentTarget.checked)}
        />
        <Switch
          size="md"
          label={t("workUi.setAside")}
          description={t("workUi.setAsideHelp")}
          checked={setAside}
          onChange={(e) => setSetAside(e.currentTarget.checked)}
        />
        <Switch
          size="md"
          label={t("workUi.foundWithCoach")}
          checked={foundWithCoach}
          onChange={(e) => setFoundWithCoach(e.currentTarget.checked)}
        />
        <Alert
          variant="light"
          color={competitive ? "green" : "gray"}
          role="status"
          title={competitive ? t("work.competitive") : t("work.notCompetitive")}
        >
          {t("workUi.competitiveRule")}
        </Alert>
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
