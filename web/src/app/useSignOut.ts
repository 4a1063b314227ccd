import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api } from "../platform/api.ts";
import { meKey } from "../platform/session.ts";
import { setSessionHint } from "../platform/session-hint.ts";

/** Ends the session, forgets every cached answer and shows the sign-in page. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    // A plain call to better-auth's endpoint: the signed-in pages do not load its client library.
    await api<unknown>("POST", "/api/auth/sign-out", {});
    setSessionHint(false);
    client.clear();
    client.setQueryData(meKey, null);
    navigate("/sign-in", { replace: true, state: { signedOut: true } });
  };
}
