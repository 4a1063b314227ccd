import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ClientAppointments } from "../calendar/ClientAppointments.tsx";
import { QueryGate, StatusMessage } from "../platform/ui.tsx";
import { ActivityFormModal } from "./ActivityFormModal.tsx";
import { ActivityItem } from "./ActivityItem.tsx";
import { ReasonModal } from "./ReasonModal.tsx";
import { RevisionsModal } from "./RevisionsModal.tsx";
import type { Activity } from "./types.ts";
import { useActivities, useRetractActivity } from "./useActivities.ts";

const pageSize = 50;

/**
 * The client's contacts, newest first. The IPS team documents, edits and retracts here; a
 * shared-access viewer gets only the notes marked shared (the server decides what comes).
 */
export default function ContactsTab({ client }: { client: { id: string; access: "full" | "shared" } }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(pageSize);
  const list = useActivities(client.id, limit);
  const retract = useRetractActivity(client.id);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [retracting, setRetracting] = useState<Activity | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("activitiesUi.contactsTitle")}</Title>
        {client.access === "full" ? (
          <Button size="md" onClick={() => setCreating(true)}>
            {t("activitiesUi.document")}
          </Button>
        ) : null}
      </Group>
      {client.access === "shared" ? <Text size="sm">{t("activitiesUi.sharedViewIntro")}</Text> : null}
      <ClientAppointments clientId={client.id} />
      <StatusMessage message={notice} />
      <QueryGate isPending={list.isPending} error={list.error}>
        {list.data?.items.length === 0 ? <Text>{t("activitiesUi.empty")}</Text> : null}
        <Stack gap="sm">
          {list.data?.items.map((a) => (
            <ActivityItem
              key={a.id}
              activity={a}
              onEdit={() => setEditing(a)}
              onRetract={() => {
                retract.reset();
                setRetracting(a);
              }}
              onHistory={() => setHistory(a.id)}
            />
          ))}
        </Stack>
        {list.data?.nextOffset !== null && list.data?.nextOffset !== undefined ? (
          <Button variant="default" w="fit-content" onClick={() => setLimit((n) => n + pageSize)}>
            {t("activitiesUi.showMore", { shown: list.data.items.length, total: list.data.total })}
          </Button>
        ) : null}
      </QueryGate>
      <ActivityFormModal
        target={creating ? { kind: "new", clientId: client.id } : null}
        title={t("activitiesUi.document")}
        onClose={() => setCreating(false)}
        onSaved={(saved) => setNotice(t(saved ? "activitiesUi.saved" : "offline.queued"))}
      />
      <ActivityFormModal
        target={editing ? { kind: "edit", clientId: client.id, activityId: editing.id } : null}
        title={t("activitiesUi.editTitle")}
        activity={editing}
        onClose={() => setEditing(null)}
        onSaved={() => setNotice(t("common.saved"))}
      />
      <ReasonModal
        opened={retracting !== null}
        title={t("activitiesUi.retractTitle")}
        intro={t("activitiesUi.retractIntro")}
        confirmLabel={t("activitiesUi.retract")}
        saving={retract.isPending}
        error={retract.error}
        onClose={() => setRetracting(null)}
        onConfirm={(reason) =>
          retracting &&
          retract.mutate(
            { id: retracting.id, reason },
            {
              onSuccess: () => {
                setRetracting(null);
                setNotice(t("activitiesUi.retractedNotice"));
              },
            },
          )
        }
      />
      <RevisionsModal clientId={client.id} activityId={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}
