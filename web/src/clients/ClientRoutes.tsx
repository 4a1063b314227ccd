import { rolesSeeClients } from "@core/access/roles";
import { Outlet } from "react-router";
import { NotFoundPage } from "../app/NotFoundPage.tsx";
import { useMe } from "../platform/session.ts";

/**
 * The frame of every client-level page: a person none of whose roles sees any client (an
 * evaluator, a reviewer, an admin) gets the not-found page, as the API answers them 404, rather
 * than an empty list that suggests there is something to find.
 */
export function ClientRoutes() {
  const me = useMe().data;
  if (!me) return null;
  if (!rolesSeeClients(me.memberships.map((m) => m.role))) return <NotFoundPage />;
  return <Outlet />;
}
