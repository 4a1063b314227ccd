import { places } from "@core/contracts/activities";
import { createAppointment, editAppointment } from "@core/contracts/calendar";
import { helsinkiLocalToIso } from "@core/time/local-time";
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChipField } from "../platform/form/ChipField.tsx";
import { FormModal, textOrNull, useContractForm } from "../platform/form/index.ts";
import { ClientPicker } from "./ClientPicker.tsx";
import { RepeatFields } from "./RepeatFields.tsx";
import { noRepeat, repeatBody, repeatFieldOf, repeatLabels } from "./repeat-values.ts";
import type { Appointment, CreateAppointment, EditAppointment } from "./types.ts";
import { useAppointmentMutations } from "./useAppointmentChanges.ts";
import { toLocalInput } from "./week.ts";

type Place = Appointment["place"];

/**
 * What the form opens with: an appointment to move, or a start time for a new one; a job lead's
 * interview comes with its candidate, the lead and a purpose naming the employer.
 */
export type AppointmentFormTarget =
  | {
      kind: "new";
      startsAt: string;
      client?: { id: string; name: string };
      jobLeadId?: string;
      purpose?: string;
      place?: Place;
    }
  | { kind: "move"; appointment: Appointment };

function shift(local: string, minutes: number): string {
  const iso = helsinkiLocalToIso(local);
  return iso ? toLocalInput(new Date(new Date(iso).getTime() + minutes * 60000)) : local;
}

type Props = {
  target: AppointmentFormTarget | null;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Book a new appointment, or move one (change its time, place or purpose). */
export function AppointmentFormModal({ target, ...props }: Props) {
  return target ? <AppointmentForm target={target} {...props} /> : null;
}

function AppointmentForm({ target, onClose, onSaved }: Props & { target: AppointmentFormTarget }) {
  const { t } = useTranslation();
  const { create, edit } = useAppointmentMutations();
  const existing = target.kind === "move" ? target.appointment : null;
  const initialStart = existing
    ? toLocalInput(existing.startsAt)
    : target.kind === "new"
      ? target.startsAt
      : "";
  const mutation = existing ? edit : create;
  const done = () => {
    onSaved(existing ? t("calendarUi.moved") : t("calendarUi.created"));
    onClose();
  };
  const fresh = target.kind === "new" ? target : null;
  const form = useContractForm({
    schema: existing ? editAppointment : createAppointment,
    initial: {
      client: (fresh?.client ?? null) as { id: string; name: string } | null,
      startsAt: initialStart,
      endsAt: existing ? toLocalInput(existing.endsAt) : shift(initialStart, 60),
      place: (existing?.place ?? fresh?.place ?? "community") as Place,
      location: existing?.location ?? "",
      purpose: existing?.purpose ?? fresh?.purpose ?? "",
      ...noRepeat,
      scope: "occurrence" as "occurrence" | "series",
    },
    toBody: (v): CreateAppointment | EditAppointment => ({
      ...(existing
        ? existing.series
          ? { scope: v.scope }
          : {}
        : { clientId: v.client?.id ?? null, repeat: repeatBody(v), jobLeadId: fresh?.jobLeadId ?? null }),
      startsAt: helsinkiLocalToIso(v.startsAt) ?? "",
      endsAt: helsinkiLocalToIso(v.endsAt) ?? "",
      place: v.place,
      location: textOrNull(v.location),
      purpose: v.purpose.trim(),
    }),
    fieldOf: { clientId: "client", jobLeadId: "client", ...repeatFieldOf },
    serverError: mutation.error,
    onSubmit: (body) =>
      existing
        ? edit.mutate({ id: existing.id, body }, { onSuccess: done })
        : create.mutate(body as CreateAppointment, { onSuccess: done }),
  });
  const startsAt = form.field("startsAt", t("calendarUi.startsAt"));
  const changeStart = (value: string) => {
    // Keep the length of the meeting when the start moves.
    const oldStart = helsinkiLocalToIso(form.values.startsAt);
    const oldEnd = helsinkiLocalToIso(form.values.endsAt);
    const minutes = oldStart && oldEnd ? (Date.parse(oldEnd) - Date.parse(oldStart)) / 60000 : 60;
    form.set(
      helsinkiLocalToIso(value)
        ? { startsAt: value, endsAt: shift(value, minutes > 0 ? minutes : 60) }
        : { startsAt: value },
    );
  };
  const client = form.field("client", t("calendarUi.client"));
  const scope = form.field("scope", t("calendarUi.repeat.scope"));

  return (
    <FormModal
      title={existing ? t("calendarUi.moveTitle") : t("calendarUi.newTitle")}
      form={form}
      onClose={onClose}
      busy={mutation.isPending}
      error={mutation.error}
      submitLabel={existing ? t("calendarUi.saveMove") : t("calendarUi.book")}
    >
      {existing?.series ? (
        <ChipField
          id={scope.id}
          legend={t("calendarUi.repeat.scope")}
          error={scope.error}
          multiple={false}
          value={[form.values.scope]}
          onChange={(picked) => form.set({ scope: picked[0] === "series" ? "series" : "occurrence" })}
          options={[
            { value: "occurrence", label: t("calendarUi.repeat.thisOne") },
            { value: "series", label: t("calendarUi.repeat.thisAndLater") },
          ]}
        />
      ) : null}
      {existing ? null : (
        <ClientPicker
          id={client.id}
          value={client.value}
          onChange={(picked) => form.set({ client: picked })}
          error={client.error}
        />
      )}
      {/* Date and time stay one datetime-local input here; the week grid rework of issue 10 replaces this form. */}
      <Group grow align="flex-start">
        <TextInput
          size="md"
          type="datetime-local"
          required
          miw={0}
          {...startsAt}
          onChange={(e) => changeStart(e.currentTarget.value)}
        />
        <TextInput
          size="md"
          type="datetime-local"
          required
          miw={0}
          {...form.field("endsAt", t("calendarUi.endsAt"))}
        />
      </Group>
      <TextInput size="md" required {...form.field("purpose", t("calendarUi.purpose"))} />
      <NativeSelect
        size="md"
        {...form.field("place", t("calendarUi.place"))}
        data={places.map((p) => ({ value: p, label: t(`activities.places.${p}`) }))}
      />
      <TextInput
        size="md"
        description={t("calendarUi.locationHelp")}
        {...form.field("location", t("calendarUi.location"))}
      />
      {existing ? null : (
        <RepeatFields
          values={form.values}
          fields={{
            repeats: form.field("repeats", t(repeatLabels.repeats)),
            ends: form.field("ends", t(repeatLabels.ends)),
            until: form.field("until", t(repeatLabels.until)),
            count: form.field("count", t(repeatLabels.count)),
          }}
          set={form.set}
        />
      )}
    </FormModal>
  );
}
