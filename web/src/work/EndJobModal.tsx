import { jobEndReasons } from "@core/jobs/competitive";
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import type { EndJob, FullJob } from "./types.ts";
import { useEndJob } from "./useWork.ts";

type Reason = EndJob["endReason"];

/** Records that a job ended: the date, the coded reason and when the coach learned of it. */
export function EndJobModal({
  clientId,
  job,
  today,
  onClose,
  onSaved,
}: {
  clientId: string;
  job: FullJob | null;
  today: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const end = useEndJob(clientId);
  const [endDate, setEndDate] = useState(today);
  const [endLearnedOn, setLearned] = useState(today);
  const [endReason, setReason] = useState<Reason>("fixed_term_ended");
  useEffect(() => {
    if (job) {
      end.reset();
      setEndDate(today);
      setLearned(today);
    }
  }, [job, today, end.reset]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!job) return;
    end.mutate(
      { id: job.id, body: { endDate, endReason, endLearnedOn } },
      {
        onSuccess: () => {
          onSaved(t("workUi.jobEnded"));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={job !== null}
      onClose={onClose}
      title={t("workUi.endJobTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("workUi.endJobIntro")}</Text>
          <TextInput
            type="date"
            size="md"
            label={t("workUi.endDate")}
            required
            data-autofocus
            value={endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            error={fieldError(end.error, "endDate")}
          />
          <NativeSelect
            size="md"
            label={t("workUi.endReason")}
            value={endReason}
            onChange={(e) => setReason(e.currentTarget.value as Reason)}
            data={jobEndReasons.map((v) => ({ value: v, label: t(`work.endReasons.${v}`) }))}
            error={fieldError(end.error, "endReason")}
          />
          <TextInput
            type="date"
            size="md"
            label={t("workUi.endLearnedOn")}
            description={t("workUi.endLearnedOnHelp")}
            required
            value={endLearnedOn}
            onChange={(e) => setLearned(e.currentTarget.value)}
            error={fieldError(end.error, "endLearnedOn")}
          />
          <ErrorAlert error={end.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={end.isPending}>
              {t("workUi.endJob")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
