import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { focusSoon, focusTarget } from "../platform/focus.ts";
import { useFormat } from "../platform/format.ts";
import { QueryGate, StatusMessage } from "../platform/ui.tsx";
import { ActivityFormModal } from "./ActivityFormModal.tsx";
import type { ActivityReview } from "./types.ts";
import { useActivityReview } from "./useActivities.ts";

type Line = ActivityReview["items"][number];

/**
 * Activities whose type and mode disagree (a phone call saved as face to face), from the coach's
 * caseload or the teams the lead leads. "Correct" opens the activity's own edit form; the server
 * keeps the earlier version, and the corrected activity leaves the list. Its button leaves with
 * it, so focus moves to the row that took its place (or the one before, or the heading).
 */
export default function ActivityReviewPage() {
  const { t } = useTranslation();
  const review = useActivityReview();
  const [editing, setEditing] = useState<Line | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The corrected line and where it stood, until the refreshed list no longer has it.
  const [corrected, setCorrected] = useState<{ id: string; index: number } | null>(null);
  const items = review.data?.items;
  useEffect(() => {
    if (!corrected || !items || items.some((l) => l.activity.id === corrected.id)) return;
    setCorrected(null);
    const next = items[corrected.index] ?? items[corrected.index - 1];
    focusSoon(() => (next ? rowTarget(next.activity.id) : heading.current));
  }, [corrected, items]);
  return (
    <Stack>
      <Title order={1} ref={heading} {...focusTarget}>
        {t("activityReview.title")}
      </Title>
      <Text maw={760}>{t("activityReview.intro")}</Text>
      <StatusMessage message={notice} />
      <QueryGate isPending={review.isPending} error={review.error}>
        {review.data?.items.length === 0 ? <Text>{t("activityReview.empty")}</Text> : null}
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {review.data?.items.map((line) => (
            <ReviewLine key={line.activity.id} line={line} onCorrect={() => setEditing(line)} />
          ))}
        </Stack>
      </QueryGate>
      <ActivityFormModal
        target={
          editing ? { kind: "edit", clientId: editing.clientId, activityId: editing.activity.id } : null
        }
        title={t("activityReview.correctTitle")}
        activity={editing?.activity ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setNotice(t("activityReview.corrected"));
          if (editing)
            setCorrected({
              id: editing.activity.id,
              index: items?.findIndex((l) => l.activity.id === editing.activity.id) ?? 0,
            });
        }}
      />
    </Stack>
  );
}

const rowId = (activityId: string) => `review-${activityId}`;

/** A line's "correct" button, or the line itself when the caller may not correct it. */
function rowTarget(activityId: string): HTMLElement | null {
  const row = document.getElementById(rowId(activityId));
  return row?.querySelector("button") ?? row;
}

function ReviewLine({ line, onCorrect }: { line: Line; onCorrect: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = line.activity;
  const type = t(`activities.types.${a.type}`);
  return (
    <Paper component="li" withBorder p="md" id={rowId(a.id)} {...focusTarget}>
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2}>
          <Text fw={700}>{t("activityReview.line", { type, mode: t(`activities.modes.${a.mode}`) })}</Text>
          <Text size="sm">
            {format.dateTime(a.occurredAt)}
            {a.details ? ` · ${t(`activities.places.${a.details.place}`)}` : ""}
            {a.authorName ? ` · ${a.authorName}` : ""}
          </Text>
          <Anchor component={Link} to={`/clients/${line.clientId}?tab=contacts`} size="sm">
            {line.clientName}
          </Anchor>
        </Stack>
        {a.canEdit ? (
          <Button
            onClick={onCorrect}
            aria-label={`${t("activityReview.correct")}: ${type}, ${line.clientName}, ${format.dateTime(a.occurredAt)}`}
          >
            {t("activityReview.correct")}
          </Button>
        ) : (
          <Text size="sm">{t("activityReview.notYours")}</Text>
        )}
      </Group>
    </Paper>
  );
}
