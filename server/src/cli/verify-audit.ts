import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import type { Database } from "../platform/db/database.ts";

/** `polku audit verify`: prints the verdict; exit code 1 when the chain is broken. */
export async function verifyAudit(database: Database): Promise<number> {
  const verdict = await verifyAuditChain(database.db);
  if (verdict.ok) {
    process.stdout.write(`Audit log intact: ${verdict.entries} entries verified.\n`);
    return 0;
  }
  const what = {
    altered: "was altered (its content no longer matches its hash)",
    missing: "is missing (an entry was removed)",
    reordered: "is out of order (its link to the previous entry is broken)",
  }[verdict.problem];
  process.stdout.write(
    `Audit log BROKEN: entry ${verdict.firstBadSeq} ${what}. ${verdict.entries} entries before it verified.\n`,
  );
  return 1;
}
