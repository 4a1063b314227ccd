import {
  choicesForType,
  type RememberedChoices,
  readRememberedChoices,
  rememberChoice,
  type TypeChoice,
} from "@core/activities/remembered-choices";
import type { ActivityType } from "@core/contracts/activities";

/**
 * The coach's last mode, place, length and purposes per activity type, on this device only.
 * Never a client, a note or a time (core/activities/remembered-choices.ts keeps nothing else).
 */
const key = "polku.activityChoices";

function load(): RememberedChoices {
  try {
    const text = window.localStorage.getItem(key);
    return text ? readRememberedChoices(JSON.parse(text)) : {};
  } catch {
    // Storage turned off or unreadable: the type's defaults are enough.
    return {};
  }
}

/** What choosing `type` fills in on this device. */
export function choicesOnDevice(type: ActivityType): TypeChoice {
  return choicesForType(type, load());
}

/** Remembers a saved activity's choices for its type. */
export function rememberOnDevice(type: ActivityType, saved: Parameters<typeof rememberChoice>[2]): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(rememberChoice(load(), type, saved)));
  } catch {
    // A full or disabled storage only costs the convenience.
  }
}
