import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useActiveOrganisation } from "../app/useActiveOrganisation.ts";
import { useFormat } from "../platform/format.ts";
import { useMe } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { QueryGate, TableScroll } from "../platform/ui.tsx";
import { useScrollToHash } from "../platform/use-scroll-to-hash.ts";
import { useWeeklyPicture } from "./queries.ts";
import type { WeekCounts, WeeklyPicture } from "./types.ts";
import { WeekChart } from "./WeekChart.tsx";

type CoachWeeks = WeeklyPicture["coaches"][number];

/**
 * The job development home: this week's employer contacts against the IPS target (6 face-to-face
 * contacts per full-time coach, fidelity V6) and the last 12 weeks; a team lead sees each coach.
 */
/** Long Finnish compounds must wrap on a 375 px phone instead of overflowing. */
const longWord = { overflowWrap: "anywhere" as const };

export default function WeeklyPage() {
  const me = useMe().data;
  if (!me) return null;
  return <Weekly me={me} />;
}

function Weekly({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisation = useActiveOrganisation(me);
  const picture = useWeeklyPicture(12);
  const base = `/organisations/${organisation.id}`;
  return (
    <Stack>
      <Title order={1} style={longWord} fz={{ base: 26, sm: 34 }}>
        {t("jobDevelopmentUi.title")}
      </Title>
      <Group gap="sm">
        <Button component={Link} to={`${base}/employer-contacts/new`} size="md">
          {t("jobDevelopmentUi.logContact")}
        </Button>
        <Button component={Link} to={`${base}/job-leads`} size="md" variant="default">
          {t("jobDevelopmentUi.leadsTitle")}
        </Button>
        <Button component={Link} to={`${base}/employers`} size="md" variant="default">
          {t("employersUi.title")}
        </Button>
      </Group>
      <QueryGate isPending={picture.isPending} error={picture.error}>
        {picture.data ? <Picture me={me} picture={picture.data} /> : null}
      </QueryGate>
    </Stack>
  );
}

function Picture({ me, picture }: { me: Me; picture: WeeklyPicture }) {
  const { t } = useTranslation();
  useScrollToHash(true);
  const mine = picture.coaches.find((c) => c.coachUserId === me.user.id) ?? null;
  const others = picture.coaches.filter((c) => c.coachUserId !== me.user.id);
  const teamTarget = picture.coaches.reduce((sum, c) => sum + c.target, 0);
  return (
    <Stack gap="xl">
      {mine ? (
        <Stack gap="sm" component="section" aria-labelledby="my-week">
          <Title order={2} id="my-week">
            {t("jobDevelopmentUi.myWeek")}
          </Title>
          <ThisWeek weeks={mine.weeks} target={mine.target} fte={mine.fte} />
          <Title order={3}>{t("jobDevelopmentUi.chart.title")}</Title>
          <WeekChart weeks={mine.weeks} target={mine.target} label={t("jobDevelopmentUi.chart.mine")} />
        </Stack>
      ) : null}
      {picture.team ? (
        <Stack gap="sm" component="section" aria-labelledby="team-week">
          <Title order={2} id="team-week">
            {t("jobDevelopmentUi.teamWeek")}
          </Title>
          <CoachTable coaches={picture.coaches} team={picture.team} teamTarget={teamTarget} />
          <Title order={3}>{t("jobDevelopmentUi.teamChart")}</Title>
          <WeekChart weeks={picture.team} target={teamTarget} label={t("jobDevelopmentUi.chart.team")} />
          {others.length > 0 ? (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {others.map((c) => (
                <Paper
                  key={c.coachUserId}
                  id={`week-${c.coachUserId}`}
                  withBorder
                  p="sm"
                  component="section"
                  aria-label={c.coachName}
                >
                  <Title order={3} size="h4">
                    {c.coachName}
                  </Title>
                  <WeekChart weeks={c.weeks} target={c.target} label={c.coachName} />
                </Paper>
              ))}
            </SimpleGrid>
          ) : null}
        </Stack>
      ) : null}
      {!mine && !picture.team ? <Text>{t("jobDevelopmentUi.noPicture")}</Text> : null}
    </Stack>
  );
}

function ThisWeek({ weeks, target, fte }: { weeks: WeekCounts[]; target: number; fte: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = weeks.at(-1);
  if (!now) return null;
  const met = now.faceToFaceContacts >= target;
  const stat = (label: string, value: string, note?: string) => (
    <Paper withBorder p="sm" key={label}>
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {note ? <Text size="sm">{note}</Text> : null}
    </Paper>
  );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t("jobDevelopmentUi.weekOf", { date: format.date(`${now.weekStart}T12:00:00Z`) })}
        {fte !== null
          ? ` · ${t("jobDevelopmentUi.fteTarget", { fte: format.number(fte), target: format.number(target) })}`
          : ""}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {stat(
          t("jobDevelopmentUi.counts.faceToFace"),
          t("jobDevelopmentUi.ofTarget", { count: now.faceToFaceContacts, target: format.number(target) }),
          met
            ? t("jobDevelopmentUi.targetMet")
            : t("jobDevelopmentUi.targetMissing", {
                count: Math.max(Math.ceil(target - now.faceToFaceContacts), 0),
              }),
        )}
        {stat(t("jobDevelopmentUi.counts.employers"), String(now.distinctEmployers))}
        {stat(t("jobDevelopmentUi.counts.presented"), String(now.jobSeekersPresented))}
        {stat(t("jobDevelopmentUi.counts.interviews"), String(now.interviews))}
        {stat(t("jobDevelopmentUi.counts.hires"), String(now.hires))}
      </SimpleGrid>
    </Stack>
  );
}

function CoachTable({
  coaches,
  team,
  teamTarget,
}: {
  coaches: CoachWeeks[];
  team: WeekCounts[];
  teamTarget: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = (
    name: string,
    fte: number | null,
    target: number,
    w: WeekCounts | undefined,
    total = false,
  ) => (
    <Table.Tr key={name} fw={total ? 700 : undefined}>
      <Table.Th scope="row" fw={total ? 700 : 400}>
        {name}
      </Table.Th>
      <Table.Td>{fte === null ? t("common.none") : format.number(fte)}</Table.Td>
      <Table.Td>
        {t("jobDevelopmentUi.ofTarget", { count: w?.faceToFaceContacts ?? 0, target: format.number(target) })}
      </Table.Td>
      <Table.Td>{w?.distinctEmployers ?? 0}</Table.Td>
      <Table.Td>{w?.jobSeekersPresented ?? 0}</Table.Td>
      <Table.Td>{w?.interviews ?? 0}</Table.Td>
      <Table.Td>{w?.hires ?? 0}</Table.Td>
    </Table.Tr>
  );
  return (
    <TableScroll label={t("jobDevelopmentUi.teamWeek")}>
      <Table striped>
        <Table.Caption>{t("jobDevelopmentUi.thisWeekByCoach")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("jobDevelopmentUi.coach")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.fte")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.counts.faceToFace")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.counts.employers")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.counts.presented")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.counts.interviews")}</Table.Th>
            <Table.Th scope="col">{t("jobDevelopmentUi.counts.hires")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {coaches.map((c) => row(c.coachName, c.fte, c.target, c.weeks.at(-1)))}
          {row(t("jobDevelopmentUi.teamTotal"), null, teamTarget, team.at(-1), true)}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
