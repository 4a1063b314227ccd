import { addDays } from "@core/time/dates";
import { Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { intlLocales } from "../../../core/i18n/format-date-time.ts";
import { ActivityFormModal } from "../activities/ActivityFormModal.tsx";
import { ReasonModal } from "../activities/ReasonModal.tsx";
import { useFormat } from "../platform/format.ts";
import { QueryGate, StatusMessage } from "../platform/ui.tsx";
import { AppointmentCard } from "./AppointmentCard.tsx";
import { AppointmentFormModal, type AppointmentFormTarget } from "./AppointmentFormModal.tsx";
import type { Appointment } from "./types.ts";
import { useAppointmentMutations } from "./useAppointmentChanges.ts";
import { useWeekAppointments } from "./useAppointments.ts";
import { helsinkiDateOf, isoWeek, mondayOf, weekDays } from "./week.ts";

/** The coach's week, Monday to Sunday in Finnish time; a day-by-day list on a phone. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const phone = useMediaQuery("(max-width: 600px)");
  const [params, setParams] = useSearchParams();
  const today = helsinkiDateOf(new Date());
  const requested = params.get("week");
  const monday = mondayOf(requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today);
  const days = weekDays(monday);
  const week = useWeekAppointments(monday);
  const { cancel } = useAppointmentMutations();
  const [form, setForm] = useState<AppointmentFormTarget | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [cancelScope, setCancelScope] = useState<"occurrence" | "series">("occurrence");
  const [held, setHeld] = useState<Appointment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const goTo = (date: string) => setParams(date === mondayOf(today) ? {} : { week: date });
  const dayLabel = (date: string, style: "short" | "long") =>
    new Intl.DateTimeFormat(intlLocales[locale], {
      weekday: style,
      day: "numeric",
      month: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${date}T12:00:00Z`));
  const byDay = new Map<string, Appointment[]>(days.map((d) => [d, []]));
  for (const a of week.data ?? []) byDay.get(helsinkiDateOf(a.startsAt))?.push(a);
  const newStart = () => `${days.includes(today) ? today : monday}T09:00`;

  const dayColumn = (date: string) => {
    const items = byDay.get(date) ?? [];
    const headingId = `day-${date}`;
    const isToday = date === today;
    return (
      <Box
        key={date}
        component="section"
        aria-labelledby={headingId}
        p={6}
        style={{
          borderRadius: 4,
          border: "1px solid var(--mantine-color-gray-3)",
          background: isToday ? "var(--mantine-color-blue-0)" : undefined,
          minWidth: 0,
        }}
      >
        <Title order={2} size="h5" id={headingId} mb="xs">
          {dayLabel(date, phone ? "long" : "short")}
          {isToday ? <Text span size="xs" fw={500}>{` · ${t("calendarUi.today")}`}</Text> : null}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("calendarUi.noAppointments")}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0}>
            {items.map((a) => (
              <AppointmentCard
                key={a.id}
                appointment={a}
                onMove={() => setForm({ kind: "move", appointment: a })}
                onCancel={(scope) => {
                  cancel.reset();
                  setCancelScope(scope);
                  setCancelling(a);
                }}
                onHeld={() => setHeld(a)}
              />
            ))}
          </Stack>
        )}
      </Box>
    );
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("calendarUi.title")}</Title>
          <Text c="dimmed" aria-live="polite">
            {t("calendarUi.weekLabel", {
              week: isoWeek(monday),
              from: dayLabel(monday, "short"),
              to: dayLabel(addDays(monday, 6), "short"),
            })}
          </Text>
        </div>
        <Button size="md" onClick={() => setForm({ kind: "new", startsAt: newStart() })}>
          {t("calendarUi.new")}
        </Button>
      </Group>
      <Group gap="xs" role="group" aria-label={t("calendarUi.weekNav")}>
        <Button variant="default" onClick={() => goTo(addDays(monday, -7))}>
          {t("calendarUi.previousWeek")}
        </Button>
        <Button variant="default" onClick={() => goTo(mondayOf(today))} disabled={monday === mondayOf(today)}>
          {t("calendarUi.thisWeek")}
        </Button>
        <Button variant="default" onClick={() => goTo(addDays(monday, 7))}>
          {t("calendarUi.nextWeek")}
        </Button>
      </Group>
      <StatusMessage message={notice} />
      <QueryGate isPending={week.isPending} error={week.error}>
        {phone ? (
          <Stack gap="sm">{days.map(dayColumn)}</Stack>
        ) : (
          <Box style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))", gap: 6 }}>
            {days.map(dayColumn)}
          </Box>
        )}
      </QueryGate>
      <AppointmentFormModal target={form} onClose={() => setForm(null)} onSaved={setNotice} />
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
                setNotice(t("calendarUi.cancelled"));
              },
            },
          )
        }
      />
      <ActivityFormModal
        target={
          held ? { kind: "appointment", clientId: held.client?.id ?? null, appointmentId: held.id } : null
        }
        title={t("calendarUi.heldTitle")}
        appointment={held}
        onClose={() => setHeld(null)}
        onSaved={() => setNotice(t("activitiesUi.saved"))}
      />
    </Stack>
  );
}
