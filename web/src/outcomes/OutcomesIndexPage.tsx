import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { organisationsOf } from "../app/useActiveOrganisation.ts";
import { permissionsIn, useMe } from "../platform/session.ts";
import { QueryGate } from "../platform/ui.tsx";
import { useNetworks, useOutcomeScopes } from "./outcomes-api.ts";

type Item = { to: string; label: string; detail?: string };

/** Every outcome page the viewer may open, as the server lists them. */
export default function OutcomesIndexPage() {
  const { t } = useTranslation();
  const scopes = useOutcomeScopes();
  const networks = useNetworks();
  const me = useMe().data;
  const s = scopes.data;
  // Comparison groups: where the caller holds the permission the cohort routes ask for.
  const comparisonOrganisations = me
    ? organisationsOf(me).filter((o) => permissionsIn(me, o.id).has("comparison_cohort.manage"))
    : [];
  const org = (id: string) => `/outcomes/organisations/${id}`;
  const groups: { title: string; items: Item[] }[] = s
    ? [
        {
          title: t("dashboards.myCaseload"),
          items: s.coach.map((c) => ({
            to: `${org(c.organisationId)}/teams/${c.teamId}/coaches/${c.userId}`,
            label: t("dashboards.myCaseloadIn", { team: c.teamName }),
          })),
        },
        {
          title: t("dashboards.myTeams"),
          items: s.teams.map((x) => ({ to: `${org(x.organisationId)}/teams/${x.teamId}`, label: x.name })),
        },
        {
          title: t("dashboards.myOrganisations"),
          items: s.organisations.map((x) => ({ to: org(x.organisationId), label: x.name })),
        },
        {
          title: t("dashboards.myNetworks"),
          items: (networks.data ?? []).map((n) => ({
            to: `/outcomes/networks/${n.id}`,
            label: n.name,
            detail: `${t(`dashboards.networkKinds.${n.kind}`)} · ${t("dashboards.networkMembers", { count: n.memberCount })}`,
          })),
        },
        {
          title: t("comparisons.title"),
          items: comparisonOrganisations.map((o) => ({
            to: `${org(o.id)}/comparison`,
            label: t("comparisons.linkIn", {
              organisation: s.organisations.find((x) => x.organisationId === o.id)?.name ?? o.name ?? "",
            }),
          })),
        },
      ].filter((g) => g.items.length > 0)
    : [];
  return (
    <Stack>
      <Title order={1}>{t("dashboards.indexTitle")}</Title>
      <Text maw={720}>{t("dashboards.indexIntro")}</Text>
      <QueryGate isPending={scopes.isPending} error={scopes.error}>
        {groups.length === 0 ? <Text>{t("dashboards.noScopes")}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {groups.map((g) => (
            <Card key={g.title} withBorder component="section" aria-label={g.title}>
              <Title order={2} size="h4" mb="xs">
                {g.title}
              </Title>
              <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: "none" }}>
                {g.items.map((item) => (
                  <li key={item.to}>
                    <Anchor component={Link} to={item.to}>
                      {item.label}
                    </Anchor>
                    {item.detail ? (
                      <Text size="xs" c="dark.6">
                        {item.detail}
                      </Text>
                    ) : null}
                  </li>
                ))}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </QueryGate>
    </Stack>
  );
}
