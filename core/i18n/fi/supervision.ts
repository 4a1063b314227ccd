/**
 * Finnish messages for the team lead's supervision agenda and the review of activity types and modes. Not in
 * the first page's catalogue: the two pages load them with their code (web/src/platform/i18n.ts).
 */
export const supervision = {
  supervision: {
    title: "Työnohjauksen asialista",
    intro:
      "Viikoittaisen ryhmätyönohjauksen asiat valmentajittain: asiakkaat, joiden työnhaussa ei ole ollut kasvokkaista työnantajakontaktia 30 päivään, ensimmäisen kuukauden työsuhteet, viimeisen kahden viikon työn päättymiset ja yli viikon odottaneet lähetteet, sekä asiakasmäärä ja viikon kasvokkaiset työnantajakontaktit IPS-suositukseen verrattuna.",
    team: "Tiimi",
    week: "Viikko {{monday}}–{{sunday}}",
    print: "Tulosta",
    noTeams: "Et ole minkään IPS-tiimin tiiminvetäjä.",
    nothing: "Ei asiakkaita käsiteltäväksi.",
    unassigned: "Ilman tiimin valmentajaa",
    caseload: "Asiakasmäärä: {{active}} aktiivista, suositus enintään {{limit}} ({{fte}} htv)",
    caseloadOver: "Ylittää suosituksen (20 kokoaikaista valmentajaa kohden).",
    caseloadNoFte:
      "Asiakasmäärä: {{active}} aktiivista. Työaikaa (htv) ei ole kirjattu, joten suositukseen ei voi verrata.",
    contacts: "Kasvokkaiset työnantajakontaktit tällä viikolla: {{count}}, suositus {{target}}",
    contactsBelow: "Alle suosituksen.",
    openWeek: "Valmentajan viikko",
    openCaseload: "Asiakkaat",
    items: {
      no_employer_contact:
        "Ei kasvokkaista työnantajakontaktia {{days}} päivään työnhaussa (alkaen {{since}})",
      new_job: "Aloitti työn {{date}}, ensimmäinen kuukausi (päivä {{day}})",
      job_loss: "Työ päättyi {{date}}: {{reason}}",
      job_loss_no_reason: "Työ päättyi {{date}}",
      referral_waiting: "Lähete odottanut päätöstä {{days}} päivää (saapui {{date}})",
    },
  },
  activityReview: {
    title: "Kirjaukset, joissa tyyppi ja tapa eivät täsmää",
    intro:
      "Puhelu on kirjattu kasvokkaiseksi tai työpaikkakäynti muuksi kuin kasvokkaiseksi. Silloin kirjaus lasketaan väärin kasvokkaisiin työnantajakontakteihin ja yhteisössä tehtyyn työhön. Korjaa kirjaus: aiempi versio säilyy muutoshistoriassa, ja korjattu kirjaus poistuu listalta.",
    empty: "Ei tarkistettavia kirjauksia.",
    line: "{{type}}, kirjattu tavalla: {{mode}}",
    correct: "Korjaa",
    correctTitle: "Korjaa kirjaus",
    notYours: "Vain kirjaaja tai tiiminvetäjä voi korjata tämän.",
    corrected: "Kirjaus korjattu.",
    openClient: "Avaa asiakas",
  },
};
