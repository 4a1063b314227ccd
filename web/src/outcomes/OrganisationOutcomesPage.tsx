import { useParams } from "react-router";
import { OutcomeDashboardView } from "./OutcomeDashboardView.tsx";

/** An organisation's outcomes, its teams compared (small cells withheld). */
export default function OrganisationOutcomesPage() {
  const { organisationId = "" } = useParams();
  return (
    <OutcomeDashboardView
      target={{ level: "organisation", organisationId }}
      linkOf={(part) => `/outcomes/organisations/${organisationId}/teams/${part.id}`}
    />
  );
}
