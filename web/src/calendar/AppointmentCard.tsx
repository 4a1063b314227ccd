import { Anchor, Badge, Button, Menu, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Appointment } from "./types.ts";
import { helsinkiTimeOf } from "./week.ts";

/** One appointment in the week: time, client, place, purpose, and what the owner can do. */
export function AppointmentCard({
  appointment: a,
  onMove,
  onCancel,
  onHeld,
}: {
  appointment: Appointment;
  onMove: () => void;
  /** Cancel this meeting, or ("series") it and the later meetings of its series. */
  onCancel: (scope: "occurrence" | "series") => void;
  onHeld: () => void;
}) {
  const { t } = useTranslation();
  const time = `${helsinkiTimeOf(a.startsAt)}–${helsinkiTimeOf(a.endsAt)}`;
  const cancelled = a.status === "cancelled";
  const clientLabel = a.client ? `${a.client.initials}${a.client.name ? ` · ${a.client.name}` : ""}` : null;
  return (
    <Paper
      component="li"
      withBorder
      p={6}
      bg={cancelled ? "gray.1" : a.status === "held" ? "green.0" : "blue.0"}
      style={{
        listStyle: "none",
        borderLeft: `4px solid var(--mantine-color-${cancelled ? "gray-6" : "blue-8"})`,
      }}
      data-testid="appointment"
    >
      <Stack gap={2}>
        <Text fw={700} size="sm" td={cancelled ? "line-through" : undefined}>
          {time}
        </Text>
        {a.client && clientLabel ? (
          <Anchor component={Link} to={`/clients/${a.client.id}`} size="sm" fw={500}>
            {clientLabel}
          </Anchor>
        ) : null}
        {a.purpose ? (
          <Text
            size="sm"
            td={cancelled ? "line-through" : undefined}
            style={{ overflowWrap: "break-word", hyphens: "auto" }}
          >
            {a.purpose}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" style={{ overflowWrap: "break-word", hyphens: "auto" }}>
          {t(`activities.places.${a.place}`)}
          {a.location ? ` · ${a.location}` : ""}
        </Text>
        {a.series ? (
          <Text size="xs" c="dimmed">
            {t("calendarUi.repeat.series")} · {t(`calendarUi.repeat.${a.series.frequency}`)}
          </Text>
        ) : null}
        {a.status !== "scheduled" ? (
          <Badge size="sm" variant="light" color={cancelled ? "gray" : "green"} tt="none">
            {t(`calendar.statuses.${a.status}`)}
          </Badge>
        ) : null}
        {cancelled && a.cancelReason ? (
          <Text size="xs" c="dimmed">
            {t("calendarUi.cancelReason", { reason: a.cancelReason })}
          </Text>
        ) : null}
        {a.canEdit ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                mt={4}
                w="fit-content"
                aria-label={t("calendarUi.actionsFor", { time, name: clientLabel ?? a.purpose ?? "" })}
              >
                {t("common.actions")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={onHeld}>{t("calendarUi.markHeld")}</Menu.Item>
              <Menu.Item onClick={onMove}>{t("calendarUi.move")}</Menu.Item>
              <Menu.Item color="red" onClick={() => onCancel("occurrence")}>
                {t("calendarUi.cancelAppointment")}
              </Menu.Item>
              {a.series ? (
                <Menu.Item color="red" onClick={() => onCancel("series")}>
                  {t("calendarUi.repeat.cancelSeries")}
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Stack>
    </Paper>
  );
}
