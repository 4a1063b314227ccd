import type { activityPurposes, places } from "../../../core/contracts/activities.ts";
import type { DemoKey } from "./demo-people.ts";

type Place = (typeof places)[number];
type Purpose = (typeof activityPurposes)[number];
export type DemoHeld = {
  type: "client_meeting" | "workplace_visit";
  purposes: Purpose[];
  notes: string;
};
export type DemoAppointment = {
  who: DemoKey | null;
  day: number;
  time: string;
  minutes: number;
  place: Place;
  purpose: string;
  location?: string;
  held?: DemoHeld;
  cancelled?: string;
};

const meeting = (purposes: Purpose[], notes: string): DemoHeld => ({
  type: "client_meeting",
  purposes,
  notes,
});

/**
 * The coach's week around today (days relative to today, moved off weekends): held ones carry the
 * activity that documents them, as recording a held appointment does; one was cancelled.
 */
export const demoWeek: DemoAppointment[] = [
  {
    who: "engagement",
    day: -3,
    time: "10:00",
    minutes: 45,
    place: "community",
    purpose: "Tutustumistapaaminen",
    location: "Kahvila Aleksi",
    held: meeting(["outreach"], "Juteltiin toiveista: kiinnostaa työ ulkona."),
  },
  {
    who: "working",
    day: -3,
    time: "13:00",
    minutes: 30,
    place: "workplace",
    purpose: "Työssä tukeminen",
    held: { type: "workplace_visit", purposes: ["follow_along_employer"], notes: "Esihenkilö tyytyväinen." },
  },
  {
    who: "job_search",
    day: -2,
    time: "09:00",
    minutes: 60,
    place: "community",
    purpose: "Työnhaku: hakemukset",
    location: "Kirjasto Metso",
    held: meeting(["job_search_support"], "Kaksi hakemusta lähetetty yhdessä."),
  },
  {
    who: "career_profile",
    day: -2,
    time: "14:00",
    minutes: 60,
    place: "community",
    purpose: "Uraprofiilin työstäminen",
    held: meeting(["career_profile"], "Käytiin läpi työhistoria ja vahvuudet."),
  },
  {
    who: "studying",
    day: -1,
    time: "11:00",
    minutes: 45,
    place: "community",
    purpose: "Opintojen tuki",
    held: meeting(["education_support"], "Harjoittelupaikan haku keväälle alkaa."),
  },
  {
    who: "job_ended",
    day: -1,
    time: "12:00",
    minutes: 60,
    place: "office",
    purpose: "Työsuhteen päättyminen ja uraprofiilin päivitys",
    held: meeting(
      ["career_profile", "job_search_support"],
      "Määräaikainen sopimus päättyi; haku jatkuu heti.",
    ),
  },
  {
    who: "on_hold",
    day: -1,
    time: "15:30",
    minutes: 30,
    place: "client_home",
    purpose: "Kotikäynti",
    cancelled: "Asiakas pyysi siirtoa, soitetaan ensi viikolla.",
  },
  {
    who: "working",
    day: 0,
    time: "15:00",
    minutes: 30,
    place: "community",
    purpose: "Työssä jatkamisen tuki",
  },
  { who: null, day: 1, time: "09:00", minutes: 60, place: "office", purpose: "IPS-tiimin palaveri" },
  {
    who: "engagement",
    day: 1,
    time: "13:00",
    minutes: 45,
    place: "community",
    purpose: "Yhteistyösopimuksesta keskustelu",
    location: "Kahvila Aleksi",
  },
  {
    who: "career_profile",
    day: 2,
    time: "10:30",
    minutes: 60,
    place: "community",
    purpose: "Uraprofiili jatkuu",
  },
  {
    who: "job_ended",
    day: 2,
    time: "14:00",
    minutes: 45,
    place: "community",
    purpose: "Työnhaun jatkaminen",
  },
  {
    who: "job_search",
    day: 3,
    time: "10:00",
    minutes: 60,
    place: "workplace",
    purpose: "Työhaastattelu puutarhalla",
    location: "Vihreä Puutarha Oy",
  },
  {
    who: "work_trial",
    day: 4,
    time: "12:00",
    minutes: 60,
    place: "workplace",
    purpose: "Työkokeilun loppuarviointi ja työsopimus",
    location: "Kahvila Kaneli Oy",
  },
];

/** Employers of the demo moments (valid Y-tunnus; the names are made up). */
export const demoEmployers = [
  {
    key: "garden",
    name: "Vihreä Puutarha Oy",
    businessId: "2840317-8",
    industry: "A",
    municipality: "Tampere",
  },
  { key: "cafe", name: "Kahvila Kaneli Oy", businessId: "3157729-1", industry: "I", municipality: "Tampere" },
  {
    key: "warehouse",
    name: "Pirkan Varastopalvelut Oy",
    businessId: "2968140-1",
    industry: "H",
    municipality: "Nokia",
  },
  {
    key: "shop",
    name: "Lähikauppa Tähti Oy",
    businessId: "3012586-7",
    industry: "G",
    municipality: "Tampere",
  },
] as const;
export type DemoEmployerKey = (typeof demoEmployers)[number]["key"];

/** Face-to-face employer contacts of the last days, each with its next step. */
export const demoContacts = [
  {
    who: "job_search",
    employer: "garden",
    day: -1,
    purposes: ["present_job_seeker"],
    outcome: "interview_agreed",
    next: "Työhaastattelu",
    nextDay: 3,
  },
  {
    who: "work_trial",
    employer: "cafe",
    day: -2,
    purposes: ["negotiate_job"],
    outcome: "opening_found",
    next: "Työsopimus kokeilun päätyttyä",
    nextDay: 5,
  },
] as const satisfies ReadonlyArray<{ who: DemoKey; employer: DemoEmployerKey; [k: string]: unknown }>;
