import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhaseBadge } from "../clients/PhaseBadge.tsx";
import type { CaseloadEntry, TeamCaseloads } from "../clients/types.ts";
import { QueryGate } from "../platform/ui.tsx";
import { useScrollToHash } from "../platform/use-scroll-to-hash.ts";
import { CaseloadCount } from "./CaseloadCount.tsx";
import { FlagBadges, sortByAttention } from "./FlagBadges.tsx";
import { useTeamCaseloads } from "./queries.ts";

/** For team leaders: each coach's caseload side by side, and the clients with no coach yet. */
export default function TeamCaseloadsPage() {
  const { t } = useTranslation();
  const teams = useTeamCaseloads();
  useScrollToHash(teams.data !== undefined);
  return (
    <Stack>
      <Title order={1}>{t("caseload.teamTitle")}</Title>
      <Text maw={720}>{t("caseload.teamIntro")}</Text>
      <QueryGate isPending={teams.isPending} error={teams.error}>
        {teams.data?.length === 0 ? <Text>{t("caseload.noTeams")}</Text> : null}
        {teams.data?.map((team) => (
          <TeamSection key={team.teamId} team={team} />
        ))}
      </QueryGate>
    </Stack>
  );
}

function TeamSection({ team }: { team: TeamCaseloads }) {
  const { t } = useTranslation();
  const headingId = `team-${team.teamId}`;
  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {team.teamName}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }}>
        {team.caseloads.map((c) => (
          <Card key={c.coachUserId} withBorder component="section" aria-labelledby={`coach-${c.coachUserId}`}>
            <Stack gap="sm">
              <Title order={3} size="h4" id={`coach-${c.coachUserId}`}>
                {c.coachName}
              </Title>
              <CaseloadCount active={c.activeCount} fte={c.fte} />
              <ClientLines entries={c.clients} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby={`unassigned-${team.teamId}`}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={`unassigned-${team.teamId}`}>
            {t("caseload.unassigned", { count: team.unassigned.length })}
          </Title>
          <ClientLines entries={team.unassigned} />
        </Stack>
      </Card>
    </Stack>
  );
}

function ClientLines({ entries }: { entries: readonly CaseloadEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text size="sm">{t("caseload.empty")}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
      {sortByAttention(entries).map((c) => (
        <li key={c.clientId}>
          <Group gap="xs">
            <Anchor component={Link} to={`/clients/${c.clientId}`}>
              {c.name}
            </Anchor>
            <PhaseBadge phase={c.phase} />
          </Group>
          <FlagBadges flags={c.flags} />
        </li>
      ))}
    </Stack>
  );
}
