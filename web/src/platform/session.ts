import type { Locale } from "@core/i18n/locales";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "./api.ts";
import { changeLocale, i18next, rememberLocale } from "./i18n.ts";
import { hasSessionHint, setSessionHint } from "./session-hint.ts";
import type { Me } from "./types.ts";

export const meKey = ["me"] as const;

/** The signed-in user, or null when signed out (401, or never signed in on this browser). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      if (!hasSessionHint()) return null;
      try {
        const me = await api<Me>("GET", "/api/me");
        if (me.user.locale !== i18next.language) {
          rememberLocale(me.user.locale);
          await changeLocale(me.user.locale);
        }
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setSessionHint(false);
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

/**
 * Switches the language now, remembers it on this device, and saves it for the signed-in user
 * so that it follows them to other devices.
 */
export function useChangeLocale() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      rememberLocale(locale);
      await changeLocale(locale);
      const me = client.getQueryData<Me | null>(meKey);
      if (me) {
        await api<unknown>("PATCH", "/api/me", { locale });
        await client.invalidateQueries({ queryKey: meKey });
      }
    },
  });
}

/** Permissions the user holds in one organisation (computed by the server's policy). */
export function permissionsIn(me: Me, organisationId: string): ReadonlySet<string> {
  return new Set(me.abilities.find((a) => a.organisationId === organisationId)?.permissions ?? []);
}
