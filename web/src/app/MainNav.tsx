import { Badge, NavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { activityReviewNavItems } from "../activities/nav.ts";
import { calendarNavItems } from "../calendar/nav.ts";
import { clientNavItems } from "../clients/nav.ts";
import { jobDevelopmentNavItems } from "../job-development/nav.ts";
import { networkAdminNavItems } from "../networks/nav.ts";
import { useOutcomesNavItems } from "../outcomes/nav.ts";
import { permissionsIn } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { supervisionNavItems } from "../supervision/nav.ts";
import { useTodoDueCount } from "../todo/nav.ts";

type Item = { to: string; label: string; count?: number | null };

/** Links the user's permissions allow; nothing is shown that the server would refuse. */
export function MainNav({ me, organisationId }: { me: Me; organisationId: string | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = organisationId ? permissionsIn(me, organisationId) : new Set<string>();
  const base = `/organisations/${organisationId}`;
  const outcomes = useOutcomesNavItems(t);
  const dueTodos = useTodoDueCount(me);

  const admin: Item[] = [];
  if (organisationId) {
    if (can.has("organisation.manage"))
      admin.push({ to: `${base}/settings`, label: t("nav.organisationSettings") });
    if (can.has("team.manage")) admin.push({ to: `${base}/teams`, label: t("nav.teams") });
    if (can.has("user.read")) admin.push({ to: `${base}/users`, label: t("nav.users") });
    if (can.has("audit.read")) admin.push({ to: `${base}/audit`, label: t("nav.audit") });
  }
  if (me.user.platformAdmin)
    admin.push({ to: "/platform/organisations", label: t("nav.platformOrganisations") });
  admin.push(...networkAdminNavItems(me, organisationId, can, t));

  const link = (item: Item) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      // The count is read out in words with the link's name; the digit alone would be a bare number.
      aria-label={item.count ? `${item.label}, ${t("todo.navCount", { count: item.count })}` : undefined}
      rightSection={
        item.count ? (
          <Badge color="red.8" variant="filled" size="sm" aria-hidden="true">
            {item.count}
          </Badge>
        ) : undefined
      }
      active={pathname === item.to}
      aria-current={pathname === item.to ? "page" : undefined}
    />
  );

  return (
    <Stack gap={4}>
      {link({ to: "/", label: t("nav.home"), count: dueTodos })}
      {clientNavItems(me, organisationId, can, t).map(link)}
      {calendarNavItems(me, t).map(link)}
      {jobDevelopmentNavItems(me, organisationId, can, t).map(link)}
      {supervisionNavItems(me, organisationId, t).map(link)}
      {activityReviewNavItems(me, organisationId, t).map(link)}
      {outcomes.map(link)}
      {link({ to: "/profile", label: t("nav.profile") })}
      {admin.length > 0 ? (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" px="sm">
            {t("nav.administration")}
          </Text>
          {admin.map(link)}
        </>
      ) : null}
    </Stack>
  );
}
