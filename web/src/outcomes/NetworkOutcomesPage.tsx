import { useParams } from "react-router";
import { OutcomeDashboardView } from "./OutcomeDashboardView.tsx";

/** A region's or the nation's outcomes: organisations against the network's distribution. */
export default function NetworkOutcomesPage() {
  const { networkId = "" } = useParams();
  return <OutcomeDashboardView target={{ level: "network", networkId }} />;
}
