import { closureReasons } from "@core/episodes/referral-and-closure";
import { helsinkiDate } from "@core/time/dates";
import { NativeSelect, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  AssignmentFields,
  emptyReferral,
  type ReferralDraft,
  ReferralFields,
  referralInputOf,
} from "../clients/ReferralFields.tsx";
import type { CloseEpisode, Episode, ReassignEpisode, ReferralInput } from "../clients/types.ts";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { ActionModal } from "./ActionModal.tsx";
import type { DialogProps } from "./DecisionDialogs.tsx";
import { useEpisodeAction } from "./useEpisodeAction.ts";

/** Changes the coach, IPS team or treatment team. */
export function AssignmentDialog({
  clientId,
  episode,
  organisationId,
  onClose,
  onDone,
}: Omit<DialogProps, "episodeId"> & { episode: Episode; organisationId: string }) {
  const { t } = useTranslation();
  const current = episode.assignment;
  const [value, setValue] = useState({
    ipsTeamId: current?.ipsTeamId ?? "",
    coachUserId: current?.coachUserId ?? "",
    treatmentTeamId: current?.treatmentTeamId ?? "",
  });
  const action = useEpisodeAction<ReassignEpisode>(clientId, episode.id, "assignment", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.assignment.title")}
      submitLabel={t("common.save")}
      saving={action.isPending}
      error={action.error}
      shownFields={["ipsTeamId", "coachUserId", "treatmentTeamId"]}
      onClose={onClose}
      onSubmit={() =>
        action.mutate({
          ipsTeamId: value.ipsTeamId,
          coachUserId: value.coachUserId || null,
          treatmentTeamId: value.treatmentTeamId || null,
        })
      }
    >
      <Text size="sm">{t("episodes.assignment.intro")}</Text>
      <AssignmentFields
        organisationId={organisationId}
        value={value}
        onChange={setValue}
        error={action.error}
        prefix=""
      />
    </ActionModal>
  );
}

/** Closes the episode with a coded reason ("lost contact" needs recorded outreach first). */
export function CloseDialog({ clientId, episodeId, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate());
  const [reason, setReason] = useState<string>("");
  const [note, setNote] = useState("");
  const action = useEpisodeAction<CloseEpisode>(clientId, episodeId, "closure", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.close.title")}
      submitLabel={t("episodes.close.submit")}
      saving={action.isPending}
      error={action.error}
      shownFields={["closureDate", "closureReason", "closureNote"]}
      onClose={onClose}
      danger
      onSubmit={() =>
        action.mutate({
          closureDate: date,
          closureReason: reason as (typeof closureReasons)[number],
          closureNote: note.trim() || null,
        })
      }
    >
      <Text size="sm">{t("episodes.close.intro")}</Text>
      <DateField
        label={t("episodes.fields.closureDate")}
        required
        value={date}
        onChange={(v) => setDate(v)}
        error={fieldError(action.error, "closureDate")}
      />
      <NativeSelect
        label={t("episodes.fields.closureReason")}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        data={[
          { value: "", label: t("episodes.chooseReason"), disabled: true },
          ...closureReasons.map((r) => ({ value: r, label: t(`episodes.closureReasons.${r}`) })),
        ]}
        error={fieldError(action.error, "closureReason")}
      />
      <Textarea
        label={t("episodes.fields.note")}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(action.error, "closureNote")}
      />
    </ActionModal>
  );
}

/** A returning client: a new episode linked to the last one. */
export function ReReferralDialog({
  clientId,
  organisationId,
  last,
  onClose,
  onDone,
}: Omit<DialogProps, "episodeId"> & { organisationId: string; last: Episode | null }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ReferralDraft>(() => ({
    ...emptyReferral(helsinkiDate()),
    source: "self",
    ipsTeamId: last?.assignment?.ipsTeamId ?? "",
    coachUserId: last?.assignment?.coachUserId ?? "",
    treatmentTeamId: last?.assignment?.treatmentTeamId ?? "",
  }));
  const action = useEpisodeAction<ReferralInput>(clientId, null, "re-referral", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.reReferral.title")}
      submitLabel={t("episodes.reReferral.submit")}
      saving={action.isPending}
      error={action.error}
      shownFields={Object.keys(value)}
      onClose={onClose}
      onSubmit={() => action.mutate(referralInputOf(value))}
    >
      <Text size="sm">{t("episodes.reReferral.intro")}</Text>
      <ReferralFields
        organisationId={organisationId}
        value={value}
        onChange={setValue}
        error={action.error}
        prefix=""
      />
    </ActionModal>
  );
}
