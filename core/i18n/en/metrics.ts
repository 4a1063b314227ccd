/** Messages for the outcome work of issue 9 (metrics), en. Filled by the feature that owns it. */
export const metrics = {};
