/** Messages for the outcome work of issue 9 (networks), sv. Filled by the feature that owns it. */
export const networks = {};
