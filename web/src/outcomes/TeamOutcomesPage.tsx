import { useParams } from "react-router";
import { OutcomeDashboardView } from "./OutcomeDashboardView.tsx";

/** A team's outcomes, its coaches compared; counts open the clients behind them. */
export default function TeamOutcomesPage() {
  const { organisationId = "", teamId = "" } = useParams();
  const base = `/outcomes/organisations/${organisationId}/teams/${teamId}`;
  return (
    <OutcomeDashboardView
      target={{ level: "team", organisationId, teamId }}
      linkOf={(part) => `${base}/coaches/${part.id}`}
    />
  );
}
