import { ipsTeamRoles } from "@core/access/roles";
import { Anchor, AppShell, Burger, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useMatch, useNavigate } from "react-router";
import { RecordButton } from "../activities/RecordButton.tsx";
import { LanguageSwitcher } from "../platform/LanguageSwitcher.tsx";
import { OfflineQueueNotice } from "../platform/offline/OfflineQueueNotice.tsx";
import type { Me } from "../platform/types.ts";
import { PageLoader } from "../platform/ui.tsx";
import { MainNav } from "./MainNav.tsx";
import { UserMenu } from "./UserMenu.tsx";
import { useActiveOrganisation } from "./useActiveOrganisation.ts";

/** The signed-in frame: header with organisation and user menu, navigation fitted to the role. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const organisation = useActiveOrganisation(me);
  // Below Mantine's "sm" breakpoint the closed menu is only moved off-screen: make it inert so Tab
  // does not walk through links nobody can see (found by keyboard on a 375 px screen).
  const phone = useMediaQuery("(max-width: 47.99em)");
  const menuHidden = phone === true && !opened;
  // Coaches and team leads record their work from every page (issue 10); on a client's page
  // the form opens for that client, if the page shows their full record.
  const records = me.memberships.some(
    (m) => m.organisationId === organisation.id && ipsTeamRoles.includes(m.role),
  );
  const clientInView = useMatch("/clients/:clientId")?.params.clientId;

  // Close the phone menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation on purpose
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t("nav.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" fw={700} fz="lg" c="dark">
              {t("common.appName")}
            </Anchor>
            {organisation.name ? (
              // Wraps to two lines rather than cutting the name to "De…" on a phone; the menu
              // shows it whole below when even two lines are not enough.
              <Text c="dimmed" size="sm" lh={1.2} lineClamp={2} data-testid="organisation-name">
                {organisation.name}
              </Text>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {records ? (
              <RecordButton client={clientInView ? { inView: clientInView } : null} size="sm" />
            ) : null}
            <Group visibleFrom="sm">
              <LanguageSwitcher hideLabel />
            </Group>
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" id="main-navigation" aria-label={t("nav.main")} inert={menuHidden}>
        <Stack gap="md">
          {organisation.name && organisation.choices.length <= 1 ? (
            <Text hiddenFrom="sm" fw={500}>
              {organisation.name}
            </Text>
          ) : null}
          {organisation.choices.length > 1 && organisation.id ? (
            <NativeSelect
              label={t("nav.organisation")}
              value={organisation.id}
              onChange={(event) => navigate(`/organisations/${event.currentTarget.value}/settings`)}
              data={organisation.choices.map((o) => ({ value: o.id, label: o.name ?? o.id }))}
            />
          ) : null}
          <MainNav me={me} organisationId={organisation.id} />
          <Stack hiddenFrom="sm">
            <LanguageSwitcher />
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <OfflineQueueNotice />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
