import { recordStudy, studyLevels, studyOutcomes, updateStudy } from "@core/contracts/work";
import { NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  DateRangeFields,
  dateOrNull,
  FormModal,
  NotesField,
  textOrNull,
  useContractForm,
} from "../platform/form/index.ts";
import type { RecordStudy, Study } from "./types.ts";
import { useSaveStudy } from "./useJobs.ts";

type Level = NonNullable<RecordStudy["level"]>;
type Outcome = NonNullable<RecordStudy["outcome"]>;

type Props = {
  clientId: string;
  target: { study: Study | null } | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Record studies or correct them (e.g. set the end date and outcome). */
export function StudyFormModal({ target, ...props }: Props) {
  return target ? <StudyForm study={target.study} {...props} /> : null;
}

function StudyForm({
  clientId,
  study,
  today,
  onClose,
  onSaved,
}: Omit<Props, "target"> & { study: Study | null }) {
  const { t } = useTranslation();
  const save = useSaveStudy(clientId);
  const form = useContractForm({
    schema: study ? updateStudy : recordStudy,
    initial: {
      institution: study?.institution ?? "",
      programme: study?.programme ?? "",
      level: (study?.level ?? "") as Level | "",
      startDate: study?.startDate ?? today,
      endDate: study?.endDate ?? "",
      outcome: (study?.outcome ?? "") as Outcome | "",
      notes: study?.notes ?? "",
    },
    toBody: (v): RecordStudy => ({
      institution: v.institution.trim(),
      programme: v.programme.trim(),
      level: v.level || null,
      startDate: v.startDate,
      endDate: dateOrNull(v.endDate),
      outcome: v.outcome || null,
      notes: textOrNull(v.notes),
    }),
    serverError: save.error,
    onSubmit: (body) =>
      save.mutate(
        { id: study?.id ?? null, body },
        {
          onSuccess: () => {
            onSaved(t("common.saved"));
            onClose();
          },
        },
      ),
  });
  return (
    <FormModal
      title={study ? t("workUi.editStudy") : t("workUi.newStudy")}
      form={form}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
    >
      <TextInput size="md" required data-autofocus {...form.field("institution", t("workUi.institution"))} />
      <TextInput size="md" required {...form.field("programme", t("workUi.programme"))} />
      <NativeSelect
        size="md"
        {...form.field("level", t("workUi.level"))}
        data={[
          { value: "", label: t("common.none") },
          ...studyLevels.map((l) => ({ value: l, label: t(`work.studyLevels.${l}`) })),
        ]}
      />
      <DateRangeFields
        start={form.field("startDate", t("workUi.startDate"))}
        end={form.field("endDate", t("workUi.endDate"))}
      />
      <NativeSelect
        size="md"
        {...form.field("outcome", t("workUi.outcome"))}
        data={[
          { value: "", label: t("workUi.outcomeOpen") },
          ...studyOutcomes.map((o) => ({ value: o, label: t(`work.studyOutcomes.${o}`) })),
        ]}
      />
      <NotesField max={form.maxLength("notes")} minRows={2} {...form.field("notes", t("workUi.notes"))} />
    </FormModal>
  );
}
