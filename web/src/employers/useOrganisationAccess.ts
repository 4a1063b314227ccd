import { useParams } from "react-router";
import { permissionsIn, useMe } from "../platform/session.ts";

/** The organisation in the URL and what the signed-in user may do with its employer register. */
export function useRegisterAccess() {
  const { organisationId = "" } = useParams();
  const me = useMe().data;
  const can = me && organisationId ? permissionsIn(me, organisationId) : new Set<string>();
  return { organisationId, canRead: can.has("employer.read"), canManage: can.has("employer.manage") };
}
