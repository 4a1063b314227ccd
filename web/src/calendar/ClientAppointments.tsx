import { Badge, Group, List, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import { useClientAppointments } from "./useAppointmentChanges.ts";

/** The client's coming appointments; a consented viewer gets time, place, status and coach only. */
export function ClientAppointments({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const from = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  const list = useClientAppointments(clientId, from);
  const coming = (list.data ?? []).filter((a) => a.status !== "cancelled");
  if (coming.length === 0) return null;
  return (
    <section aria-labelledby="client-appointments-heading">
      <Title order={3} size="h4" id="client-appointments-heading" mb={4}>
        {t("calendarUi.comingTitle")}
      </Title>
      <List spacing={4}>
        {coming.map((a) => (
          <List.Item key={a.id}>
            <Group gap={6} wrap="wrap">
              <Text span fw={500}>
                {format.dateTime(a.startsAt)}–{format.time(a.endsAt)}
              </Text>
              <Text span>
                {a.purpose ? `${a.purpose} · ` : ""}
                {t(`activities.places.${a.place}`)}
                {a.ownerName ? ` · ${a.ownerName}` : ""}
              </Text>
              {a.status === "held" ? (
                <Badge size="sm" variant="light" color="green" tt="none">
                  {t("calendar.statuses.held")}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
