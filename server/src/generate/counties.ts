/**
 * The wellbeing services counties the generator names its organisations after, with a rough
 * population (thousands, for the relative size of each organisation), three municipalities and
 * the generator's own grouping of neighbouring counties into regional reporting networks (a
 * grouping for the synthetic data, not an official one). The order puts a small county (Kainuu)
 * third, so a dataset of three or more organisations has one small organisation whose cells fall
 * under the suppression threshold on network pages; with four, Kainuu and Pohjois-Pohjanmaa form
 * a regional network.
 */
export type County = {
  name: string;
  population: number;
  region: string;
  municipalities: readonly [string, string, string];
  /** Share of Swedish-speaking clients. */
  swedish: number;
};

export const counties: readonly County[] = [
  {
    name: "Pirkanmaan hyvinvointialue",
    population: 530,
    region: "Länsi-Suomi",
    municipalities: ["Tampere", "Nokia", "Kangasala"],
    swedish: 0.01,
  },
  {
    name: "Varsinais-Suomen hyvinvointialue",
    population: 485,
    region: "Lounais-Suomi",
    municipalities: ["Turku", "Salo", "Kaarina"],
    swedish: 0.05,
  },
  {
    name: "Kainuun hyvinvointialue",
    population: 70,
    region: "Pohjois-Suomi",
    municipalities: ["Kajaani", "Sotkamo", "Kuhmo"],
    swedish: 0.003,
  },
  {
    name: "Pohjois-Pohjanmaan hyvinvointialue",
    population: 415,
    region: "Pohjois-Suomi",
    municipalities: ["Oulu", "Raahe", "Kempele"],
    swedish: 0.005,
  },
  {
    name: "Pohjois-Savon hyvinvointialue",
    population: 250,
    region: "Itä-Suomi",
    municipalities: ["Kuopio", "Iisalmi", "Varkaus"],
    swedish: 0.003,
  },
  {
    name: "Keski-Suomen hyvinvointialue",
    population: 275,
    region: "Länsi-Suomi",
    municipalities: ["Jyväskylä", "Äänekoski", "Jämsä"],
    swedish: 0.004,
  },
  {
    name: "Satakunnan hyvinvointialue",
    population: 215,
    region: "Lounais-Suomi",
    municipalities: ["Pori", "Rauma", "Ulvila"],
    swedish: 0.005,
  },
  {
    name: "Kanta-Hämeen hyvinvointialue",
    population: 170,
    region: "Länsi-Suomi",
    municipalities: ["Hämeenlinna", "Riihimäki", "Forssa"],
    swedish: 0.005,
  },
  {
    name: "Lapin hyvinvointialue",
    population: 175,
    region: "Pohjois-Suomi",
    municipalities: ["Rovaniemi", "Kemi", "Tornio"],
    swedish: 0.004,
  },
  {
    name: "Pohjois-Karjalan hyvinvointialue",
    population: 163,
    region: "Itä-Suomi",
    municipalities: ["Joensuu", "Kitee", "Lieksa"],
    swedish: 0.003,
  },
  {
    name: "Etelä-Savon hyvinvointialue",
    population: 130,
    region: "Itä-Suomi",
    municipalities: ["Mikkeli", "Savonlinna", "Pieksämäki"],
    swedish: 0.003,
  },
  {
    name: "Päijät-Hämeen hyvinvointialue",
    population: 205,
    region: "Länsi-Suomi",
    municipalities: ["Lahti", "Heinola", "Hollola"],
    swedish: 0.005,
  },
  {
    name: "Helsingin kaupunki",
    population: 675,
    region: "Etelä-Suomi",
    municipalities: ["Helsinki", "Helsinki", "Helsinki"],
    swedish: 0.06,
  },
  {
    name: "Vantaan ja Keravan hyvinvointialue",
    population: 280,
    region: "Etelä-Suomi",
    municipalities: ["Vantaa", "Kerava", "Vantaa"],
    swedish: 0.02,
  },
  {
    name: "Länsi-Uudenmaan hyvinvointialue",
    population: 480,
    region: "Etelä-Suomi",
    municipalities: ["Espoo", "Lohja", "Kirkkonummi"],
    swedish: 0.07,
  },
  {
    name: "Keski-Uudenmaan hyvinvointialue",
    population: 200,
    region: "Etelä-Suomi",
    municipalities: ["Hyvinkää", "Järvenpää", "Tuusula"],
    swedish: 0.01,
  },
  {
    name: "Itä-Uudenmaan hyvinvointialue",
    population: 100,
    region: "Etelä-Suomi",
    municipalities: ["Porvoo", "Sipoo", "Loviisa"],
    swedish: 0.25,
  },
  {
    name: "Kymenlaakson hyvinvointialue",
    population: 160,
    region: "Kaakkois-Suomi",
    municipalities: ["Kotka", "Kouvola", "Hamina"],
    swedish: 0.005,
  },
  {
    name: "Etelä-Karjalan hyvinvointialue",
    population: 125,
    region: "Kaakkois-Suomi",
    municipalities: ["Lappeenranta", "Imatra", "Lemi"],
    swedish: 0.003,
  },
  {
    name: "Etelä-Pohjanmaan hyvinvointialue",
    population: 190,
    region: "Länsi-Suomi",
    municipalities: ["Seinäjoki", "Lapua", "Kauhava"],
    swedish: 0.005,
  },
  {
    name: "Pohjanmaan hyvinvointialue",
    population: 176,
    region: "Pohjanmaa",
    municipalities: ["Vaasa", "Pietarsaari", "Mustasaari"],
    swedish: 0.5,
  },
  {
    name: "Keski-Pohjanmaan hyvinvointialue",
    population: 78,
    region: "Pohjanmaa",
    municipalities: ["Kokkola", "Kannus", "Kaustinen"],
    swedish: 0.08,
  },
];

/** The county organisation `index` is named after; past the last one the list repeats, numbered. */
export function countyOf(index: number): County & { displayName: string } {
  const county = counties[index % counties.length] as County;
  const round = Math.floor(index / counties.length);
  return { ...county, displayName: round === 0 ? county.name : `${county.name} ${round + 1}` };
}
