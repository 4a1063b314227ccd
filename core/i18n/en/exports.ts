/** Messages for the outcome work of issue 9 (exports), en. Filled by the feature that owns it. */
export const exports = {};
