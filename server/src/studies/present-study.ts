import type { z } from "zod";
import type { study } from "../../../core/contracts/work.ts";
import type { StudyRow } from "./study-query.ts";

export type StudyView = z.infer<typeof study>;

/** Whitelists a study's fields. */
export function presentStudy(row: StudyRow): StudyView {
  return {
    id: row.id,
    episodeId: row.episode_id,
    institution: row.institution,
    programme: row.programme,
    level: row.level as StudyView["level"],
    startDate: row.start_date,
    endDate: row.end_date,
    outcome: row.outcome as StudyView["outcome"],
    notes: row.notes,
  };
}
