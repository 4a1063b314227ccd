import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import type { Activity } from "./types.ts";

/** One contact in the list; a retracted one is struck through and shows why. */
export function ActivityItem({
  activity,
  onEdit,
  onRetract,
  onHistory,
}: {
  activity: Activity;
  onEdit: () => void;
  onRetract: () => void;
  onHistory: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = activity.details;
  const retracted = d?.retraction ?? null;
  const title = t(`activities.types.${activity.type}`);
  const struck = retracted ? { textDecoration: "line-through" } : undefined;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      aria-label={`${title}, ${format.dateTime(activity.occurredAt)}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={700} style={struck}>
              {title}
            </Text>
            <Text size="sm" c="dimmed">
              {format.dateTime(activity.occurredAt)}
              {d ? ` · ${t("activitiesUi.minutes", { count: d.durationMinutes })}` : ""}
              {` · ${t(`activities.modes.${activity.mode}`)}`}
              {d ? ` · ${t(`activities.places.${d.place}`)}` : ""}
            </Text>
          </div>
          <Group gap={4}>
            {retracted ? (
              <Badge color="red" variant="light">
                {t("activitiesUi.retracted")}
              </Badge>
            ) : null}
            {d?.sharedWithTreatmentTeam ? (
              <Badge color="teal" variant="light">
                {t("activitiesUi.sharedBadge")}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {d && d.participants.length > 0 ? (
          <Text size="sm" style={struck}>
            {t("activitiesUi.with")}:{" "}
            {d.participants.map((p) => t(`activities.participants.${p}`)).join(", ")}
          </Text>
        ) : null}
        <Group gap={4}>
          {activity.purposes.map((p) => (
            <Badge key={p} variant="outline" color="gray" tt="none" fw={500} style={struck}>
              {t(`activities.purposes.${p}`)}
            </Badge>
          ))}
        </Group>
        {activity.notes ? <Text style={{ whiteSpace: "pre-wrap", ...struck }}>{activity.notes}</Text> : null}
        {retracted ? (
          <Text size="sm" c="red.9">
            {t("activitiesUi.retractedBy", {
              name: retracted.byName ?? t("common.none"),
              date: format.dateTime(retracted.at),
              reason: retracted.reason ?? t("common.none"),
            })}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {activity.authorName ?? t("common.none")}
            {d && d.version > 1 ? (
              <>
                {" · "}
                <Anchor component="button" type="button" size="sm" onClick={onHistory}>
                  {t("activitiesUi.edited")}
                </Anchor>
              </>
            ) : null}
          </Text>
          {activity.canEdit && !retracted ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={onEdit}
                aria-label={t("activitiesUi.editNamed", { name: title })}
              >
                {t("common.edit")}
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                onClick={onRetract}
                aria-label={t("activitiesUi.retractNamed", { name: title })}
              >
                {t("activitiesUi.retract")}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
