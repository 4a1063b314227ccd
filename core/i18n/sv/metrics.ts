/** Messages for the outcome work of issue 9 (metrics), sv. Filled by the feature that owns it. */
export const metrics = {};
