import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useMatch } from "react-router";
import { api } from "../platform/api.ts";
import type { Me, Organisation } from "../platform/types.ts";

const storageKey = "polku.organisation";

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Organisations the user can act in, with names, in the order the server lists them. */
export function organisationsOf(me: Me): { id: string; name: string | null }[] {
  const seen = new Map<string, string | null>();
  for (const m of me.memberships)
    if (!seen.has(m.organisationId)) seen.set(m.organisationId, m.organisationName);
  for (const a of me.abilities) if (!seen.has(a.organisationId)) seen.set(a.organisationId, null);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * The organisation the header and navigation are about: the one in the URL, else the last one
 * used on this device, else the user's first.
 */
export function useActiveOrganisation(me: Me) {
  const match = useMatch("/organisations/:organisationId/*");
  const fromUrl = match?.params.organisationId;
  const mine = organisationsOf(me);
  const remembered = stored();
  const id =
    fromUrl ?? (remembered && mine.some((o) => o.id === remembered) ? remembered : undefined) ?? mine[0]?.id;

  useEffect(() => {
    if (!fromUrl) return;
    try {
      localStorage.setItem(storageKey, fromUrl);
    } catch {
      // Not remembering is harmless.
    }
  }, [fromUrl]);

  const known = mine.find((o) => o.id === id)?.name ?? null;
  const fetched = useQuery({
    queryKey: ["organisation", id],
    queryFn: () => api<Organisation>("GET", `/api/organisations/${id}`),
    enabled: Boolean(id) && known === null,
  });
  return { id: id ?? null, name: known ?? fetched.data?.name ?? null, choices: mine };
}
