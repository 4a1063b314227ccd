import { contractTypes } from "@core/jobs/competitive";
import { helsinkiDate } from "@core/time/dates";
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { useSetStage } from "./queries.ts";
import type { JobLead, SetCandidateStage } from "./types.ts";

type Job = Extract<SetCandidateStage, { stage: "hired" }>["job"];
export type HireTarget = { clientId: string; name: string };

/** Records a hire: the job starts on the client's record with these terms. */
export function HireModal({
  organisationId,
  lead,
  target,
  onClose,
  onHired,
}: {
  organisationId: string;
  lead: JobLead;
  target: HireTarget | null;
  onClose: () => void;
  onHired: (target: HireTarget) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t("jobDevelopmentUi.hire.titleNamed", { name: target.name }) : ""}
      size="lg"
      fullScreen={Boolean(phone)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? (
        <HireForm
          organisationId={organisationId}
          lead={lead}
          target={target}
          onClose={onClose}
          onHired={onHired}
        />
      ) : null}
    </Modal>
  );
}

function HireForm({
  organisationId,
  lead,
  target,
  onClose,
  onHired,
}: {
  organisationId: string;
  lead: JobLead;
  target: HireTarget;
  onClose: () => void;
  onHired: (target: HireTarget) => void;
}) {
  const { t } = useTranslation();
  const stage = useSetStage(organisationId, lead.id);
  const [startDate, setStartDate] = useState(helsinkiDate());
  const [contractType, setContractType] = useState<Job["contractType"]>("open_ended");
  const [hours, setHours] = useState<number | string>(lead.hoursPerWeek ?? "");
  const [wage, setWage] = useState<number | string>("");
  const [wageSubsidy, setWageSubsidy] = useState(false);
  const err = (path: string) => fieldError(stage.error, `job.${path}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const job: Job = {
      startDate,
      contractType,
      hoursPerWeek: hours === "" ? null : Number(hours),
      hourlyWage: wage === "" ? null : Number(wage),
      wageSubsidy,
    };
    stage.mutate(
      { clientId: target.clientId, body: { stage: "hired", job } },
      {
        onSuccess: () => {
          onHired(target);
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t("jobDevelopmentUi.hire.intro", { title: lead.title, employer: lead.employerName })}</Text>
        <TextInput
          size="md"
          type="date"
          label={t("jobDevelopmentUi.hire.startDate")}
          required
          value={startDate}
          onChange={(e) => setStartDate(e.currentTarget.value)}
          error={err("startDate")}
          data-autofocus
        />
        <NativeSelect
          size="md"
          label={t("jobDevelopmentUi.hire.contractType")}
          value={contractType}
          onChange={(e) => setContractType(e.currentTarget.value as Job["contractType"])}
          data={contractTypes.map((c) => ({ value: c, label: t(`work.contractTypes.${c}`) }))}
          error={err("contractType")}
        />
        <Group grow align="flex-start" gap="sm">
          <NumberInput
            size="md"
            label={t("jobDevelopmentUi.hire.hours")}
            min={0}
            max={60}
            value={hours}
            onChange={setHours}
            error={err("hoursPerWeek")}
            miw={0}
          />
          <NumberInput
            size="md"
            label={t("jobDevelopmentUi.hire.wage")}
            min={0}
            decimalSeparator=","
            value={wage}
            onChange={setWage}
            error={err("hourlyWage")}
            miw={0}
          />
        </Group>
        <Switch
          size="md"
          label={t("jobDevelopmentUi.hire.wageSubsidy")}
          checked={wageSubsidy}
          onChange={(e) => setWageSubsidy(e.currentTarget.checked)}
        />
        {otherFieldErrors(stage.error, [
          "job.startDate",
          "job.contractType",
          "job.hoursPerWeek",
          "job.hourlyWage",
        ]).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={stage.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={stage.isPending}>
            {t("jobDevelopmentUi.hire.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
