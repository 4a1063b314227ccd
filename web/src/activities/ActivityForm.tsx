import { activityDefaults } from "@core/activities/type-defaults";
import {
  activityModes,
  activityPurposes,
  activityTypes,
  participantKinds,
  places,
} from "@core/contracts/activities";
import { helsinkiLocalToIso } from "@core/time/local-time";
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../calendar/types.ts";
import { minutesBetween, toLocalInput } from "../calendar/week.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { ChipField } from "./ChipField.tsx";
import type { Activity, RecordActivity } from "./types.ts";
import { type ActivityTarget, useSaveActivity } from "./useActivities.ts";

type Draft = {
  occurredAt: string;
  durationMinutes: number | string;
  type: RecordActivity["type"];
  mode: RecordActivity["mode"];
  place: RecordActivity["place"];
  participants: string[];
  purposes: string[];
  notes: string;
  shared: boolean;
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
      shared: d.sharedWithTreatmentTeam,
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
    shared: false,
  };
}

/**
 * The quick activity form: big touch targets and chips so a contact can be written down on a
 * phone straight after it happened.
 */
export function ActivityForm({
  target,
  initial,
  onSaved,
  onCancel,
}: {
  target: ActivityTarget;
  initial: Draft;
  onSaved: (activity: Activity) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const save = useSaveActivity(target);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: RecordActivity = {
      occurredAt: helsinkiLocalToIso(draft.occurredAt) ?? "",
      durationMinutes: Number(draft.durationMinutes) || 0,
      type: draft.type,
      mode: draft.mode,
      place: draft.place,
      participants: draft.participants as RecordActivity["participants"],
      purposes: draft.purposes as RecordActivity["purposes"],
      notes: draft.notes.trim() || null,
      sharedWithTreatmentTeam: draft.shared,
    };
    save.mutate(body, { onSuccess: onSaved });
  };

  const shown = [
    "occurredAt",
    "durationMinutes",
    "type",
    "mode",
    "place",
    "participants",
    "purposes",
    "notes",
  ];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <NativeSelect
          size="md"
          label={t("activitiesUi.type")}
          value={draft.type}
          onChange={(e) => {
            // The type brings its usual mode, place and length (a phone call: phone, remote, 15 min).
            const type = e.currentTarget.value as Draft["type"];
            setDraft((d) => ({ ...d, type, ...activityDefaults(type) }));
          }}
          data={activityTypes.map((v) => ({ value: v, label: t(`activities.types.${v}`) }))}
          error={fieldError(save.error, "type")}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            size="md"
            type="datetime-local"
            label={t("activitiesUi.when")}
            required
            value={draft.occurredAt}
            onChange={(e) => set("occurredAt", e.currentTarget.value)}
            error={fieldError(save.error, "occurredAt")}
          />
          <NumberInput
            size="md"
            label={t("activitiesUi.duration")}
            required
            min={1}
            max={1440}
            step={15}
            allowDecimal={false}
            value={draft.durationMinutes}
            onChange={(v) => set("durationMinutes", v)}
            error={fieldError(save.error, "durationMinutes")}
          />
        </SimpleGrid>
        <ChipField
          legend={t("activitiesUi.mode")}
          multiple={false}
          value={[draft.mode]}
          onChange={(v) => set("mode", (v[0] ?? "face_to_face") as Draft["mode"])}
          options={activityModes.map((v) => ({ value: v, label: t(`activities.modes.${v}`) }))}
          error={fieldError(save.error, "mode")}
        />
        <NativeSelect
          size="md"
          label={t("activitiesUi.place")}
          value={draft.place}
          onChange={(e) => set("place", e.currentTarget.value as Draft["place"])}
          data={places.map((v) => ({ value: v, label: t(`activities.places.${v}`) }))}
          error={fieldError(save.error, "place")}
        />
        <ChipField
          legend={t("activitiesUi.participants")}
          multiple
          value={draft.participants}
          onChange={(v) => set("participants", v)}
          options={participantKinds.map((v) => ({ value: v, label: t(`activities.participants.${v}`) }))}
          error={fieldError(save.error, "participants")}
        />
        <ChipField
          legend={t("activitiesUi.purposes")}
          multiple
          value={draft.purposes}
          onChange={(v) => set("purposes", v)}
          options={activityPurposes.map((v) => ({ value: v, label: t(`activities.purposes.${v}`) }))}
          error={fieldError(save.error, "purposes")}
        />
        <Textarea
          size="md"
          label={t("activitiesUi.notes")}
          autosize
          minRows={4}
          maxRows={14}
          value={draft.notes}
          onChange={(e) => set("notes", e.currentTarget.value)}
          error={fieldError(save.error, "notes")}
        />
        <Switch
          size="md"
          label={t("activitiesUi.share")}
          description={t("activitiesUi.shareHelp")}
          checked={draft.shared}
          onChange={(e) => set("shared", e.currentTarget.checked)}
        />
        {otherFieldErrors(save.error, shown).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={save.isPending}>
            {t("activitiesUi.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
