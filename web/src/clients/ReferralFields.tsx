import { referralSources, situationsAtStart } from "@core/episodes/referral-and-closure";
import { NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import type { ReferralInput } from "./types.ts";
import { useCoaches, useTeamOptions } from "./useTeamOptions.ts";

export type ReferralDraft = {
  referralDate: string;
  source: ReferralInput["source"];
  referrerName: string;
  situationAtStart: ReferralInput["situationAtStart"];
  ipsTeamId: string;
  coachUserId: string;
  treatmentTeamId: string;
};

export function emptyReferral(today: string): ReferralDraft {
  return {
    referralDate: today,
    source: "treatment_team",
    referrerName: "",
    situationAtStart: "unemployed",
    ipsTeamId: "",
    coachUserId: "",
    treatmentTeamId: "",
  };
}

/** The draft as the API wants it. */
export function referralInputOf(d: ReferralDraft): ReferralInput {
  return {
    referralDate: d.referralDate,
    source: d.source,
    referrerName: d.referrerName.trim() || null,
    situationAtStart: d.situationAtStart,
    ipsTeamId: d.ipsTeamId,
    coachUserId: d.coachUserId || null,
    treatmentTeamId: d.treatmentTeamId || null,
  };
}

/** IPS team, coach (members of that team) and treatment team: the episode's assignment. */
export function AssignmentFields({
  organisationId,
  value,
  onChange,
  error,
  prefix,
}: {
  organisationId: string | null;
  value: { ipsTeamId: string; coachUserId: string; treatmentTeamId: string };
  onChange: (next: { ipsTeamId: string; coachUserId: string; treatmentTeamId: string }) => void;
  error: unknown;
  prefix: string;
}) {
  const { t } = useTranslation();
  const teams = useTeamOptions(organisationId);
  const coaches = useCoaches(organisationId, value.ipsTeamId);
  const none = { value: "", label: t("clients.notRecorded") };
  return (
    <>
      <NativeSelect
        label={t("clients.fields.ipsTeam")}
        required
        value={value.ipsTeamId}
        onChange={(e) => onChange({ ...value, ipsTeamId: e.currentTarget.value, coachUserId: "" })}
        data={[
          { value: "", label: t("clients.chooseTeam"), disabled: true },
          ...teams.ipsTeams.map((team) => ({ value: team.id, label: team.name })),
        ]}
        error={fieldError(error, `${prefix}ipsTeamId`)}
      />
      <NativeSelect
        label={t("clients.fields.coach")}
        value={value.coachUserId}
        onChange={(e) => onChange({ ...value, coachUserId: e.currentTarget.value })}
        data={[
          { value: "", label: t("clients.noCoach") },
          ...(coaches.data ?? []).map((m) => ({ value: m.userId, label: m.name })),
        ]}
        error={fieldError(error, `${prefix}coachUserId`)}
      />
      <NativeSelect
        label={t("clients.fields.treatmentTeam")}
        value={value.treatmentTeamId}
        onChange={(e) => onChange({ ...value, treatmentTeamId: e.currentTarget.value })}
        data={[none, ...teams.treatmentTeams.map((team) => ({ value: team.id, label: team.name }))]}
        error={fieldError(error, `${prefix}treatmentTeamId`)}
      />
    </>
  );
}

/** Referral date, source, referrer, situation at start and the assignment. */
export function ReferralFields({
  organisationId,
  value,
  onChange,
  error,
  prefix,
}: {
  organisationId: string | null;
  value: ReferralDraft;
  onChange: (next: ReferralDraft) => void;
  error: unknown;
  prefix: string;
}) {
  const { t } = useTranslation();
  const err = (key: keyof ReferralDraft) => fieldError(error, `${prefix}${key}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <DateField
        label={t("episodes.fields.referralDate")}
        required
        value={value.referralDate}
        onChange={(referralDate) => onChange({ ...value, referralDate })}
        error={err("referralDate")}
      />
      <NativeSelect
        label={t("episodes.fields.source")}
        value={value.source}
        onChange={(e) => onChange({ ...value, source: e.currentTarget.value as ReferralDraft["source"] })}
        data={referralSources.map((s) => ({ value: s, label: t(`episodes.sources.${s}`) }))}
        error={err("source")}
      />
      <TextInput
        label={t("episodes.fields.referrerName")}
        autoComplete="off"
        value={value.referrerName}
        onChange={(e) => onChange({ ...value, referrerName: e.currentTarget.value })}
        error={err("referrerName")}
      />
      <SituationSelect
        value={value.situationAtStart}
        onChange={(situationAtStart) => onChange({ ...value, situationAtStart })}
        error={err("situationAtStart")}
      />
      <AssignmentFields
        organisationId={organisationId}
        value={value}
        onChange={(next) => onChange({ ...value, ...next })}
        error={error}
        prefix={prefix}
      />
    </SimpleGrid>
  );
}

export function SituationSelect({
  value,
  onChange,
  error,
}: {
  value: ReferralDraft["situationAtStart"];
  onChange: (value: ReferralDraft["situationAtStart"]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t("episodes.fields.situationAtStart")}
      description={t("episodes.fields.situationAtStartHelp")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as ReferralDraft["situationAtStart"])}
      data={situationsAtStart.map((s) => ({ value: s, label: t(`episodes.situations.${s}`) }))}
      error={error}
    />
  );
}
