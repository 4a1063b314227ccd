import { declineReasons } from "@core/episodes/referral-and-closure";
import { helsinkiDate } from "@core/time/dates";
import { NativeSelect, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EpisodeDecision, SetOnHold } from "../clients/types.ts";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { ActionModal } from "./ActionModal.tsx";
import { useEpisodeAction } from "./useEpisodeAction.ts";

export type DialogProps = { clientId: string; episodeId: string; onClose: () => void; onDone: () => void };

/** Accepts the referral. */
export function AcceptDialog({ clientId, episodeId, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate());
  const action = useEpisodeAction<EpisodeDecision>(clientId, episodeId, "decision", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.accept.title")}
      submitLabel={t("episodes.accept.submit")}
      saving={action.isPending}
      error={action.error}
      shownFields={["decisionDate"]}
      onClose={onClose}
      onSubmit={() => action.mutate({ decision: "accepted", decisionDate: date })}
    >
      <Text size="sm">{t("episodes.accept.intro")}</Text>
      <DateField
        label={t("episodes.fields.decisionDate")}
        required
        value={date}
        onChange={(v) => setDate(v)}
        error={fieldError(action.error, "decisionDate")}
      />
    </ActionModal>
  );
}

/** Declines the referral with a coded reason; wanting to work is the only criterion. */
export function DeclineDialog({ clientId, episodeId, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate());
  const [reason, setReason] = useState<string>("");
  const [note, setNote] = useState("");
  const action = useEpisodeAction<EpisodeDecision>(clientId, episodeId, "decision", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.decline.title")}
      submitLabel={t("episodes.decline.submit")}
      saving={action.isPending}
      error={action.error}
      shownFields={["decisionDate", "declineReason", "declineNote"]}
      onClose={onClose}
      danger
      onSubmit={() =>
        action.mutate({
          decision: "declined",
          decisionDate: date,
          declineReason: reason as (typeof declineReasons)[number],
          declineNote: note.trim() || null,
        })
      }
    >
      <Text size="sm" fw={600}>
        {t("episodes.decline.zeroExclusion")}
      </Text>
      <DateField
        label={t("episodes.fields.decisionDate")}
        required
        value={date}
        onChange={(v) => setDate(v)}
        error={fieldError(action.error, "decisionDate")}
      />
      <NativeSelect
        label={t("episodes.fields.declineReason")}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        data={[
          { value: "", label: t("episodes.chooseReason"), disabled: true },
          ...declineReasons.map((r) => ({ value: r, label: t(`episodes.declineReasons.${r}`) })),
        ]}
        error={fieldError(action.error, "declineReason")}
      />
      <Textarea
        label={t("episodes.fields.note")}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(action.error, "declineNote")}
      />
    </ActionModal>
  );
}

/** Records the cooperation agreement (yhteistyösopimus), which starts the service. */
export function AgreementDialog({ clientId, episodeId, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate());
  const action = useEpisodeAction<{ agreementDate: string }>(clientId, episodeId, "agreement", onDone);
  return (
    <ActionModal
      opened
      title={t("episodes.agreement.title")}
      submitLabel={t("episodes.agreement.submit")}
      saving={action.isPending}
      error={action.error}
      shownFields={["agreementDate"]}
      onClose={onClose}
      onSubmit={() => action.mutate({ agreementDate: date })}
    >
      <Text size="sm">{t("episodes.agreement.intro")}</Text>
      <DateField
        label={t("episodes.fields.agreementDate")}
        required
        value={date}
        onChange={(v) => setDate(v)}
        error={fieldError(action.error, "agreementDate")}
      />
    </ActionModal>
  );
}

/** Puts the episode on hold, or resumes it. */
export function HoldDialog({
  clientId,
  episodeId,
  onClose,
  onDone,
  resume,
}: DialogProps & { resume: boolean }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(helsinkiDate());
  const action = useEpisodeAction<SetOnHold>(clientId, episodeId, "hold", onDone);
  const key = resume ? "resume" : "hold";
  return (
    <ActionModal
      opened
      title={t(`episodes.${key}.title`)}
      submitLabel={t(`episodes.${key}.submit`)}
      saving={action.isPending}
      error={action.error}
      shownFields={["since"]}
      onClose={onClose}
      onSubmit={() => action.mutate({ onHold: !resume, since: date })}
    >
      <Text size="sm">{t(`episodes.${key}.intro`)}</Text>
      <DateField
        label={t("episodes.fields.since")}
        required
        value={date}
        onChange={(v) => setDate(v)}
        error={fieldError(action.error, "since")}
      />
    </ActionModal>
  );
}
