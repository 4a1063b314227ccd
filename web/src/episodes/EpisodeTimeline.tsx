import { Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PhaseBadge } from "../clients/PhaseBadge.tsx";
import type { ClientRecord, Episode } from "../clients/types.ts";
import { useFormat } from "../platform/format.ts";
import { StatusMessage } from "../platform/ui.tsx";
import { AssignmentDialog, CloseDialog, ReReferralDialog } from "./ChangeDialogs.tsx";
import { AcceptDialog, AgreementDialog, DeclineDialog, HoldDialog } from "./DecisionDialogs.tsx";

type Dialog = "accept" | "decline" | "agreement" | "hold" | "resume" | "assignment" | "close" | "reReferral";

/** Which actions the latest episode's recorded facts allow (the server checks them again). */
function actionsFor(episode: Episode): Dialog[] {
  if (episode.referralDecision === "declined" || episode.closureDate !== null) return ["reReferral"];
  if (episode.referralDecision === "pending") return ["accept", "decline", "assignment"];
  const actions: Dialog[] = [];
  if (episode.agreementDate === null) actions.push("agreement");
  actions.push(episode.onHold ? "resume" : "hold", "assignment", "close");
  return actions;
}

/** The client's IPS episodes, newest first, with the actions that fit the current phase. */
export function EpisodeTimeline({ client }: { client: ClientRecord }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const episodes = [...client.episodes].sort((a, b) => b.referralDate.localeCompare(a.referralDate));
  const latest = episodes[0] ?? null;
  const actions = client.canEdit && latest ? actionsFor(latest) : [];
  const open = (next: Dialog) => {
    setNotice(null);
    setDialog(next);
  };
  const close = () => setDialog(null);
  const done = () => {
    setNotice(t("episodes.saved"));
    setDialog(null);
  };
  const common = { clientId: client.id, onClose: close, onDone: done };
  return (
    <Stack>
      <Title order={2}>{t("episodes.title")}</Title>
      <StatusMessage message={notice} />
      {actions.length > 0 ? (
        <Group gap="xs" role="group" aria-label={t("episodes.actionsLabel")}>
          {actions.map((a) => (
            <Button
              key={a}
              variant={a === "accept" || a === "agreement" || a === "reReferral" ? "filled" : "default"}
              onClick={() => open(a)}
            >
              {t(`episodes.actions.${a}`)}
            </Button>
          ))}
        </Group>
      ) : null}
      {episodes.length === 0 ? <Text>{t("episodes.none")}</Text> : null}
      {episodes.map((episode, index) => (
        <EpisodeCard key={episode.id} episode={episode} number={episodes.length - index} />
      ))}
      {latest && dialog === "accept" ? <AcceptDialog {...common} episodeId={latest.id} /> : null}
      {latest && dialog === "decline" ? <DeclineDialog {...common} episodeId={latest.id} /> : null}
      {latest && dialog === "agreement" ? <AgreementDialog {...common} episodeId={latest.id} /> : null}
      {latest && (dialog === "hold" || dialog === "resume") ? (
        <HoldDialog {...common} episodeId={latest.id} resume={dialog === "resume"} />
      ) : null}
      {latest && dialog === "assignment" ? (
        <AssignmentDialog {...common} episode={latest} organisationId={client.organisationId} />
      ) : null}
      {latest && dialog === "close" ? <CloseDialog {...common} episodeId={latest.id} /> : null}
      {dialog === "reReferral" ? (
        <ReReferralDialog {...common} organisationId={client.organisationId} last={latest} />
      ) : null}
    </Stack>
  );
}

function EpisodeCard({ episode: e, number }: { episode: Episode; number: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const a = e.assignment;
  const events: { title: string; date: string | null; text?: string }[] = [
    {
      title: t("episodes.events.referred"),
      date: e.referralDate,
      text: [
        t(`episodes.sources.${e.source}`),
        e.referrerName,
        e.situationAtStart
          ? `${t("episodes.fields.situationAtStart")}: ${t(`episodes.situations.${e.situationAtStart}`)}`
          : null,
      ]
        .filter(Boolean)
        .join(" · "),
    },
  ];
  if (e.referralDecision === "accepted")
    events.push({ title: t("episodes.events.accepted"), date: e.decisionDate });
  if (e.referralDecision === "declined")
    events.push({
      title: t("episodes.events.declined"),
      date: e.decisionDate,
      text: e.declineReason ? t(`episodes.declineReasons.${e.declineReason}`) : undefined,
    });
  if (e.agreementDate) events.push({ title: t("episodes.events.agreement"), date: e.agreementDate });
  if (e.onHold) events.push({ title: t("episodes.events.onHold"), date: null });
  if (e.closureDate)
    events.push({
      title: t("episodes.events.closed"),
      date: e.closureDate,
      text: e.closureReason ? t(`episodes.closureReasons.${e.closureReason}`) : undefined,
    });
  const headingId = `episode-${e.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {t("episodes.episodeTitle", { number, date: format.date(e.referralDate) })}
          </Title>
          <PhaseBadge phase={e.phase} />
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs" m={0}>
          <Fact label={t("clients.fields.coach")} value={a?.coachName ?? t("clients.noCoach")} />
          <Fact label={t("clients.fields.ipsTeam")} value={a?.ipsTeamName ?? t("common.none")} />
          <Fact label={t("clients.fields.treatmentTeam")} value={a?.treatmentTeamName ?? t("common.none")} />
          {e.outreachAttempts === null ? null : (
            <Fact label={t("episodes.fields.outreachAttempts")} value={String(e.outreachAttempts)} />
          )}
        </SimpleGrid>
        <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
          {events.map((event) => (
            <Timeline.Item key={event.title} title={event.title}>
              <Text size="sm">
                {event.date ? format.date(event.date) : null}
                {event.date && event.text ? " · " : null}
                {event.text}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}
