/** Messages for the outcome work of issue 9 (exports), fi. Filled by the feature that owns it. */
export const exports = {};
