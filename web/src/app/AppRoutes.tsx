import { lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { ClientRoutes } from "../clients/ClientRoutes.tsx";
import { loadFeatureMessages } from "../platform/i18n.ts";
import { useMe } from "../platform/session.ts";
import { PageLoader } from "../platform/ui.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { SessionError } from "./SessionError.tsx";

/** The outcome and network pages bring the outcome area's feature catalogue (core/i18n/types.ts). */
const withOutcomeMessages = <T,>(load: () => Promise<T>): Promise<T> =>
  loadFeatureMessages("outcomes").then(load);

// The sign-in page and the signed-in frame with the home page are chunks of their own, so that
// neither first page downloads the other (docs/performance.md, ADR 0012).
const SignInPage = lazy(() => import("../auth/SignInPage.tsx").then((m) => ({ default: m.SignInPage })));
const loadAppLayout = () => import("./AppLayout.tsx").then((m) => ({ default: m.AppLayout }));
const loadHomePage = () => import("../home/HomePage.tsx").then((m) => ({ default: m.HomePage }));
const AppLayout = lazy(loadAppLayout);
const HomePage = lazy(loadHomePage);
// Shown only until a person enrols in two-factor where their organisation requires it.
const TwoFactorRequiredPage = lazy(() =>
  import("./TwoFactorRequiredPage.tsx").then((m) => ({ default: m.TwoFactorRequiredPage })),
);
// Admin and profile pages are lazy: most sessions never open them.
const ProfilePage = lazy(() => import("../profile/ProfilePage.tsx"));
const OrganisationSettingsPage = lazy(() => import("../organisations/OrganisationSettingsPage.tsx"));
const OrganisationsPage = lazy(() => import("../organisations/OrganisationsPage.tsx"));
const TeamsPage = lazy(() => import("../teams/TeamsPage.tsx"));
const UsersPage = lazy(() => import("../staff/UsersPage.tsx"));
const AuditPage = lazy(() => import("../audit/AuditPage.tsx"));
// The calendar and the job lead's page book appointments: they bring the repeat and interview words.
const withAppointmentMessages = <T,>(load: () => Promise<T>): Promise<T> =>
  loadFeatureMessages("appointments").then(load);
// The week calendar brings FullCalendar and its own messages too (ADR 0015).
const CalendarPage = lazy(() =>
  Promise.all([loadFeatureMessages("weekCalendar"), loadFeatureMessages("appointments")]).then(
    () => import("../calendar/CalendarPage.tsx"),
  ),
);
const ClientsPage = lazy(() => import("../clients/ClientsPage.tsx"));
const NewClientPage = lazy(() => import("../clients/NewClientPage.tsx"));
const ClientPage = lazy(() => import("../clients/ClientPage.tsx"));
const TeamCaseloadsPage = lazy(() => import("../caseload/TeamCaseloadsPage.tsx"));
const EmployersPage = lazy(() => import("../employers/EmployersPage.tsx"));
const NewEmployerPage = lazy(() => import("../employers/NewEmployerPage.tsx"));
const ImportEmployersPage = lazy(() => import("../employers/ImportEmployersPage.tsx"));
const EmployerPage = lazy(() => import("../employers/EmployerPage.tsx"));
// These two pages share the supervision feature catalogue, fetched with their code.
const withSupervisionMessages = <T,>(load: () => Promise<T>): Promise<T> =>
  loadFeatureMessages("supervision").then(load);
const SupervisionPage = lazy(() =>
  withSupervisionMessages(() => import("../supervision/SupervisionPage.tsx")),
);
const ActivityReviewPage = lazy(() =>
  withSupervisionMessages(() => import("../activities/ActivityReviewPage.tsx")),
);
const WeeklyPage = lazy(() => import("../job-development/WeeklyPage.tsx"));
const LogContactPage = lazy(() => import("../job-development/LogContactPage.tsx"));
const LeadsPage = lazy(() => import("../job-development/LeadsPage.tsx"));
const LeadPage = lazy(() => withAppointmentMessages(() => import("../job-development/LeadPage.tsx")));
// Outcome pages carry the charts (recharts): lazy, so they stay out of the first page's JS.
const OutcomesIndexPage = lazy(() => withOutcomeMessages(() => import("../outcomes/OutcomesIndexPage.tsx")));
const OrganisationOutcomesPage = lazy(() =>
  withOutcomeMessages(() => import("../outcomes/OrganisationOutcomesPage.tsx")),
);
const TeamOutcomesPage = lazy(() => withOutcomeMessages(() => import("../outcomes/TeamOutcomesPage.tsx")));
const CoachOutcomesPage = lazy(() => withOutcomeMessages(() => import("../outcomes/CoachOutcomesPage.tsx")));
const NetworkOutcomesPage = lazy(() =>
  withOutcomeMessages(() => import("../outcomes/NetworkOutcomesPage.tsx")),
);
const ComparisonPage = lazy(() =>
  withOutcomeMessages(() => import("../outcomes/comparisons/ComparisonPage.tsx")),
);
const OrganisationNetworksPage = lazy(() =>
  withOutcomeMessages(() => import("../networks/OrganisationNetworksPage.tsx")),
);
const PlatformNetworksPage = lazy(() =>
  withOutcomeMessages(() => import("../networks/PlatformNetworksPage.tsx")),
);

/** Signed-in routes; the sign-in page is the only one open to everyone. */
function RequireSession() {
  const me = useMe();
  const { pathname } = useLocation();
  // Fetch the frame (and the home page, when that is where we are) while /api/me is answered,
  // not one after the other; the browser keeps each module, so repeating this costs nothing.
  void loadAppLayout();
  if (pathname === "/") void loadHomePage();
  if (me.isPending) return <PageLoader />;
  if (me.error) return <SessionError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/sign-in" replace />;
  if (me.data.twoFactorRequired && !me.data.user.twoFactorEnabled) return <TwoFactorRequiredPage />;
  return <AppLayout me={me.data} />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route element={<ClientRoutes />}>
            <Route path="clients" element={<ClientsPage />} />
            <Route path="clients/new" element={<NewClientPage />} />
            <Route path="clients/:clientId" element={<ClientPage />} />
            <Route path="team-caseloads" element={<TeamCaseloadsPage />} />
          </Route>
          <Route path="job-development" element={<WeeklyPage />} />
          <Route path="supervision" element={<SupervisionPage />} />
          <Route path="activity-review" element={<ActivityReviewPage />} />
          <Route path="platform/organisations" element={<OrganisationsPage />} />
          <Route path="platform/networks" element={<PlatformNetworksPage />} />
          <Route path="outcomes" element={<OutcomesIndexPage />} />
          <Route path="outcomes/organisations/:organisationId" element={<OrganisationOutcomesPage />} />
          <Route path="outcomes/organisations/:organisationId/teams/:teamId" element={<TeamOutcomesPage />} />
          <Route
            path="outcomes/organisations/:organisationId/teams/:teamId/coaches/:userId"
            element={<CoachOutcomesPage />}
          />
          <Route path="outcomes/organisations/:organisationId/comparison" element={<ComparisonPage />} />
          <Route path="outcomes/networks/:networkId" element={<NetworkOutcomesPage />} />
          <Route path="organisations/:organisationId">
            <Route path="settings" element={<OrganisationSettingsPage />} />
            <Route path="reporting-networks" element={<OrganisationNetworksPage />} />
            <Route path="teams" element={<TeamsPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="employers" element={<EmployersPage />} />
            <Route path="employers/new" element={<NewEmployerPage />} />
            <Route path="employers/import" element={<ImportEmployersPage />} />
            <Route path="employers/:employerId" element={<EmployerPage />} />
            <Route path="employer-contacts/new" element={<LogContactPage />} />
            <Route path="job-leads" element={<LeadsPage />} />
            <Route path="job-leads/:leadId" element={<LeadPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
