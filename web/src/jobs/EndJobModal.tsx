import { endJob } from "@core/contracts/work";
import { jobEndReasons } from "@core/jobs/competitive";
import { NativeSelect, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateField, FormModal, useContractForm } from "../platform/form/index.ts";
import type { EndJob, FullJob } from "./types.ts";
import { useEndJob } from "./useJobs.ts";

type Reason = EndJob["endReason"];

type Props = {
  clientId: string;
  job: FullJob | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Records that a job ended: the date, the coded reason and when the coach learned of it. */
export function EndJobModal({ job, ...props }: Props) {
  return job ? <EndJobForm job={job} {...props} /> : null;
}

function EndJobForm({ clientId, job, today, onClose, onSaved }: Props & { job: FullJob }) {
  const { t } = useTranslation();
  const end = useEndJob(clientId);
  const form = useContractForm({
    schema: endJob,
    initial: { endDate: today, endReason: "fixed_term_ended" as Reason, endLearnedOn: today },
    toBody: (v): EndJob => v,
    serverError: end.error,
    onSubmit: (body) =>
      end.mutate(
        { id: job.id, body },
        {
          onSuccess: () => {
            onSaved(t("workUi.jobEnded"));
            onClose();
          },
        },
      ),
  });
  return (
    <FormModal
      title={t("workUi.endJobTitle")}
      form={form}
      onClose={onClose}
      busy={end.isPending}
      error={end.error}
      submitLabel={t("workUi.endJob")}
      size="md"
    >
      <Text size="sm">{t("workUi.endJobIntro")}</Text>
      <DateField required data-autofocus {...form.field("endDate", t("workUi.endDate"))} />
      <NativeSelect
        size="md"
        {...form.field("endReason", t("workUi.endReason"))}
        data={jobEndReasons.map((r) => ({ value: r, label: t(`work.endReasons.${r}`) }))}
      />
      <DateField
        required
        description={t("workUi.endLearnedOnHelp")}
        {...form.field("endLearnedOn", t("workUi.endLearnedOn"))}
      />
    </FormModal>
  );
}
