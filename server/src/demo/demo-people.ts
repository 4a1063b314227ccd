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
