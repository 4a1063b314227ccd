import type { appointmentsArea } from "./fi/appointments-area.ts";
import type { documents } from "./fi/documents.ts";
import type { offline } from "./fi/offline.ts";
import type { outcomesArea } from "./fi/outcomes-area.ts";
import type { supervision } from "./fi/supervision.ts";
import type { weekCalendar } from "./fi/week-calendar.ts";
import type { fi } from "./fi.ts";

type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

/** The shape every first-page catalogue (fi.ts, sv.ts, en.ts) must have: exactly the Finnish keys. */
export type Catalogue = Leaves<typeof fi>;

/**
 * A feature catalogue: messages the web app loads with their feature (the Documents tab), so the
 * first page does not carry them (scripts/bundle-size.mjs). Each language has exactly these keys.
 */
export type DocumentsCatalogue = Leaves<typeof documents>;

/**
 * The outcome area's feature catalogue: dashboards, metrics, networks, comparison groups, exports
 * (fetched with the outcome and network pages; the navigation's labels stay in the first page's).
 */
export type OutcomesCatalogue = Leaves<typeof outcomesArea>;

/** The week calendar page's feature catalogue: its toolbar, views and the grid's own labels. */
export type WeekCalendarCatalogue = Leaves<typeof weekCalendar>;

/** Repeating appointments and the job lead's interview (fetched with the calendar and lead pages). */
export type AppointmentsCatalogue = Leaves<typeof appointmentsArea>;

/**
 * The supervision agenda's and the activity review's feature catalogue (fetched with those two
 * pages, like the others: web/src/platform/i18n.ts).
 */
export type SupervisionCatalogue = Leaves<typeof supervision>;

/** Every message: what the server translates from, and what the web app's keys are typed by. */
export type Messages = Catalogue &
  DocumentsCatalogue &
  OutcomesCatalogue &
  SupervisionCatalogue &
  WeekCalendarCatalogue &
  AppointmentsCatalogue &
  OfflineCatalogue;

/** Messages of the offline queue (ADR 0016), loaded with its lazy code; sv and en alike. */
export type OfflineCatalogue = Leaves<typeof offline>;

type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A dotted message key, e.g. `errors.unauthenticated`. */
export type MessageKey = Paths<Messages>;

/** Values interpolated into `{{name}}` placeholders. */
export type MessageParams = Record<string, string | number>;
