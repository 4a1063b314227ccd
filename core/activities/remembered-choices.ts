import {
  type ActivityMode,
  type ActivityType,
  activityModes,
  activityPurposes,
  activityTypes,
  type Place,
  places,
} from "../contracts/activities.ts";
import { activityDefaults, typeAndModeDisagree } from "./type-defaults.ts";

type Purpose = (typeof activityPurposes)[number];

/**
 * What the coach chose last time for one activity type, kept on their own device so the next
 * phone call needs no taps beyond the type (issue 10). Only these choices — never a client, a
 * note or a time: the device may be shared or lost.
 */
export type TypeChoice = {
  mode?: ActivityMode;
  place?: Place;
  durationMinutes?: number;
  purposes?: Purpose[];
};
export type RememberedChoices = Partial<Record<ActivityType, TypeChoice>>;

/**
 * The purpose a type names by itself; other types have none, so the coach picks one (once per
 * device) rather than the system guessing a purpose that feeds follow-along (V12) counts.
 */
const purposeOfType: Partial<Record<ActivityType, Purpose[]>> = {
  outreach_attempt: ["outreach"],
  network_meeting: ["network_meeting"],
  treatment_team_meeting: ["team_meeting"],
};

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/** One type's stored choice with everything unknown or out of range dropped. */
function cleanChoice(type: ActivityType, raw: unknown): TypeChoice {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const choice: TypeChoice = {};
  // A stored mode that contradicts the type (a phone call "face to face") is a stale value.
  if (isOneOf(activityModes, r.mode) && !typeAndModeDisagree(type, r.mode)) choice.mode = r.mode;
  if (isOneOf(places, r.place)) choice.place = r.place;
  const minutes = r.durationMinutes;
  if (typeof minutes === "number" && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440)
    choice.durationMinutes = minutes;
  if (Array.isArray(r.purposes)) {
    const purposes = [...new Set(r.purposes.filter((p): p is Purpose => isOneOf(activityPurposes, p)))];
    if (purposes.length > 0) choice.purposes = purposes;
  }
  return choice;
}

/** Reads what the device stored (any JSON, possibly from an older version) into valid choices. */
export function readRememberedChoices(raw: unknown): RememberedChoices {
  if (typeof raw !== "object" || raw === null) return {};
  const out: RememberedChoices = {};
  for (const [type, value] of Object.entries(raw)) {
    if (!isOneOf(activityTypes, type)) continue;
    const choice = cleanChoice(type, value);
    if (Object.keys(choice).length > 0) out[type] = choice;
  }
  return out;
}

/**
 * What choosing a type fills in: the type's usual mode, place and length (type-defaults.ts),
 * overridden by the coach's own last choices for that type.
 */
export function choicesForType(type: ActivityType, remembered: RememberedChoices): TypeChoice {
  const own = purposeOfType[type];
  return {
    ...activityDefaults(type),
    ...(own ? { purposes: [...own] } : {}),
    ...cleanChoice(type, remembered[type]),
  };
}

/** The remembered choices after saving an activity of `type` with these values. */
export function rememberChoice(
  remembered: RememberedChoices,
  type: ActivityType,
  saved: { mode: ActivityMode; place: Place; durationMinutes: number; purposes: readonly string[] },
): RememberedChoices {
  const choice = cleanChoice(type, saved);
  return { ...readRememberedChoices(remembered), [type]: choice };
}
