import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useActiveOrganisation } from "../app/useActiveOrganisation.ts";
import { useFormat } from "../platform/format.ts";
import { useMe } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { QueryGate } from "../platform/ui.tsx";
import { SupervisionLine } from "./SupervisionLine.tsx";
import { type SupervisionAgenda, useSupervisionAgenda } from "./supervision-api.ts";
import "./supervision.css";

type Coach = SupervisionAgenda["coaches"][number];

/** The IPS teams the user leads in the organisation, with their names. */
function ledTeams(me: Me, organisationId: string | null): { teamId: string; teamName: string }[] {
  return me.memberships
    .filter((m) => m.organisationId === organisationId && m.role === "team_lead" && m.teamId)
    .map((m) => ({ teamId: m.teamId as string, teamName: m.teamName ?? "" }));
}

/**
 * The team lead's agenda for the weekly group supervision, coach by coach; each line opens the
 * client, the coach's caseload or their week. Prints on A4 without the app's frame.
 */
export default function SupervisionPage() {
  const me = useMe().data;
  return me ? <Supervision me={me} /> : null;
}

function Supervision({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisation = useActiveOrganisation(me);
  const teams = ledTeams(me, organisation.id);
  const [params, setParams] = useSearchParams();
  const teamId = teams.find((x) => x.teamId === params.get("team"))?.teamId ?? teams[0]?.teamId ?? null;
  const agenda = useSupervisionAgenda(organisation.id ?? "", teamId);
  const format = useFormat();
  return (
    <Stack className="supervision-agenda">
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t("supervision.title")}</Title>
        {agenda.data ? (
          <Button className="no-print" variant="default" onClick={() => window.print()}>
            {t("supervision.print")}
          </Button>
        ) : null}
      </Group>
      <Text maw={760} className="no-print">
        {t("supervision.intro")}
      </Text>
      {teams.length === 0 ? <Text>{t("supervision.noTeams")}</Text> : null}
      {teams.length > 1 ? (
        <NativeSelect
          className="no-print"
          label={t("supervision.team")}
          value={teamId ?? ""}
          data={teams.map((x) => ({ value: x.teamId, label: x.teamName }))}
          onChange={(e) => setParams({ team: e.currentTarget.value })}
          maw={360}
        />
      ) : null}
      {teamId ? (
        <QueryGate isPending={agenda.isPending} error={agenda.error}>
          {agenda.data ? (
            <>
              <Title order={2}>
                {agenda.data.teamName} ·{" "}
                {t("supervision.week", {
                  monday: format.date(agenda.data.week.monday),
                  sunday: format.date(agenda.data.week.sunday),
                })}
              </Title>
              {agenda.data.coaches.map((coach) => (
                <CoachSection key={coach.coachUserId} coach={coach} />
              ))}
              {agenda.data.unassigned.length > 0 ? (
                <Paper
                  withBorder
                  p="md"
                  component="section"
                  className="supervision-coach"
                  aria-labelledby="supervision-unassigned"
                >
                  <Title order={3} id="supervision-unassigned">
                    {t("supervision.unassigned")}
                  </Title>
                  <ClientLines clients={agenda.data.unassigned} />
                </Paper>
              ) : null}
            </>
          ) : null}
        </QueryGate>
      ) : null}
    </Stack>
  );
}

function CoachSection({ coach }: { coach: Coach }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `supervision-coach-${coach.coachUserId}`;
  const contacts = coach.employerContacts;
  return (
    <Paper withBorder p="md" component="section" className="supervision-coach" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={3} id={headingId}>
            {coach.coachName}
          </Title>
          <Group gap="md" className="no-print">
            <Anchor component={Link} to={`/team-caseloads#coach-${coach.coachUserId}`}>
              {t("supervision.openCaseload")}
            </Anchor>
            <Anchor component={Link} to={`/job-development#week-${coach.coachUserId}`}>
              {t("supervision.openWeek")}
            </Anchor>
          </Group>
        </Group>
        <Text>
          {coach.caseloadLimit === null || coach.fte === null
            ? t("supervision.caseloadNoFte", { active: coach.activeCount })
            : t("supervision.caseload", {
                active: coach.activeCount,
                limit: format.number(coach.caseloadLimit),
                fte: format.number(coach.fte),
              })}{" "}
          {coach.caseloadOver ? (
            <Text span fw={700} c="red.9">
              {t("supervision.caseloadOver")}
            </Text>
          ) : null}
        </Text>
        <Text>
          {t("supervision.contacts", { count: contacts.count, target: format.number(contacts.target) })}{" "}
          {contacts.met ? null : (
            <Text span fw={700} c="red.9">
              {t("supervision.contactsBelow")}
            </Text>
          )}
        </Text>
        <ClientLines clients={coach.clients} />
      </Stack>
    </Paper>
  );
}

function ClientLines({ clients }: { clients: Coach["clients"] }) {
  const { t } = useTranslation();
  if (clients.length === 0) return <Text size="sm">{t("supervision.nothing")}</Text>;
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }}>
      {clients.map((c) => (
        <li key={c.clientId} className="supervision-line">
          <Anchor component={Link} to={`/clients/${c.clientId}`} fw={600}>
            {c.name}
          </Anchor>
          {c.items.map((item) => (
            <Text key={item.kind} size="sm">
              <SupervisionLine item={item} />
            </Text>
          ))}
        </li>
      ))}
    </Stack>
  );
}
