import type { planContent, planVersionSummary } from "@core/contracts/plans";
import type { PlanKind } from "@core/plans/codes";
import type { z } from "zod";

export type { PlanKind };

/** The content of one plan kind, as stored and as sent (defaults filled in). */
export type PlanContent<K extends PlanKind> = z.infer<(typeof planContent)[K]>;
export type PlanVersionSummary = z.infer<typeof planVersionSummary>;
export type PlanVersion<K extends PlanKind> = PlanVersionSummary & { kind: K; content: PlanContent<K> };
export type Plan<K extends PlanKind> = {
  kind: K;
  latest: PlanVersion<K> | null;
  versions: PlanVersionSummary[];
};
