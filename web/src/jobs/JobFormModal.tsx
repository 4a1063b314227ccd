import { recordJob, updateJob } from "@core/contracts/work";
import { contractTypes, isCompetitive } from "@core/jobs/competitive";
import { Alert, Group, NativeSelect, Switch, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  DateField,
  decimalText,
  FormModal,
  HoursField,
  MoneyField,
  NotesField,
  parseDecimal,
  textOrNull,
  useContractForm,
} from "../platform/form/index.ts";
import { type EmployerChoice, EmployerPicker, employerBody, employerFieldOf } from "./EmployerPicker.tsx";
import type { FullJob, RecordJob, WorkTrial } from "./types.ts";
import { useSaveJob } from "./useJobs.ts";

type ContractType = RecordJob["contractType"];

/** Record a job, correct one, or turn a work trial into the paid job it became. */
export type JobFormTarget =
  | { kind: "new" }
  | { kind: "edit"; job: FullJob }
  | { kind: "fromTrial"; trial: WorkTrial };

type Props = {
  clientId: string;
  organisationId: string;
  target: JobFormTarget | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** The job form, open while there is a target. */
export function JobFormModal({ target, ...props }: Props) {
  return target ? <JobForm target={target} {...props} /> : null;
}

function initialValues(target: JobFormTarget, today: string) {
  const job = target.kind === "edit" ? target.job : null;
  const trial = target.kind === "fromTrial" ? target.trial : null;
  const from = job ?? trial;
  return {
    employer: (from
      ? { employerId: from.employerId, name: from.employerName }
      : null) as EmployerChoice | null,
    title: job?.title ?? "",
    occupation: job?.occupation ?? "",
    occupationCode: job?.occupationCode ?? "",
    startDate: job?.startDate ?? (trial?.endDate && trial.endDate > today ? trial.endDate : today),
    hoursPerWeek: decimalText(job?.hoursPerWeek ?? trial?.hoursPerWeek),
    hourlyWage: decimalText(job?.hourlyWage),
    contractType: (job?.contractType ?? "open_ended") as ContractType,
    wageSubsidy: job?.wageSubsidy ?? false,
    setAside: job?.setAside ?? false,
    foundWithCoach: job?.foundWithCoach ?? true,
    notes: job?.notes ?? "",
  };
}
type Values = ReturnType<typeof initialValues>;

function JobForm({
  clientId,
  organisationId,
  target,
  today,
  onClose,
  onSaved,
}: Props & { target: JobFormTarget }) {
  const { t } = useTranslation();
  const save = useSaveJob(clientId);
  const job = target.kind === "edit" ? target.job : null;
  const trial = target.kind === "fromTrial" ? target.trial : null;
  const toBody = (v: Values): RecordJob => ({
    ...employerBody(v.employer),
    title: v.title.trim(),
    occupation: textOrNull(v.occupation),
    occupationCode: textOrNull(v.occupationCode),
    startDate: v.startDate,
    hoursPerWeek: parseDecimal(v.hoursPerWeek),
    hourlyWage: parseDecimal(v.hourlyWage),
    contractType: v.contractType,
    wageSubsidy: v.wageSubsidy,
    setAside: v.setAside,
    foundWithCoach: v.foundWithCoach,
    workTrialId: job ? job.workTrialId : (trial?.id ?? null),
    notes: textOrNull(v.notes),
  });
  const form = useContractForm({
    schema: job ? updateJob : recordJob,
    initial: initialValues(target, today),
    toBody,
    fieldOf: employerFieldOf,
    serverError: save.error,
    onSubmit: (body) =>
      save.mutate(
        { id: job?.id ?? null, body },
        {
          onSuccess: () => {
            onSaved(job ? t("common.saved") : t("workUi.jobSaved"));
            onClose();
          },
        },
      ),
  });
  const v = form.values;
  const wage = parseDecimal(v.hourlyWage);
  const competitive = isCompetitive({
    contractType: v.contractType,
    hourlyWage: wage === null || Number.isNaN(wage) ? null : wage,
    wageSubsidy: v.wageSubsidy,
    setAside: v.setAside,
  });
  const title =
    target.kind === "edit"
      ? t("workUi.editJob")
      : target.kind === "fromTrial"
        ? t("workUi.jobFromTrialTitle")
        : t("workUi.newJob");
  const employer = form.field("employer", t("workUi.employer"));
  const toggle = (name: "wageSubsidy" | "setAside" | "foundWithCoach") => ({
    checked: v[name],
    onChange: (e: { currentTarget: { checked: boolean } }) => form.set({ [name]: e.currentTarget.checked }),
  });

  return (
    <FormModal title={title} form={form} onClose={onClose} busy={save.isPending} error={save.error}>
      {trial ? (
        <Alert variant="light" color="blue">
          {t("workUi.fromTrialIntro", { employer: trial.employerName })}
        </Alert>
      ) : null}
      <EmployerPicker
        id={employer.id}
        organisationId={organisationId}
        value={employer.value}
        onChange={(choice) => form.set({ employer: choice })}
        onBlur={employer.onBlur}
        error={employer.error}
      />
      <TextInput size="md" required {...form.field("title", t("workUi.jobTitle"))} />
      <Group grow align="flex-start">
        <TextInput size="md" miw={0} {...form.field("occupation", t("workUi.occupation"))} />
        <TextInput
          size="md"
          miw={0}
          description={t("workUi.occupationCodeHelp")}
          inputMode="numeric"
          {...form.field("occupationCode", t("workUi.occupationCode"))}
        />
      </Group>
      <Group grow align="flex-start">
        <DateField required miw={0} {...form.field("startDate", t("workUi.startDate"))} />
        <NativeSelect
          size="md"
          miw={0}
          {...form.field("contractType", t("workUi.contractType"))}
          data={contractTypes.map((c) => ({ value: c, label: t(`work.contractTypes.${c}`) }))}
        />
      </Group>
      <Group grow align="flex-start">
        <HoursField miw={0} {...form.field("hoursPerWeek", t("workUi.hoursPerWeek"))} />
        <MoneyField miw={0} {...form.field("hourlyWage", t("workUi.hourlyWage"))} />
      </Group>
      <Switch size="md" label={t("workUi.wageSubsidy")} {...toggle("wageSubsidy")} />
      <Switch
        size="md"
        label={t("workUi.setAside")}
        description={t("workUi.setAsideHelp")}
        {...toggle("setAside")}
      />
      <Switch size="md" label={t("workUi.foundWithCoach")} {...toggle("foundWithCoach")} />
      <Alert
        variant="light"
        color={competitive ? "green" : "gray"}
        role="status"
        title={competitive ? t("work.competitive") : t("work.notCompetitive")}
      >
        {t("workUi.competitiveRule")}
      </Alert>
      <NotesField max={form.maxLength("notes")} minRows={2} {...form.field("notes", t("workUi.notes"))} />
    </FormModal>
  );
}
