/** Messages for the outcome work of issue 9 (dashboards), sv. Filled by the feature that owns it. */
export const dashboards = {};
