/**
 * The synthetic dataset generator's contract (issue 9): `npm run polku -- generate`, the living
 * demo and `npm run bench` all build their populations through `generateDataset`.
 */
export type GenerateOptions = {
  /** Clients across all organisations (>= 20). */
  clients: number;
  /** Years of history that end at `anchor` (1–10). */
  years: number;
  /** The same seed with the same options builds the same rows. */
  seed: number;
  /** Organisations to spread the clients over; default ceil(clients / 5000). */
  organisations?: number;
  /** The dataset's "today" (ISO date); default today in Helsinki. */
  anchor?: string;
  /**
   * Build organisation 0's first IPS team into rows that already exist (the living demo): its
   * organisation, IPS team and treatment team, and coaches who get caseloads first (index 0 is
   * the demo coach). The generator then adds only clients and their records there.
   */
  into?: GenerateInto;
  /** Called as each step progresses; the CLI draws its progress bar from it. */
  onProgress?: (progress: GenerateProgress) => void;
};

export type GenerateInto = {
  organisationId: string;
  ipsTeamId: string;
  treatmentTeamId: string;
  coachUserIds: readonly string[];
};

export type GenerateProgress = { step: string; done: number; total: number };

export type GenerateReport = {
  seconds: number;
  /** Rows written per table, e.g. { client: 100000, activity: 4123456, … }. */
  counts: Record<string, number>;
  organisationIds: string[];
  /** The reporting networks it created: one national benchmark, one per region. */
  networkIds: string[];
  /** Seconds each step took, in order (for the CLI's summary and docs/performance.md). */
  steps?: { step: string; seconds: number }[];
};
