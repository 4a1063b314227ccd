import { recordWorkTrial, updateWorkTrial, workTrialArrangers } from "@core/contracts/work";
import { Group, NativeSelect, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  DateRangeFields,
  dateOrNull,
  decimalText,
  FormModal,
  HoursField,
  NotesField,
  parseDecimal,
  textOrNull,
  useContractForm,
} from "../platform/form/index.ts";
import { type EmployerChoice, EmployerPicker, employerBody, employerFieldOf } from "./EmployerPicker.tsx";
import type { RecordWorkTrial, WorkTrial } from "./types.ts";
import { useSaveWorkTrial } from "./useJobs.ts";

type Arranger = NonNullable<RecordWorkTrial["arrangedBy"]>;

type Props = {
  clientId: string;
  organisationId: string;
  target: { trial: WorkTrial | null } | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Record a work trial (työkokeilu) or correct one, e.g. to set its end date. */
export function WorkTrialFormModal({ target, ...props }: Props) {
  return target ? <TrialForm trial={target.trial} {...props} /> : null;
}

function TrialForm({
  clientId,
  organisationId,
  trial,
  today,
  onClose,
  onSaved,
}: Omit<Props, "target"> & { trial: WorkTrial | null }) {
  const { t } = useTranslation();
  const save = useSaveWorkTrial(clientId);
  const form = useContractForm({
    schema: trial ? updateWorkTrial : recordWorkTrial,
    initial: {
      employer: (trial
        ? { employerId: trial.employerId, name: trial.employerName }
        : null) as EmployerChoice | null,
      tasks: trial?.tasks ?? "",
      startDate: trial?.startDate ?? today,
      endDate: trial?.endDate ?? "",
      hoursPerWeek: decimalText(trial?.hoursPerWeek),
      arrangedBy: (trial?.arrangedBy ?? "") as Arranger | "",
      notes: trial?.notes ?? "",
    },
    toBody: (v): RecordWorkTrial => ({
      ...employerBody(v.employer),
      tasks: v.tasks.trim(),
      startDate: v.startDate,
      endDate: dateOrNull(v.endDate),
      hoursPerWeek: parseDecimal(v.hoursPerWeek),
      arrangedBy: v.arrangedBy || null,
      notes: textOrNull(v.notes),
    }),
    fieldOf: employerFieldOf,
    serverError: save.error,
    onSubmit: (body) =>
      save.mutate(
        { id: trial?.id ?? null, body },
        {
          onSuccess: () => {
            onSaved(t("common.saved"));
            onClose();
          },
        },
      ),
  });
  const employer = form.field("employer", t("workUi.employer"));
  return (
    <FormModal
      title={trial ? t("workUi.editTrial") : t("workUi.newTrial")}
      form={form}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
    >
      <EmployerPicker
        id={employer.id}
        organisationId={organisationId}
        value={employer.value}
        onChange={(choice) => form.set({ employer: choice })}
        onBlur={employer.onBlur}
        error={employer.error}
      />
      <Textarea size="md" required autosize minRows={2} {...form.field("tasks", t("workUi.tasks"))} />
      <DateRangeFields
        start={form.field("startDate", t("workUi.startDate"))}
        end={form.field("endDate", t("workUi.endDate"))}
      />
      <Group grow align="flex-start">
        <HoursField miw={0} {...form.field("hoursPerWeek", t("workUi.hoursPerWeek"))} />
        <NativeSelect
          size="md"
          miw={0}
          {...form.field("arrangedBy", t("workUi.arrangedBy"))}
          data={[
            { value: "", label: t("common.none") },
            ...workTrialArrangers.map((a) => ({ value: a, label: t(`work.arrangedBy.${a}`) })),
          ]}
        />
      </Group>
      <NotesField max={form.maxLength("notes")} minRows={2} {...form.field("notes", t("workUi.notes"))} />
    </FormModal>
  );
}
