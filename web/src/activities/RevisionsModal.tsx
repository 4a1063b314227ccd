import { Badge, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../platform/format.ts";
import { QueryGate } from "../platform/ui.tsx";
import { useActivityRevisions } from "./useActivities.ts";

/** Earlier versions of an edited activity, newest first, with who replaced each and when. */
export function RevisionsModal({
  clientId,
  activityId,
  onClose,
}: {
  clientId: string;
  activityId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const revisions = useActivityRevisions(clientId, activityId);
  return (
    <Modal
      opened={activityId !== null}
      onClose={onClose}
      title={t("activitiesUi.historyTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <QueryGate isPending={revisions.isPending} error={revisions.error}>
        <Stack>
          {revisions.data?.length === 0 ? <Text>{t("activitiesUi.noHistory")}</Text> : null}
          {revisions.data?.map((r) => (
            <Paper
              key={r.version}
              withBorder
              p="sm"
              component="section"
              aria-label={t("activitiesUi.version", { n: r.version })}
            >
              <Stack gap={4}>
                <Group justify="space-between">
                  <Text fw={700}>{t("activitiesUi.version", { n: r.version })}</Text>
                  <Text size="sm" c="dimmed">
                    {t("activitiesUi.replacedBy", {
                      name: r.replacedByName ?? t("common.none"),
                      date: format.dateTime(r.replacedAt),
                    })}
                  </Text>
                </Group>
                <Text size="sm">
                  {t(`activities.types.${r.content.type}`)} · {format.dateTime(r.content.occurredAt)} ·{" "}
                  {t("activitiesUi.minutes", { count: r.content.durationMinutes })} ·{" "}
                  {t(`activities.modes.${r.content.mode}`)} · {t(`activities.places.${r.content.place}`)}
                </Text>
                <Group gap={4}>
                  {r.content.purposes.map((p) => (
                    <Badge key={p} variant="outline" color="gray" tt="none" fw={500}>
                      {t(`activities.purposes.${p}`)}
                    </Badge>
                  ))}
                </Group>
                {r.content.notes ? <Text style={{ whiteSpace: "pre-wrap" }}>{r.content.notes}</Text> : null}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </QueryGate>
    </Modal>
  );
}
