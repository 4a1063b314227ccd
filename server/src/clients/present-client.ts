import type { z } from "zod";
import type { clientRecord, clientSummary } from "../../../core/contracts/clients.ts";
import { ageOn } from "../../../core/identity/henkilotunnus.ts";
import type { ClientAccessLevel } from "../access/client-gate.ts";
import type { ConsentView } from "../consent/present-consent.ts";
import { type EpisodeRow, phaseOf, presentEpisode, presentSharedEpisode } from "../episodes/episode-query.ts";

export type ClientSummaryView = z.infer<typeof clientSummary>;
export type ClientRecordView = z.infer<typeof clientRecord>;

export type ClientRow = {
  id: string;
  organisation_id: string;
  first_name: string;
  last_name: string;
  henkilotunnus: string | null;
  birth_date: string | null;
  birth_year: number | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  municipality: string | null;
  preferred_language: string;
  education_level: string | null;
  education_notes: string | null;
  work_history: string | null;
  diagnosis_group: string | null;
};

export const initialsOf = (first: string, last: string) =>
  `${first.trim().charAt(0)}${last.trim().charAt(0)}`.toUpperCase();

/** What every viewer with access sees: name, phase and who works with the client. */
export function presentClientSummary(
  row: ClientRow,
  latest: EpisodeRow | undefined,
  access: ClientAccessLevel,
): ClientSummaryView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: `${row.first_name} ${row.last_name}`,
    initials: initialsOf(row.first_name, row.last_name),
    phase: latest ? phaseOf(latest) : "closed",
    coachName: latest?.coach_name ?? null,
    ipsTeamName: latest?.ips_team_name ?? null,
    access,
  };
}

/**
 * The client record. The IPS team sees everything; a consented treatment team or organisation
 * sees the status and episodes but no personal details, education, work history or consents.
 */
export function presentClientRecord(
  row: ClientRow,
  episodes: EpisodeRow[],
  consents: ConsentView[],
  access: ClientAccessLevel,
  today: string,
): ClientRecordView {
  const full = access === "full";
  return {
    ...presentClientSummary(row, episodes[0], access),
    details: full
      ? {
          firstName: row.first_name,
          lastName: row.last_name,
          henkilotunnus: row.henkilotunnus,
          birthDate: row.birth_date,
          birthYear: row.birth_year ?? (row.birth_date ? Number(row.birth_date.slice(0, 4)) : null),
          age: row.birth_date ? ageOn(row.birth_date, today) : null,
          phone: row.phone,
          email: row.email,
          address: row.address,
          municipality: row.municipality,
          preferredLanguage: row.preferred_language as "fi",
          educationLevel: row.education_level as null,
          educationNotes: row.education_notes,
          workHistory: row.work_history,
          diagnosisGroup: row.diagnosis_group as null,
        }
      : null,
    episodes: episodes.map((e) => (full ? presentEpisode(e) : presentSharedEpisode(e))),
    consents: full ? consents : [],
    canEdit: full,
  };
}
