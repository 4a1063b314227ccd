import type { DatesSetArg, EventChangeArg, EventClickArg, LocaleInput } from "@fullcalendar/core";
import enGb from "@fullcalendar/core/locales/en-gb";
import fi from "@fullcalendar/core/locales/fi";
import sv from "@fullcalendar/core/locales/sv";
import dayGrid from "@fullcalendar/daygrid";
import interaction from "@fullcalendar/interaction";
import list from "@fullcalendar/list";
import FullCalendar from "@fullcalendar/react";
import timeGrid from "@fullcalendar/timegrid";
import { Button, Group, SegmentedControl, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { intlLocales } from "../../../core/i18n/format-date-time.ts";
import { useFormat } from "../platform/format.ts";
import { type CalendarEvent, hoursOf } from "./calendar-events.ts";
import type { Appointment } from "./types.ts";
import "./week-calendar.css";

export type GridView = "timeGridDay" | "workWeek" | "timeGridWeek" | "listWeek";

const locales: Record<string, LocaleInput> = { fi, sv, en: enGb };

type Props = {
  events: CalendarEvent[];
  phone: boolean;
  initialDate: string;
  onRange: (start: Date, end: Date) => void;
  /** A drag or resize ended: save it, and call `revert` when the save is refused. */
  onChange: (appointment: Appointment, start: Date, end: Date, revert: () => void) => void;
  onOpen: (event: CalendarEvent) => void;
};

/**
 * The coach's time grid (FullCalendar, ADR 0015): day, work week (Mon–Fri) and week, and a list
 * for a phone. Finnish weeks start on Monday; times in the app's language on a 24-hour clock.
 * The toolbar is the app's own (Mantine buttons with names in fi/sv/en); the grid shows Finnish
 * wall-clock time (calendar-events.ts), so it runs in UTC.
 */
export default function WeekGrid({ events, phone, initialDate, onRange, onChange, onOpen }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const ref = useRef<FullCalendar>(null);
  const [view, setView] = useState<GridView>(phone ? "listWeek" : "timeGridWeek");
  const [title, setTitle] = useState("");
  const api = () => ref.current?.getApi();
  const time = { hour: "numeric", minute: "2-digit", hourCycle: "h23" } as const;
  const clock = (date: Date) =>
    new Intl.DateTimeFormat(intlLocales[locale], { ...time, timeZone: "UTC" }).format(date);

  const change = (arg: EventChangeArg) => {
    const { event } = arg;
    // The appointment behind the event, not the event's id (an occurrence may have its own).
    const { appointment } = event.extendedProps as CalendarEvent["extendedProps"];
    if (!appointment || !event.start || !event.end) return arg.revert();
    onChange(appointment, event.start, event.end, arg.revert);
  };
  const choose = (next: GridView) => {
    setView(next);
    api()?.changeView(next);
  };
  const views: GridView[] = phone
    ? ["timeGridDay", "listWeek"]
    : ["timeGridDay", "workWeek", "timeGridWeek", "listWeek"];
  const viewName: Record<GridView, string> = {
    timeGridDay: t("weekCalendar.views.day"),
    workWeek: t("weekCalendar.views.workWeek"),
    timeGridWeek: t("weekCalendar.views.week"),
    listWeek: t("weekCalendar.views.list"),
  };

  return (
    <>
      <Group justify="space-between" align="center" gap="xs">
        <Group gap="xs" role="group" aria-label={t("calendarUi.weekNav")}>
          <Button variant="default" onClick={() => api()?.prev()}>
            {t("weekCalendar.previous")}
          </Button>
          <Button variant="default" onClick={() => api()?.today()}>
            {t("weekCalendar.todayButton")}
          </Button>
          <Button variant="default" onClick={() => api()?.next()}>
            {t("weekCalendar.next")}
          </Button>
        </Group>
        <SegmentedControl
          aria-label={t("weekCalendar.views.label")}
          value={view}
          onChange={(v) => choose(v as GridView)}
          data={views.map((v) => ({ value: v, label: viewName[v] }))}
        />
      </Group>
      <Title order={2} size="h4" aria-live="polite">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {t("weekCalendar.dragHelp")}
      </Text>
      <div className="polku-week-calendar">
        <FullCalendar
          ref={ref}
          plugins={[timeGrid, dayGrid, interaction, list]}
          initialView={view}
          initialDate={initialDate}
          views={{ workWeek: { type: "timeGrid", duration: { weeks: 1 }, weekends: false } }}
          headerToolbar={false}
          timeZone="UTC"
          locale={locales[locale] ?? fi}
          firstDay={1}
          height="auto"
          {...hoursOf(events)}
          nowIndicator
          slotLabelFormat={(arg) => clock(arg.date.marker)}
          eventTimeFormat={(arg) => clock(arg.date.marker)}
          dayHeaderFormat={{ weekday: "short", day: "numeric", month: "numeric" }}
          allDayText={t("weekCalendar.allDay")}
          noEventsText={t("weekCalendar.noEvents")}
          moreLinkText={t("weekCalendar.more")}
          timeHint={t("weekCalendar.timeHint")}
          eventHint={t("weekCalendar.eventHint")}
          closeHint={t("weekCalendar.close")}
          events={events}
          eventInteractive
          eventDrop={change}
          eventResize={change}
          eventClick={(arg: EventClickArg) => {
            arg.jsEvent.preventDefault();
            const event = events.find((e) => e.id === arg.event.id);
            if (event) onOpen(event);
          }}
          datesSet={(arg: DatesSetArg) => {
            setTitle(arg.view.title);
            onRange(arg.start, arg.end);
          }}
        />
      </div>
    </>
  );
}
