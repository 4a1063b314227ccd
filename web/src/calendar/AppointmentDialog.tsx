import { Anchor, Badge, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { mayMarkHeld } from "../../../core/calendar/held.ts";
import { intlLocales } from "../../../core/i18n/format-date-time.ts";
import { useFormat } from "../platform/format.ts";
import type { Appointment } from "./types.ts";

/** One appointment opened from the grid: what it is, and what its owner can do with it. */
export function AppointmentDialog({
  appointment: a,
  now,
  onClose,
  onMove,
  onCancel,
  onHeld,
}: {
  appointment: Appointment | null;
  now: Date;
  onClose: () => void;
  onMove: (a: Appointment) => void;
  /** Cancel this meeting, or ("series") it and the later meetings of its series. */
  onCancel: (a: Appointment, scope: "occurrence" | "series") => void;
  onHeld: (a: Appointment) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  if (!a) return null;
  const clock = new Intl.DateTimeFormat(intlLocales[locale], {
    weekday: "short",
    day: "numeric",
    month: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/Helsinki",
  });
  const time = clock.formatRange(new Date(a.startsAt), new Date(a.endsAt));
  const started = mayMarkHeld(a.startsAt, now);
  const clientLabel = a.client ? `${a.client.initials}${a.client.name ? ` · ${a.client.name}` : ""}` : null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("weekCalendar.detailsTitle", { time })}
      closeButtonProps={{ "aria-label": t("weekCalendar.close") }}
    >
      <Stack gap="xs">
        {a.client && clientLabel ? (
          <Anchor component={Link} to={`/clients/${a.client.id}`} fw={500}>
            {clientLabel}
          </Anchor>
        ) : null}
        {a.purpose ? <Text style={{ overflowWrap: "anywhere" }}>{a.purpose}</Text> : null}
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t(`activities.places.${a.place}`)}
          {a.location ? ` · ${a.location}` : ""}
        </Text>
        {a.series ? (
          <Text size="sm" c="dimmed">
            {t("calendarUi.repeat.series")} · {t(`calendarUi.repeat.${a.series.frequency}`)}
          </Text>
        ) : null}
        <Badge
          variant="light"
          color={a.status === "cancelled" ? "gray" : a.status === "held" ? "green" : "blue"}
          tt="none"
        >
          {t(`calendar.statuses.${a.status}`)}
        </Badge>
        {a.status === "cancelled" && a.cancelReason ? (
          <Text size="sm">{t("calendarUi.cancelReason", { reason: a.cancelReason })}</Text>
        ) : null}
        {a.canEdit ? (
          <>
            <Group gap="xs" mt="sm">
              {/* A future appointment cannot be documented as held (the server refuses it too). */}
              {started ? <Button onClick={() => onHeld(a)}>{t("calendarUi.markHeld")}</Button> : null}
              <Button variant="default" onClick={() => onMove(a)}>
                {t("calendarUi.move")}
              </Button>
              <Button variant="default" color="red" onClick={() => onCancel(a, "occurrence")}>
                {t("calendarUi.cancelAppointment")}
              </Button>
              {a.series ? (
                <Button variant="default" color="red" onClick={() => onCancel(a, "series")}>
                  {t("calendarUi.repeat.cancelSeries")}
                </Button>
              ) : null}
            </Group>
            {started ? null : (
              <Text size="sm" c="dimmed">
                {t("weekCalendar.heldFromStart")}
              </Text>
            )}
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
