import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { helsinkiDateOf } from "../calendar/week.ts";
import { benefitsPlanningEditor } from "./BenefitsPlanning.tsx";
import { careerProfileEditor } from "./CareerProfile.tsx";
import { disclosurePlanEditor } from "./DisclosurePlan.tsx";
import { jobSearchPlanEditor } from "./JobSearchPlan.tsx";
import { PlanSection } from "./PlanSection.tsx";

/** The client's four versioned plans (outcomes.md §7; fidelity V1–V3, V5). */
export default function PlansTab({ client }: { client: { id: string; organisationId: string } }) {
  const { t } = useTranslation();
  const today = helsinkiDateOf(new Date());
  const common = { clientId: client.id, organisationId: client.organisationId, today };
  return (
    <Stack>
      <Text>{t("plansUi.intro")}</Text>
      <PlanSection {...common} kind="career_profile" editor={careerProfileEditor} />
      <PlanSection {...common} kind="job_search_plan" editor={jobSearchPlanEditor} />
      <PlanSection {...common} kind="disclosure_plan" editor={disclosurePlanEditor} />
      <PlanSection {...common} kind="benefits_planning" editor={benefitsPlanningEditor} />
    </Stack>
  );
}
