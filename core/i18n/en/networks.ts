/** Messages for the outcome work of issue 9 (networks), en. Filled by the feature that owns it. */
export const networks = {
  kind: {
    region: "Regional network",
    national: "National benchmark",
  },
  agreement: {
    agreedOn: "Agreement from",
    endedOn: "Agreement ended",
    inForce: "In force",
    none: "No agreement",
    join: "Join the network",
    end: "End the agreement",
  },
  evaluator: "Evaluator",
  memberCount: "Member organisations",
  distribution: {
    title: "Organisations' employment rates",
    explanation:
      "Lower quartile, median and upper quartile of the organisations with at least {{threshold}} clients in the denominator.",
  },
};
