import { places } from "@core/contracts/activities";
import { helsinkiLocalToIso } from "@core/time/local-time";
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { ClientPicker } from "./ClientPicker.tsx";
import type { Appointment } from "./types.ts";
import { useAppointmentMutations } from "./useAppointments.ts";
import { toLocalInput } from "./week.ts";

type Place = Appointment["place"];

/** What the form opens with: an appointment to move, or a start time for a new one. */
export type AppointmentFormTarget =
  | { kind: "new"; startsAt: string }
  | { kind: "move"; appointment: Appointment };

function shift(local: string, minutes: number): string {
  const iso = helsinkiLocalToIso(local);
  return iso ? toLocalInput(new Date(new Date(iso).getTime() + minutes * 60000)) : local;
}

/** Book a new appointment, or move one (change its time, place or purpose). */
export function AppointmentFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: AppointmentFormTarget | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.kind === "move" ? t("calendarUi.moveTitle") : t("calendarUi.newTitle")}
      size="lg"
      fullScreen={Boolean(phone)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? <AppointmentForm target={target} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  );
}

function AppointmentForm({
  target,
  onClose,
  onSaved,
}: {
  target: AppointmentFormTarget;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { create, edit } = useAppointmentMutations();
  const existing = target.kind === "move" ? target.appointment : null;
  const initialStart = existing
    ? toLocalInput(existing.startsAt)
    : target.kind === "new"
      ? target.startsAt
      : "";
  const [client, setClient] = useState<{ id: string; name: string } | null>(null);
  const [startsAt, setStartsAt] = useState(initialStart);
  const [endsAt, setEndsAt] = useState(existing ? toLocalInput(existing.endsAt) : shift(initialStart, 60));
  const [place, setPlace] = useState<Place>(existing?.place ?? "community");
  const [location, setLocation] = useState(existing?.location ?? "");
  const [purpose, setPurpose] = useState(existing?.purpose ?? "");
  const mutation = existing ? edit : create;

  const changeStart = (value: string) => {
    // Keep the length of the meeting when the start moves.
    const oldStart = helsinkiLocalToIso(startsAt);
    const oldEnd = helsinkiLocalToIso(endsAt);
    const minutes = oldStart && oldEnd ? (Date.parse(oldEnd) - Date.parse(oldStart)) / 60000 : 60;
    setStartsAt(value);
    if (helsinkiLocalToIso(value)) setEndsAt(shift(value, minutes > 0 ? minutes : 60));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const times = { startsAt: helsinkiLocalToIso(startsAt) ?? "", endsAt: helsinkiLocalToIso(endsAt) ?? "" };
    const details = { place, location: location.trim() || null, purpose: purpose.trim() };
    const done = () => {
      onSaved(existing ? t("calendarUi.moved") : t("calendarUi.created"));
      onClose();
    };
    if (existing) edit.mutate({ id: existing.id, body: { ...times, ...details } }, { onSuccess: done });
    else create.mutate({ clientId: client?.id ?? null, ...times, ...details }, { onSuccess: done });
  };

  const shown = ["clientId", "startsAt", "endsAt", "place", "location", "purpose"];
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {existing ? null : (
          <ClientPicker value={client} onChange={setClient} error={fieldError(mutation.error, "clientId")} />
        )}
        <Group grow align="flex-start">
          <TextInput
            size="md"
            type="datetime-local"
            label={t("calendarUi.startsAt")}
            required
            value={startsAt}
            onChange={(e) => changeStart(e.currentTarget.value)}
            error={fieldError(mutation.error, "startsAt")}
            miw={0}
          />
          <TextInput
            size="md"
            type="datetime-local"
            label={t("calendarUi.endsAt")}
            required
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            error={fieldError(mutation.error, "endsAt")}
            miw={0}
          />
        </Group>
        <TextInput
          size="md"
          label={t("calendarUi.purpose")}
          required
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={fieldError(mutation.error, "purpose")}
        />
        <NativeSelect
          size="md"
          label={t("calendarUi.place")}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value as Place)}
          data={places.map((v) => ({ value: v, label: t(`activities.places.${v}`) }))}
          error={fieldError(mutation.error, "place")}
        />
        <TextInput
          size="md"
          label={t("calendarUi.location")}
          description={t("calendarUi.locationHelp")}
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          error={fieldError(mutation.error, "location")}
        />
        {otherFieldErrors(mutation.error, shown).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={mutation.isPending}>
            {existing ? t("calendarUi.saveMove") : t("calendarUi.book")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
