import { Button, Group, Stack, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ActivityForm } from "../activities/ActivityForm.tsx";
import { ReasonModal } from "../activities/ReasonModal.tsx";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";
import { todoKeys } from "../todo/keys.ts";
import { AppointmentDialog } from "./AppointmentDialog.tsx";
import { AppointmentFormModal, type AppointmentFormTarget } from "./AppointmentFormModal.tsx";
import { appointmentEvent, instantOf, todoEvent, windowsOf } from "./calendar-events.ts";
import { heldDraft } from "./held-draft.ts";
import type { Appointment } from "./types.ts";
import { useAppointmentMutations } from "./useAppointmentChanges.ts";
import { useCalendarRange } from "./useCalendarRange.ts";
import WeekGrid from "./WeekGrid.tsx";
import { helsinkiDateOf } from "./week.ts";

const clientLabel = (a: Appointment) =>
  a.client ? `${a.client.initials}${a.client.name ? ` ${a.client.name}` : ""}` : "";

/**
 * The coach's calendar (issue 10): a week grid with their appointments and the to-do items due
 * on its days; a list on a phone. Drag to move or resize; the appointment's dialog keeps the
 * keyboard's way (the move form), marks it held from its start and cancels it.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const phone = useMediaQuery("(max-width: 600px)", false, { getInitialValueInEffect: false });
  const [params] = useSearchParams();
  const requested = params.get("week");
  const [initialDate] = useState(() =>
    requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : helsinkiDateOf(new Date()),
  );
  const [windows, setWindows] = useState<ReturnType<typeof windowsOf> | null>(null);
  const range = useCalendarRange(windows);
  const { edit, cancel } = useAppointmentMutations();
  const [open, setOpen] = useState<Appointment | null>(null);
  const [form, setForm] = useState<AppointmentFormTarget | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [cancelScope, setCancelScope] = useState<"occurrence" | "series">("occurrence");
  const [held, setHeld] = useState<Appointment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refused, setRefused] = useState<unknown>(null);

  const events = useMemo(
    () => [
      ...(range.appointments.data ?? []).map((a) => appointmentEvent(a, clientLabel)),
      ...(range.todos.data?.items ?? []).map((item) =>
        todoEvent(
          item,
          t("weekCalendar.todoEvent", {
            what: `${t(`todo.kinds.${item.kind}`)}${item.client ? `: ${item.client.name}` : ""}`,
          }),
        ),
      ),
    ],
    [range.appointments.data, range.todos.data, t],
  );
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("calendarUi.title")}</Title>
        <Button size="md" onClick={() => setForm({ kind: "new", startsAt: `${initialDate}T09:00` })}>
          {t("calendarUi.new")}
        </Button>
      </Group>
      <StatusMessage message={notice} />
      <ErrorAlert error={refused ?? range.appointments.error ?? range.todos.error} />
      <WeekGrid
        key={phone ? "phone" : "wide"}
        events={events}
        phone={phone}
        initialDate={initialDate}
        onRange={(start, end) => {
          const next = windowsOf(start, end);
          setWindows((w) =>
            w?.appointments.from === next.appointments.from && w.appointments.to === next.appointments.to
              ? w
              : next,
          );
        }}
        onChange={(appointment, start, end, revert) => {
          setNotice(null);
          setRefused(null);
          edit.mutate(
            { id: appointment.id, body: { startsAt: instantOf(start), endsAt: instantOf(end) } },
            {
              onSuccess: () => setNotice(t("calendarUi.moved")),
              // Refused (a clash, a held or cancelled appointment, bad times): it goes back.
              onError: (error) => {
                revert();
                setRefused(error);
              },
            },
          );
        }}
        onOpen={(event) => {
          if (event.extendedProps.appointment) setOpen(event.extendedProps.appointment);
          else if (event.url) navigate(event.url);
        }}
      />
      <AppointmentDialog
        appointment={open}
        now={new Date()}
        onClose={() => setOpen(null)}
        onMove={(a) => setForm({ kind: "move", appointment: a })}
        onCancel={(a, scope) => {
          cancel.reset();
          setCancelScope(scope);
          setCancelling(a);
        }}
        onHeld={setHeld}
      />
      <AppointmentFormModal target={form} onClose={() => setForm(null)} onSaved={done} />
      <ReasonModal
        opened={cancelling !== null}
        title={t(cancelScope === "series" ? "calendarUi.repeat.cancelSeriesTitle" : "calendarUi.cancelTitle")}
        intro={t(cancelScope === "series" ? "calendarUi.repeat.cancelSeriesIntro" : "calendarUi.cancelIntro")}
        confirmLabel={t("calendarUi.cancelAppointment")}
        saving={cancel.isPending}
        error={cancel.error}
        onClose={() => setCancelling(null)}
        onConfirm={(reason) =>
          cancelling &&
          cancel.mutate(
            { id: cancelling.id, reason, scope: cancelScope },
            {
              onSuccess: () => {
                setCancelling(null);
                done(t("calendarUi.cancelled"));
              },
            },
          )
        }
      />
      {held ? (
        <ActivityForm
          key={held.id}
          target={{ kind: "appointment", clientId: held.client?.id ?? null, appointmentId: held.id }}
          title={t("calendarUi.heldTitle")}
          initial={heldDraft(held)}
          onClose={() => setHeld(null)}
          onSaved={() => {
            // A contact recorded may clear a to-do shown on the grid (30 days without contact).
            void queries.invalidateQueries({ queryKey: todoKeys.all });
            setHeld(null);
            done(t("activitiesUi.saved"));
          }}
        />
      ) : null}
    </Stack>
  );
}
