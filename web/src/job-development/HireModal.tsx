import { setCandidateStage } from "@core/contracts/employers";
import { contractTypes } from "@core/jobs/competitive";
import { helsinkiDate } from "@core/time/dates";
import { Group, NativeSelect, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  DateField,
  decimalText,
  FormModal,
  HoursField,
  MoneyField,
  parseDecimal,
  useContractForm,
} from "../platform/form/index.ts";
import { useSetStage } from "./queries.ts";
import type { JobLead, SetCandidateStage } from "./types.ts";

type Job = Extract<SetCandidateStage, { stage: "hired" }>["job"];
export type HireTarget = { clientId: string; name: string };

type Props = {
  organisationId: string;
  lead: JobLead;
  target: HireTarget | null;
  onClose: () => void;
  onHired: (target: HireTarget) => void;
};

/** Records a hire: the job starts on the client's record with these terms. */
export function HireModal({ target, ...props }: Props) {
  return target ? <HireForm target={target} {...props} /> : null;
}

/** The job's fields sit under `job` in the body; the form's fields have their plain names. */
const fieldOf = {
  "job.startDate": "startDate",
  "job.contractType": "contractType",
  "job.hoursPerWeek": "hoursPerWeek",
  "job.hourlyWage": "hourlyWage",
} as const;

function HireForm({ organisationId, lead, target, onClose, onHired }: Props & { target: HireTarget }) {
  const { t } = useTranslation();
  const stage = useSetStage(organisationId, lead.id);
  const form = useContractForm({
    schema: setCandidateStage,
    initial: {
      startDate: helsinkiDate(),
      contractType: "open_ended" as Job["contractType"],
      hoursPerWeek: decimalText(lead.hoursPerWeek),
      hourlyWage: "",
      wageSubsidy: false,
    },
    toBody: (v): SetCandidateStage => ({
      stage: "hired",
      job: {
        startDate: v.startDate,
        contractType: v.contractType,
        hoursPerWeek: parseDecimal(v.hoursPerWeek),
        hourlyWage: parseDecimal(v.hourlyWage),
        wageSubsidy: v.wageSubsidy,
      },
    }),
    fieldOf,
    serverError: stage.error,
    onSubmit: (body) =>
      stage.mutate(
        { clientId: target.clientId, body },
        {
          onSuccess: () => {
            onHired(target);
            onClose();
          },
        },
      ),
  });
  return (
    <FormModal
      title={t("jobDevelopmentUi.hire.titleNamed", { name: target.name })}
      form={form}
      onClose={onClose}
      busy={stage.isPending}
      error={stage.error}
      submitLabel={t("jobDevelopmentUi.hire.save")}
    >
      <Text>{t("jobDevelopmentUi.hire.intro", { title: lead.title, employer: lead.employerName })}</Text>
      <DateField required data-autofocus {...form.field("startDate", t("jobDevelopmentUi.hire.startDate"))} />
      <NativeSelect
        size="md"
        {...form.field("contractType", t("jobDevelopmentUi.hire.contractType"))}
        data={contractTypes.map((c) => ({ value: c, label: t(`work.contractTypes.${c}`) }))}
      />
      <Group grow align="flex-start" gap="sm">
        <HoursField miw={0} {...form.field("hoursPerWeek", t("jobDevelopmentUi.hire.hours"))} />
        <MoneyField miw={0} {...form.field("hourlyWage", t("jobDevelopmentUi.hire.wage"))} />
      </Group>
      <Switch
        size="md"
        label={t("jobDevelopmentUi.hire.wageSubsidy")}
        checked={form.values.wageSubsidy}
        onChange={(e) => form.set({ wageSubsidy: e.currentTarget.checked })}
      />
    </FormModal>
  );
}
