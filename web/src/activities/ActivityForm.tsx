import { activityPurposes, type activityTypes, recordActivity } from "@core/contracts/activities";
import { helsinkiLocalToIso } from "@core/time/local-time";
import { NumberInput, Switch } from "@mantine/core";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ChipField } from "../platform/form/ChipField.tsx";
import {
  DateTimeField,
  FormModal,
  NotesField,
  parseDecimal,
  textOrNull,
  useContractForm,
} from "../platform/form/index.ts";
import { ClientPicker } from "./ClientPicker.tsx";
import { type Draft, schemaOf } from "./draft.ts";
import { MoreDetails } from "./MoreDetails.tsx";
import { choicesOnDevice, rememberOnDevice } from "./remembered-choices.ts";
import type { Activity, RecordActivity } from "./types.ts";
import { type ActivityTarget, useSaveActivity } from "./useActivities.ts";

export { type Draft, draftFor } from "./draft.ts";

type Purpose = RecordActivity["purposes"][number];
type Values = Draft & { clientId: string };

/** Where the form saves to: an ActivityTarget, or a new record for the client picked in the form. */
export type FormTarget = ActivityTarget | { kind: "pick"; known: { id: string; name: string } | null };

/** The common types first, so the usual phone call or meeting is one tap from the top. */
const typeOrder = [
  "phone_call",
  "client_meeting",
  "workplace_visit",
  "employer_contact",
  "outreach_attempt",
  "job_interview",
  "network_meeting",
  "treatment_team_meeting",
  "documentation",
  "other",
] as const satisfies readonly (typeof activityTypes)[number][];

const withClient = recordActivity.extend({ clientId: z.string().min(1) });

type Body = RecordActivity & { clientId?: string };

const toBody = (v: Values): Body => ({
  occurredAt: helsinkiLocalToIso(v.occurredAt) ?? "",
  durationMinutes:
    typeof v.durationMinutes === "number" ? v.durationMinutes : (parseDecimal(v.durationMinutes) ?? 0),
  type: v.type,
  mode: v.mode,
  place: v.place,
  participants: v.participants,
  purposes: v.purposes,
  notes: textOrNull(v.notes),
  sharedWithTreatmentTeam: v.sharedWithTreatmentTeam,
});
/** With the picked client, which the contract for picking requires ("" until one is tapped). */
const toBodyWithClient = (v: Values): Body => ({ ...toBody(v), clientId: v.clientId });

/**
 * The quick activity form in its dialog, full screen on a phone: the client (picked from the
 * caseload when the form was opened elsewhere than on a client's page), the type as one tap that
 * brings its mode, place, length and the coach's own last choices, when, purpose and notes. The
 * rarely changed mode, place and who took part wait behind "More details" (issue 10).
 */
export function ActivityForm({
  target,
  title,
  initial,
  onSaved,
  onClose,
}: {
  target: FormTarget;
  title: string;
  initial: Draft;
  /**
   * The saved activity, or null when it waits in the offline queue (ADR 0016); with the client it
   * was recorded for (null for an appointment without one).
   */
  onSaved: (activity: Activity | null, clientId: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const picking = target.kind === "pick";
  // The picked client is a form value, but the save comes first (the form shows its errors): the
  // picker's change sets this too, so the render after a pick saves to that client's record.
  // One mutation for every way in, so the offline queue hooks in at one place.
  const picked = useRef(picking ? (target.known?.id ?? "") : "");
  const save = useSaveActivity(picking ? { kind: "new", clientId: picked.current } : target);
  const form = useContractForm({
    schema: picking ? withClient : schemaOf(target),
    initial: { ...initial, clientId: picked.current } as Values,
    toBody: picking ? toBodyWithClient : toBody,
    serverError: save.error,
    onSubmit: ({ clientId: _, ...body }: Body) =>
      save.mutate(body, {
        onSuccess: (saved) => {
          if (target.kind !== "edit") rememberOnDevice(body.type, body);
          onSaved(saved, picking ? picked.current : target.clientId);
        },
      }),
  });
  const v = form.values;
  const client = form.field("clientId", t("activitiesUi.client"));
  const chips = <K extends "type" | "purposes">(name: K, label: string) => {
    const field = form.field(name, label);
    return { id: field.id, legend: label, error: field.error };
  };

  return (
    <FormModal
      title={title}
      form={form}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      submitLabel={t("activitiesUi.save")}
    >
      {picking ? (
        <ClientPicker
          {...client}
          onChange={(id) => {
            picked.current = typeof id === "string" ? id : id.currentTarget.value;
            client.onChange(id);
          }}
          known={target.known}
        />
      ) : null}
      <ChipField
        {...chips("type", t("activitiesUi.type"))}
        multiple={false}
        value={[v.type]}
        onChange={(next) => {
          // The type brings its usual mode, place and length, or what the coach chose last time.
          const type = (next[0] ?? v.type) as Draft["type"];
          form.set({ type, ...choicesOnDevice(type) });
        }}
        options={typeOrder.map((a) => ({ value: a, label: t(`activities.types.${a}`) }))}
        autoFocus={!picking || v.clientId !== ""}
      />
      <DateTimeField required {...form.field("occurredAt", t("activitiesUi.when"))} />
      <NumberInput
        size="md"
        required
        min={1}
        max={1440}
        step={15}
        allowDecimal={false}
        {...form.field("durationMinutes", t("activitiesUi.duration"))}
      />
      <ChipField
        {...chips("purposes", t("activitiesUi.purposes"))}
        multiple
        value={v.purposes}
        onChange={(p) => form.set({ purposes: p as Purpose[] })}
        options={activityPurposes.map((p) => ({ value: p, label: t(`activities.purposes.${p}`) }))}
      />
      <NotesField
        max={form.maxLength("notes")}
        minRows={3}
        {...form.field("notes", t("activitiesUi.notes"))}
      />
      <Switch
        size="md"
        label={t("activitiesUi.share")}
        description={t("activitiesUi.shareHelp")}
        checked={v.sharedWithTreatmentTeam}
        onChange={(e) => form.set({ sharedWithTreatmentTeam: e.currentTarget.checked })}
      />
      <MoreDetails form={form} startOpen={target.kind === "edit"} />
    </FormModal>
  );
}
