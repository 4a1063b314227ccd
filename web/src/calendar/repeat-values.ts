import type { RepeatFrequency } from "@core/calendar/recurrence";

export type Repeats = "none" | RepeatFrequency;

/** The repeat part of a new appointment's form values. */
export type RepeatValues = { repeats: Repeats; ends: "until" | "count"; until: string; count: string };

export const noRepeat: RepeatValues = { repeats: "none", ends: "count", until: "", count: "" };

/** The contract's `repeat` from the form's values: null for a single appointment. */
export function repeatBody(v: RepeatValues) {
  if (v.repeats === "none") return null;
  return {
    frequency: v.repeats,
    until: v.ends === "until" ? v.until || null : null,
    // An empty or unreadable count is sent as NaN, so the contract names the count field.
    count: v.ends === "count" ? (v.count.trim() === "" ? Number.NaN : Number(v.count)) : null,
  };
}

/** The label of each repeat field (an i18n key). */
export const repeatLabels = {
  repeats: "calendarUi.repeat.label",
  ends: "calendarUi.repeat.ends",
  until: "calendarUi.repeat.until",
  count: "calendarUi.repeat.count",
} as const;

/** Body paths of the repeat, shown on these form fields. */
export const repeatFieldOf = {
  "repeat.frequency": "repeats",
  "repeat.until": "until",
  "repeat.count": "count",
} as const;
