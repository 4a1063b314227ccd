import type { Phase } from "@core/episodes/phase";
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const colour: Record<Phase, string> = {
  referred: "grape",
  declined: "gray",
  engagement: "blue",
  career_profile: "cyan",
  job_search: "indigo",
  working: "green",
  studying: "teal",
  on_hold: "yellow",
  closed: "gray",
};

/** The IPS phase as a badge; the text carries the meaning, the colour only helps scanning. */
export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={colour[phase]}
      variant="light"
      tt="none"
      size="md"
      styles={{ root: { flexShrink: 0, overflow: "visible" }, label: { overflow: "visible" } }}
    >
      {t(`clients.phases.${phase}`)}
    </Badge>
  );
}
