/** Messages for the outcome work of issue 9 (dashboards), fi. Filled by the feature that owns it. */
export const dashboards = {};
