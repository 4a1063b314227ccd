import { useParams } from "react-router";
import { OutcomeDashboardView } from "./OutcomeDashboardView.tsx";

/** One coach's caseload's outcomes (their own, or for their team lead). */
export default function CoachOutcomesPage() {
  const { organisationId = "", teamId = "", userId = "" } = useParams();
  return <OutcomeDashboardView target={{ level: "coach", organisationId, teamId, userId }} />;
}
