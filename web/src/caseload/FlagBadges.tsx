import type { CaseloadFlag } from "@core/caseload/flags";
import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseloadEntry } from "../clients/types.ts";

const colour: Record<CaseloadFlag, string> = {
  no_contact_14_days: "red",
  no_employer_contact_30_days: "orange",
  job_started_recently: "green",
  follow_up_due: "yellow",
};

/** Reminders as badges with words (the colour is only a help for scanning). */
export function FlagBadges({ flags }: { flags: readonly CaseloadFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Group gap={4} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {flags.map((flag) => (
        <li key={flag} style={{ maxWidth: "100%" }}>
          <Badge
            color={colour[flag]}
            variant="light"
            tt="none"
            size="md"
            styles={{
              root: { height: "auto", maxWidth: "100%", paddingBlock: 2 },
              label: { whiteSpace: "normal", overflow: "visible", lineHeight: 1.3 },
            }}
          >
            {t(`caseload.flags.${flag}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** Clients with reminders first (most reminders first), then the longest without contact. */
export function sortByAttention(entries: readonly CaseloadEntry[]): CaseloadEntry[] {
  return [...entries].sort(
    (a, b) =>
      b.flags.length - a.flags.length ||
      (b.daysSinceLastContact ?? Number.MAX_SAFE_INTEGER) -
        (a.daysSinceLastContact ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name),
  );
}
