import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useActiveOrganisation } from "../app/useActiveOrganisation.ts";
import { ClientSearchForm } from "../clients/ClientSearchForm.tsx";
import { permissionsIn, useMe } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { MembershipsTable } from "./MembershipsTable.tsx";
import { MyCaseload } from "./MyCaseload.tsx";

// The to-do list loads after the page: its rows, snooze form and messages stay off the first
// page's JavaScript budget (scripts/bundle-size.mjs); the navigation's count does not need it.
const TodoList = lazy(() => import("../todo/TodoList.tsx").then((m) => ({ default: m.TodoList })));
// The week's appointments likewise: the room on the first page went to "Record" (issue 10).
const MyWeek = lazy(() => import("./MyWeek.tsx").then((m) => ({ default: m.MyWeek })));

/**
 * The start of a working day: for coaches and team leaders their caseload with reminders and a
 * client search; for clinicians referral and shared clients; for everyone their memberships.
 */
export function HomePage() {
  const me = useMe().data;
  if (!me) return null;
  return <Home me={me} />;
}

function Home({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisation = useActiveOrganisation(me);
  const can = organisation.id ? permissionsIn(me, organisation.id) : new Set<string>();
  const coaches = me.memberships.some(
    (m) => m.organisationId === organisation.id && (m.role === "coach" || m.role === "team_lead"),
  );
  const leads = me.memberships.some((m) => m.organisationId === organisation.id && m.role === "team_lead");
  // A team leader who is also a coach here keeps the block even while it is empty (a new caseload).
  const ownCaseload = me.memberships.some((m) => m.organisationId === organisation.id && m.role === "coach");
  const refers = !can.has("client.create") && can.has("client.refer");
  return (
    <Stack>
      <Title order={1}>{t("home.title", { name: me.user.name })}</Title>
      {coaches || refers ? null : <Text>{t("home.intro")}</Text>}
      {me.user.platformAdmin ? (
        <Text>
          {t("home.platformAdminIntro")}{" "}
          <Anchor component={Link} to="/platform/organisations">
            {t("nav.platformOrganisations")}
          </Anchor>
        </Text>
      ) : null}
      {coaches || refers ? <ClientSearchForm /> : null}
      {refers ? (
        <Stack gap="xs">
          <Text maw={720}>{t("home.clinicianIntro")}</Text>
          <Group>
            <Button component={Link} to="/clients/new">
              {t("clients.referTitle")}
            </Button>
            <Button component={Link} to="/clients" variant="default">
              {t("clients.sharedTitle")}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {coaches ? (
        <Suspense fallback={null}>
          <TodoList />
        </Suspense>
      ) : null}
      {coaches ? (
        <Suspense fallback={null}>
          <MyWeek />
        </Suspense>
      ) : null}
      {coaches ? <MyCaseload hideWhenEmpty={leads && !ownCaseload} /> : null}
      {leads ? (
        <Group gap="lg">
          <Anchor component={Link} to="/supervision">
            {t("nav.supervision")}
          </Anchor>
          <Anchor component={Link} to="/team-caseloads">
            {t("caseload.teamTitle")}
          </Anchor>
        </Group>
      ) : null}
      <MembershipsTable me={me} />
    </Stack>
  );
}
