/** Words the generator builds names, titles and plans from (Finnish, as the app's users write). */
export const firstNames = [
  "Aino",
  "Eino",
  "Helmi",
  "Onni",
  "Sofia",
  "Leo",
  "Ella",
  "Väinö",
  "Aada",
  "Elias",
  "Olivia",
  "Oliver",
  "Lilja",
  "Eetu",
  "Emma",
  "Juho",
  "Venla",
  "Mikko",
  "Anni",
  "Matti",
  "Laura",
  "Jari",
  "Sanna",
  "Timo",
  "Minna",
  "Pekka",
  "Katja",
  "Antti",
  "Heidi",
  "Ville",
  "Johanna",
  "Tuomas",
  "Riikka",
  "Sami",
  "Noora",
  "Janne",
  "Elina",
  "Ari",
  "Saara",
  "Kalle",
  "Maria",
  "Erik",
  "Linnea",
  "Anders",
  "Ida",
  "Jussi",
] as const;

export const lastNames = [
  "Virtanen",
  "Korhonen",
  "Mäkinen",
  "Nieminen",
  "Mäkelä",
  "Hämäläinen",
  "Laine",
  "Heikkinen",
  "Koskinen",
  "Järvinen",
  "Lehtonen",
  "Lehtinen",
  "Saarinen",
  "Salminen",
  "Heinonen",
  "Niemi",
  "Heikkilä",
  "Kinnunen",
  "Salonen",
  "Turunen",
  "Salo",
  "Laitinen",
  "Tuominen",
  "Rantanen",
  "Karjalainen",
  "Jokinen",
  "Mattila",
  "Savolainen",
  "Lahtinen",
  "Ahonen",
  "Leinonen",
  "Hiltunen",
  "Manninen",
  "Pitkänen",
  "Lindholm",
  "Nyström",
  "Holmberg",
  "Backman",
  "Räsänen",
  "Peltonen",
  "Koivisto",
  "Aaltonen",
  "Kettunen",
  "Huttunen",
] as const;

/**
 * Industries (TOL 2008 sections) employers are drawn from, with a weight for how often IPS jobs
 * are found there and job titles with their ISCO-08 codes.
 */
export const industries: readonly {
  section: string;
  weight: number;
  noun: string;
  jobs: readonly (readonly [string, string])[];
}[] = [
  {
    section: "G",
    weight: 18,
    noun: "Kauppa",
    jobs: [
      ["Myyjä", "5223"],
      ["Varastotyöntekijä", "9333"],
      ["Kassatyöntekijä", "5230"],
    ],
  },
  {
    section: "I",
    weight: 12,
    noun: "Ravintolat",
    jobs: [
      ["Kokki", "5120"],
      ["Tarjoilija", "5131"],
      ["Keittiöapulainen", "9412"],
    ],
  },
  {
    section: "N",
    weight: 14,
    noun: "Palvelut",
    jobs: [
      ["Siivooja", "9112"],
      ["Asiakaspalvelija", "4222"],
      ["Toimistotyöntekijä", "4110"],
    ],
  },
  {
    section: "Q",
    weight: 12,
    noun: "Hoivapalvelut",
    jobs: [
      ["Hoiva-avustaja", "5329"],
      ["Lähihoitaja", "5321"],
      ["Laitoshuoltaja", "9112"],
    ],
  },
  {
    section: "H",
    weight: 9,
    noun: "Logistiikka",
    jobs: [
      ["Kuljettaja", "8322"],
      ["Postinjakaja", "4412"],
      ["Terminaalityöntekijä", "9333"],
    ],
  },
  {
    section: "C",
    weight: 9,
    noun: "Tehdas",
    jobs: [
      ["Kokoonpanija", "8219"],
      ["Hitsaaja", "7212"],
      ["Tuotantotyöntekijä", "9329"],
    ],
  },
  {
    section: "F",
    weight: 6,
    noun: "Rakennus",
    jobs: [
      ["Rakennusapulainen", "9313"],
      ["Maalari", "7131"],
    ],
  },
  {
    section: "J",
    weight: 5,
    noun: "Digi",
    jobs: [
      ["Ohjelmistokehittäjä", "2512"],
      ["IT-tukihenkilö", "3512"],
    ],
  },
  { section: "L", weight: 4, noun: "Kiinteistöhuolto", jobs: [["Kiinteistönhoitaja", "5153"]] },
  { section: "A", weight: 3, noun: "Puutarha", jobs: [["Puutarhatyöntekijä", "6113"]] },
  {
    section: "R",
    weight: 3,
    noun: "Kulttuuripalvelut",
    jobs: [
      ["Kirjastoapulainen", "4411"],
      ["Museovalvoja", "5414"],
    ],
  },
  { section: "S", weight: 3, noun: "Pesula", jobs: [["Pesulatyöntekijä", "9121"]] },
  { section: "P", weight: 2, noun: "Koulutuspalvelut", jobs: [["Koulunkäynninohjaaja", "5312"]] },
];

export const employerPrefixes = [
  "Aalto",
  "Kuusi",
  "Koivu",
  "Tammi",
  "Pohjan",
  "Järvi",
  "Saimaan",
  "Linna",
  "Kaleva",
  "Sampo",
  "Otava",
  "Ilves",
  "Revon",
  "Karhu",
  "Kotka",
  "Haapa",
  "Vaahtera",
  "Kataja",
  "Lumi",
  "Meri",
  "Ranta",
  "Mäki",
  "Kallio",
  "Niitty",
] as const;
export const employerForms = ["Oy", "Oy", "Oy", "Ky", "Tmi", "Ab", "Osuuskunta"] as const;
export const employerSizes = ["1_4", "5_9", "10_49", "10_49", "50_249", "250_plus"] as const;
export const contactRoles = [
  "Esihenkilö",
  "Henkilöstöpäällikkö",
  "Vuoropäällikkö",
  "Toimitusjohtaja",
  "Yrittäjä",
] as const;

export const studies: readonly (readonly [string, string, string])[] = [
  ["Ammattiopisto", "Liiketalouden perustutkinto", "vocational"],
  ["Ammattiopisto", "Logistiikan perustutkinto", "vocational"],
  ["Ammattiopisto", "Ravintola- ja catering-alan perustutkinto", "vocational"],
  ["Aikuislukio", "Lukion oppimäärä", "upper_secondary"],
  ["Ammattikorkeakoulu", "Sosionomi (AMK)", "bachelor"],
  ["Avoin yliopisto", "Kasvatustieteen perusopinnot", "other"],
  ["Kansanopisto", "Valmentava koulutus", "other"],
];

export const trialTasks = [
  "Varaston keräily ja hyllytys",
  "Keittiön esivalmistelu",
  "Asiakaspalvelu ja kassa",
  "Kiinteistön ulkoalueiden hoito",
  "Toimiston arkistointi",
  "Tuotannon kokoonpano",
] as const;

export const appointmentPurposes = [
  "Työnhaun suunnittelu",
  "Uraprofiilin päivitys",
  "Työpaikkakäynti",
  "Etuusneuvonta",
  "Työhaastatteluun valmistautuminen",
  "Tuki työssä",
] as const;

export const strengths = [
  "Täsmällinen",
  "Hyvä asiakaspalvelija",
  "Käytännön taitava",
  "Oma-aloitteinen",
  "Rauhallinen",
] as const;
export const interests = [
  "Ulkotyöt",
  "Ihmisten kanssa toimiminen",
  "Tietokoneet",
  "Ruoanlaitto",
  "Logistiikka",
] as const;
