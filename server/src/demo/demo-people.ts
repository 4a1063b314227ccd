import type { activityPurposes, places } from "../../../core/contracts/activities.ts";
import type { ReferralSource, SituationAtStart } from "../../../core/episodes/referral-and-closure.ts";

/**
 * The cast of the demo coach's week: one client for each moment a newcomer should meet. Names are
 * made up; every henkilötunnus uses an individual number from 900–999, the range kept for
 * temporary and test identifiers, so none can belong to a real person (they are synthetic, as the
 * generator's are).
 */
export const demoKeys = [
  "referred",
  "engagement",
  "career_profile",
  "job_search",
  "work_trial",
  "job_ended",
  "working",
  "studying",
  "on_hold",
] as const;
export type DemoKey = (typeof demoKeys)[number];

export type DemoPerson = {
  key: DemoKey;
  firstName: string;
  lastName: string;
  henkilotunnus: string;
  birthDate: string;
  municipality: string;
  source: ReferralSource;
  situationAtStart: SituationAtStart;
  referredDaysAgo: number;
  agreedDaysAgo: number | null;
  onHoldDaysAgo: number | null;
  careerProfile: Record<string, unknown> | null;
  sharesWithTreatmentTeam: boolean;
};

/** A career profile as the app saves it (every field of the contract present). */
function profile(workHistory: string, interests: string, title: string, hours: number) {
  return {
    workHistory,
    education: null,
    interests,
    strengths: null,
    preferredOccupations: [{ title, occupationCode: null }],
    preferredHoursPerWeek: hours,
    preferredPlaces: [],
    healthConsiderations: null,
    supportsNeeded: null,
    notes: null,
  };
}

const person = (
  key: DemoKey,
  name: string,
  henkilotunnus: string,
  rest: Omit<DemoPerson, "key" | "firstName" | "lastName" | "henkilotunnus" | "birthDate">,
): DemoPerson => {
  const [firstName = "", lastName = ""] = name.split(" ");
  const century = henkilotunnus[6] === "A" ? "20" : "19";
  const birthDate = `${century}${henkilotunnus.slice(4, 6)}-${henkilotunnus.slice(2, 4)}-${henkilotunnus.slice(0, 2)}`;
  return { key, firstName, lastName, henkilotunnus, birthDate, ...rest };
};

const base = { municipality: "Tampere", source: "treatment_team", situationAtStart: "unemployed" } as const;

export const demoPeople: DemoPerson[] = [
  person("referred", "Emilia Laaksonen", "140388-9017", {
    ...base,
    referredDaysAgo: 2,
    agreedDaysAgo: null,
    onHoldDaysAgo: null,
    careerProfile: null,
    sharesWithTreatmentTeam: false,
  }),
  person("engagement", "Joonas Heikkinen", "020795-902J", {
    ...base,
    source: "self",
    referredDaysAgo: 12,
    agreedDaysAgo: null,
    onHoldDaysAgo: null,
    careerProfile: null,
    sharesWithTreatmentTeam: false,
  }),
  person("career_profile", "Sara Mäkelä", "230891-903W", {
    ...base,
    situationAtStart: "rehabilitation_subsidy",
    referredDaysAgo: 30,
    agreedDaysAgo: 14,
    onHoldDaysAgo: null,
    careerProfile: null,
    sharesWithTreatmentTeam: true,
  }),
  person("job_search", "Mikko Rantanen", "110583-904P", {
    ...base,
    referredDaysAgo: 140,
    agreedDaysAgo: 125,
    onHoldDaysAgo: null,
    careerProfile: profile("Kesätöitä puistotöissä", "Ulkotyöt, kasvit", "Puutarhatyöntekijä", 25),
    sharesWithTreatmentTeam: true,
  }),
  person("work_trial", "Laura Koskinen", "050192-905Y", {
    ...base,
    municipality: "Nokia",
    referredDaysAgo: 215,
    agreedDaysAgo: 200,
    onHoldDaysAgo: null,
    careerProfile: profile(
      "Kahvilatyötä opiskeluaikana",
      "Leivonta, asiakaspalvelu",
      "Kahvilatyöntekijä",
      20,
    ),
    sharesWithTreatmentTeam: true,
  }),
  person("job_ended", "Antti Nieminen", "270679-906V", {
    ...base,
    situationAtStart: "partial_disability_pension",
    referredDaysAgo: 420,
    agreedDaysAgo: 400,
    onHoldDaysAgo: null,
    careerProfile: profile("Varasto- ja kuljetustöitä", "Logistiikka", "Varastotyöntekijä", 30),
    sharesWithTreatmentTeam: false,
  }),
  person("working", "Veera Salonen", "181086-9074", {
    ...base,
    referredDaysAgo: 320,
    agreedDaysAgo: 300,
    onHoldDaysAgo: null,
    careerProfile: profile("Myyjänä kaupassa", "Asiakaspalvelu", "Myyjä", 20),
    sharesWithTreatmentTeam: true,
  }),
  person("studying", "Oskar Lindholm", "090299-9088", {
    ...base,
    situationAtStart: "student",
    referredDaysAgo: 270,
    agreedDaysAgo: 250,
    onHoldDaysAgo: null,
    careerProfile: profile("Ei aiempaa työhistoriaa", "Autot, logistiikka", "Logistiikkatyöntekijä", 20),
    sharesWithTreatmentTeam: false,
  }),
  person("on_hold", "Pinja Karjalainen", "300494-9095", {
    ...base,
    referredDaysAgo: 200,
    agreedDaysAgo: 180,
    onHoldDaysAgo: 16,
    careerProfile: profile("Siivoustöitä", "Eläimet", "Eläintenhoitaja", 15),
    sharesWithTreatmentTeam: false,
  }),
];

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
    outcome: "hire",
    next: "Työsopimus kokeilun päätyttyä",
    nextDay: 5,
  },
  {
    who: "job_ended",
    employer: "warehouse",
    day: -3,
    purposes: ["follow_along_employer"],
    outcome: "nothing_yet",
    next: "Kysytään uusia vuoroja keväällä",
    nextDay: 60,
  },
] as const satisfies ReadonlyArray<{ who: DemoKey; employer: DemoEmployerKey; [k: string]: unknown }>;
