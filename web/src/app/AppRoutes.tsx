import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { SignInPage } from "../auth/SignInPage.tsx";
import { HomePage } from "../home/HomePage.tsx";
import { useMe } from "../platform/session.ts";
import { PageLoader } from "../platform/ui.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";
import { SessionError } from "./SessionError.tsx";
import { TwoFactorRequiredPage } from "./TwoFactorRequiredPage.tsx";

// Admin and profile pages are lazy: most sessions never open them.
const ProfilePage = lazy(() => import("../me/ProfilePage.tsx"));
const OrganisationSettingsPage = lazy(() => import("../organisations/OrganisationSettingsPage.tsx"));
const OrganisationsPage = lazy(() => import("../organisations/OrganisationsPage.tsx"));
const TeamsPage = lazy(() => import("../teams/TeamsPage.tsx"));
const UsersPage = lazy(() => import("../staff/UsersPage.tsx"));
const AuditPage = lazy(() => import("../audit/AuditPage.tsx"));

/** Signed-in routes; the sign-in page is the only one open to everyone. */
function RequireSession() {
  const me = useMe();
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
          <Route path="platform/organisations" element={<OrganisationsPage />} />
          <Route path="organisations/:organisationId">
            <Route path="settings" element={<OrganisationSettingsPage />} />
            <Route path="teams" element={<TeamsPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
