import { activityDefaults } from "@core/activities/type-defaults";
import {
  activityModes,
  activityPurposes,
  activityTypes,
  editActivity,
  participantKinds,
  places,
  recordActivity,
  recordHeldAppointment,
} from "@core/contracts/activities";
import { helsinkiLocalToIso } from "@core/time/local-time";
import { NativeSelect, NumberInput, SimpleGrid, Switch, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../calendar/types.ts";
import { minutesBetween, toLocalInput } from "../calendar/week.ts";
import { ChipField } from "../platform/form/ChipField.tsx";
import { FormModal, NotesField, parseDecimal, textOrNull, useContractForm } from "../platform/form/index.ts";
import type { Activity, RecordActivity } from "./types.ts";
import { type ActivityTarget, useSaveActivity } from "./useActivities.ts";

type Participant = RecordActivity["participants"] extends (infer P)[] | undefined ? P : never;
type Purpose = RecordActivity["purposes"][number];

export type Draft = {
  occurredAt: string;
  durationMinutes: number | string;
  type: RecordActivity["type"];
  mode: RecordActivity["mode"];
  place: RecordActivity["place"];
  participants: Participant[];
  purposes: Purpose[];
  notes: string;
  sharedWithTreatmentTeam: boolean;
};

/** Sensible defaults for a contact just had: now, an hour, face to face, out in the community. */
export function draftFor(from: { activity?: Activity | null; appointment?: Appointment | null }): Draft {
  const { activity, appointment } = from;
  if (activity?.details) {
    const d = activity.details;
    return {
      occurredAt: toLocalInput(activity.occurredAt),
      durationMinutes: d.durationMinutes,
      type: activity.type,
      mode: activity.mode,
      place: d.place,
      participants: d.participants,
      purposes: activity.purposes,
      notes: activity.notes ?? "",
      sharedWithTreatmentTeam: d.sharedWithTreatmentTeam,
    };
  }
  return {
    occurredAt: toLocalInput(appointment?.startsAt ?? new Date()),
    durationMinutes: appointment ? minutesBetween(appointment.startsAt, appointment.endsAt) : 60,
    type: "client_meeting",
    mode: "face_to_face",
    place: appointment?.place ?? "community",
    participants: appointment && !appointment.client ? [] : ["client"],
    purposes: [],
    notes: "",
    sharedWithTreatmentTeam: false,
  };
}

const schemaOf = (target: ActivityTarget) =>
  target.kind === "new"
    ? recordActivity
    : target.kind === "appointment"
      ? recordHeldAppointment
      : editActivity;

const toBody = (v: Draft): RecordActivity => ({
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

/**
 * The quick activity form in its dialog: big touch targets and chips so a contact can be written
 * down on a phone straight after it happened; full screen on a phone.
 */
export function ActivityForm({
  target,
  title,
  initial,
  onSaved,
  onClose,
}: {
  target: ActivityTarget;
  title: string;
  initial: Draft;
  /** The saved activity, or null when it waits in the offline queue (ADR 0016). */
  onSaved: (activity: Activity | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveActivity(target);
  const form = useContractForm({
    schema: schemaOf(target),
    initial,
    toBody,
    serverError: save.error,
    onSubmit: (body) => save.mutate(body, { onSuccess: onSaved }),
  });
  const v = form.values;
  const chips = <K extends "mode" | "participants" | "purposes">(name: K, label: string) => {
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
      <NativeSelect
        size="md"
        {...form.field("type", t("activitiesUi.type"))}
        onChange={(e) => {
          // The type brings its usual mode, place and length (a phone call: phone, remote, 15 min).
          const type = e.currentTarget.value as Draft["type"];
          form.set({ type, ...activityDefaults(type) });
        }}
        data={activityTypes.map((a) => ({ value: a, label: t(`activities.types.${a}`) }))}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          size="md"
          type="datetime-local"
          required
          {...form.field("occurredAt", t("activitiesUi.when"))}
        />
        <NumberInput
          size="md"
          required
          min={1}
          max={1440}
          step={15}
          allowDecimal={false}
          {...form.field("durationMinutes", t("activitiesUi.duration"))}
        />
      </SimpleGrid>
      <ChipField
        {...chips("mode", t("activitiesUi.mode"))}
        multiple={false}
        value={[v.mode]}
        onChange={(m) => form.set({ mode: (m[0] ?? "face_to_face") as Draft["mode"] })}
        options={activityModes.map((m) => ({ value: m, label: t(`activities.modes.${m}`) }))}
      />
      <NativeSelect
        size="md"
        {...form.field("place", t("activitiesUi.place"))}
        data={places.map((p) => ({ value: p, label: t(`activities.places.${p}`) }))}
      />
      <ChipField
        {...chips("participants", t("activitiesUi.participants"))}
        multiple
        value={v.participants}
        onChange={(p) => form.set({ participants: p as Participant[] })}
        options={participantKinds.map((p) => ({ value: p, label: t(`activities.participants.${p}`) }))}
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
        minRows={4}
        {...form.field("notes", t("activitiesUi.notes"))}
      />
      <Switch
        size="md"
        label={t("activitiesUi.share")}
        description={t("activitiesUi.shareHelp")}
        checked={v.sharedWithTreatmentTeam}
        onChange={(e) => form.set({ sharedWithTreatmentTeam: e.currentTarget.checked })}
      />
    </FormModal>
  );
}
