import type { FieldProblem } from "../../../core/errors/codes.ts";
import { invalid } from "../platform/http/app-error.ts";
import type { EpisodeRecord } from "./change-episode.ts";

/** Field errors for episode changes that the recorded facts do not allow. */
export function refuse(field: string, key: FieldProblem["key"] = "invalid_option"): never {
  throw invalid({ [field]: { key } });
}

/** A date of the episode may not be in the future, nor before the referral. */
export function checkEpisodeDate(field: string, date: string, episode: EpisodeRecord, today: string): void {
  if (date > today || date < episode.referral_date) refuse(field, "invalid_date");
}

/** Closed and declined episodes are history: they change no more. */
export function requireOpen(episode: EpisodeRecord): void {
  if (episode.closure_date !== null || episode.referral_decision === "declined")
    refuse("episode", "invalid_option");
}
