import { helsinkiDate } from "@core/time/dates";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Appointment } from "../calendar/types.ts";
import { useWeekAppointments } from "../calendar/useAppointments.ts";
import { helsinkiDateOf, mondayOf } from "../calendar/week.ts";
import { useFormat } from "../platform/format.ts";
import { QueryGate } from "../platform/ui.tsx";

/** Today's appointments, then the rest of this week's (Finnish time), read from the calendar. */
export function MyWeek() {
  const { t } = useTranslation();
  const today = helsinkiDate();
  const week = useWeekAppointments(mondayOf(today));
  const list = [...(week.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const todays = list.filter((a) => helsinkiDateOf(a.startsAt) === today);
  const later = list.filter((a) => helsinkiDateOf(a.startsAt) > today);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-week-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} id="my-week-heading">
            {t("home.appointmentsTitle")}
          </Title>
          <Anchor component={Link} to="/calendar">
            {t("home.openCalendar")}
          </Anchor>
        </Group>
        <QueryGate isPending={week.isPending} error={week.error}>
          <Title order={3} size="h4">
            {t("home.todayTitle")}
          </Title>
          <AppointmentLines items={todays} empty={t("home.noAppointmentsToday")} withDay={false} />
          <Title order={3} size="h4">
            {t("home.laterThisWeek")}
          </Title>
          <AppointmentLines items={later} empty={t("home.noAppointmentsWeek")} withDay />
        </QueryGate>
      </Stack>
    </Paper>
  );
}

function AppointmentLines({
  items,
  empty,
  withDay,
}: {
  items: Appointment[];
  empty: string;
  withDay: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
      {items.map((a) => (
        <li key={a.id}>
          <Text size="sm" td={a.status === "cancelled" ? "line-through" : undefined} span>
            {withDay ? `${format.date(a.startsAt)} ` : ""}
            {format.timeRange(a.startsAt, a.endsAt)}
          </Text>{" "}
          {a.client ? (
            <Anchor component={Link} to={`/clients/${a.client.id}`} size="sm">
              {a.client.name ?? a.client.initials}
            </Anchor>
          ) : null}{" "}
          <Text size="sm" span c="dimmed">
            · {t(`activities.places.${a.place}`)}
            {a.purpose ? ` · ${a.purpose}` : ""}
            {a.status === "scheduled" ? "" : ` · ${t(`calendar.statuses.${a.status}`)}`}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
