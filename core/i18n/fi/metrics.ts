/**
 * Messages for the outcome figures of issue 9 (metrics), fi: rule sets, metric names and short
 * definitions (shown next to every figure and in exports; full rules in docs/domain/metrics.md),
 * the plain-language reading of a comparison interval, and withheld cells.
 */
export const metrics = {
  metrics: {
    ruleSets: {
      us_learning_community: {
        name: "IPS Learning Community (Yhdysvallat), neljännesvuosittain",
        description:
          "Työllisyysaste: asiakkaat, jotka olivat palkkatyössä avoimilla työmarkkinoilla jossakin vaiheessa jaksoa, jaettuna kaikilla jakson aikana palvelussa olleilla asiakkailla (voimassa oleva yhteistyösopimus). Mukana ovat myös jakson aikana aloittaneet ja päättyneet asiakkuudet.",
      },
      ips_grow_2024: {
        name: "IPS Grow (Englanti), huhtikuusta 2024",
        description:
          "Työllisyysaste: kuten IPS Learning Communityssä, mutta nimittäjässä ovat vain asiakkaat, jotka olivat palvelun alkaessa ilman työtä. Palvelun alkaessa työssä tai sairauslomalla työstä olleet (työpaikan vaihto tai työssä pysymisen tuki) jäävät nimittäjän ulkopuolelle, mutta heidän alkaneet työsuhteensa lasketaan. IPS Grow'n ehtoa vähintään neljästä tunnista palkkatyötä ei kirjata eikä tarkisteta.",
      },
    },
    names: {
      caseloadAtEnd: "Asiakkaita jakson lopussa",
      caseloadDuringPeriod: "Asiakkaita jakson aikana",
      employmentDenominator: "Työllisyysasteen nimittäjä",
      employedDuringPeriod: "Työssä jakson aikana",
      employmentRate: "Työllisyysaste",
      progressed: "Edenneet työhön tai opintoihin",
      progressionRate: "Etenemisaste",
      clientsIntoWork: "Työllistyneet",
      jobStarts: "Alkaneet työsuhteet",
      educationStarts: "Aloitetut opinnot",
      workTrialStarts: "Aloitetut työkokeilut",
      workingAtEnd: "Työssä jakson lopussa",
      newAgreements: "Uudet yhteistyösopimukset",
      closures: "Päättyneet asiakkuudet",
      daysToFirstEmployerContact: "Päiviä ensimmäiseen työnantajakontaktiin",
      firstEmployerContactWithin30Days: "Työnantajakontakti 30 päivän kuluessa",
      daysToFirstJob: "Päiviä ensimmäiseen työhön",
      jobTenureDays: "Työsuhteen kesto päivinä",
      jobsLasting90Days: "Vähintään 90 päivää kestäneet työsuhteet",
      medianHoursPerWeek: "Viikkotunnit (mediaani)",
      medianHourlyWage: "Tuntipalkka, € (mediaani)",
      jobEndingsByReason: "Päättyneet työsuhteet syyn mukaan",
    },
    definitions: {
      caseloadAtEnd:
        "Eri asiakkaat, joiden yhteistyösopimus on tehty ja asiakkuus jatkuu jakson viimeisen päivän päättyessä.",
      caseloadDuringPeriod:
        "Eri asiakkaat, joilla oli jakson aikana voimassa oleva yhteistyösopimus. Uudelleen palveluun palannut asiakas lasketaan kerran.",
      employmentDenominator:
        "Asiakkaat, joista työllisyysaste lasketaan. Laskentasääntö ratkaisee, ketkä ovat mukana.",
      employedDuringPeriod:
        "Nimittäjän asiakkaat, joilla oli palkkatyö avoimilla työmarkkinoilla jossakin vaiheessa jaksoa.",
      employmentRate:
        "Jakson aikana avoimilla työmarkkinoilla palkkatyössä olleiden osuus nimittäjän asiakkaista, 95 %:n luottamusväleineen.",
      progressed:
        "Nimittäjän asiakkaat, jotka olivat jakson aikana palkkatyössä avoimilla työmarkkinoilla tai opiskelivat. Pelkkä työkokeilu ei riitä.",
      progressionRate:
        "Työhön tai opintoihin edenneiden osuus työllisyysasteen nimittäjän asiakkaista. Pelkkä työkokeilu ei riitä.",
      clientsIntoWork:
        "Eri asiakkaat, joiden asiakkuuden ensimmäinen työsuhde avoimilla työmarkkinoilla alkoi jakson aikana.",
      jobStarts:
        "Kaikki jakson aikana alkaneet työsuhteet avoimilla työmarkkinoilla, myös toiset ja rinnakkaiset.",
      educationStarts: "Jakson aikana aloitetut opinnot.",
      workTrialStarts: "Jakson aikana aloitetut työkokeilut. Ne eivät ole työsuhteita.",
      workingAtEnd:
        "Eri asiakkaat, joilla oli palkkatyö avoimilla työmarkkinoilla jakson viimeisenä päivänä.",
      newAgreements: "Jakson aikana tehdyt yhteistyösopimukset.",
      closures: "Jakson aikana päättyneet asiakkuudet.",
      daysToFirstEmployerContact:
        "Jakson aikana tehdyistä yhteistyösopimuksista: mediaanipäivät sopimuksesta ensimmäiseen kasvokkaiseen työnantajakontaktiin asiakkaan puolesta (Kaplan–Meier, keskeneräiset huomioiden).",
      firstEmployerContactWithin30Days:
        "Osuus, jonka puolesta työnantajaa tavattiin kasvokkain 30 päivän kuluessa yhteistyösopimuksesta, niistä joista se jo tiedetään.",
      daysToFirstJob:
        "Jakson aikana tehdyistä yhteistyösopimuksista: mediaanipäivät sopimuksesta ensimmäiseen työsuhteeseen avoimilla työmarkkinoilla (Kaplan–Meier).",
      jobTenureDays:
        "Jakson aikana alkaneiden työsuhteiden keston mediaani päivinä, alkamis- ja päättymispäivä mukaan lukien; jatkuvat työsuhteet huomioidaan keskeneräisinä (Kaplan–Meier).",
      jobsLasting90Days:
        "Jakson aikana alkaneista työsuhteista vähintään 90 päivää kestäneiden osuus niistä, joiden tulos jo tiedetään.",
      medianHoursPerWeek: "Jakson aikana alkaneiden työsuhteiden viikkotuntien mediaani.",
      medianHourlyWage: "Jakson aikana alkaneiden työsuhteiden tuntipalkan mediaani.",
      jobEndingsByReason:
        "Jakson aikana päättyneet työsuhteet avoimilla työmarkkinoilla päättymissyyn mukaan.",
    },
    comparison: {
      includesZero:
        "Ero on {{difference}} prosenttiyksikköä. 95 %:n varmuudella se on välillä {{low}} … {{high}} prosenttiyksikköä. Väli sisältää nollan, joten näiden tietojen perusteella ryhmiä ei voi erottaa toisistaan.",
      higher:
        "Ero on {{difference}} prosenttiyksikköä IPS-asiakkaiden hyväksi. 95 %:n varmuudella se on välillä {{low}} … {{high}} prosenttiyksikköä. Väli ei sisällä nollaa, joten ero tuskin johtuu sattumasta.",
      lower:
        "Ero on {{difference}} prosenttiyksikköä vertailuryhmän hyväksi. 95 %:n varmuudella se on välillä {{low}} … {{high}} prosenttiyksikköä. Väli ei sisällä nollaa, joten ero tuskin johtuu sattumasta.",
      notEnoughData: "Ryhmiä ei voi verrata, koska toisessa ryhmässä ei ole ketään.",
    },
    notReached: "Ei saavutettu: alle puolet on saavuttanut tapahtuman seuranta-aikana.",
    withheld: {
      primary: "Ei näytetä: alle {{threshold}} henkilöä.",
      complementary: "Ei näytetä, jotta piilotettua lukua ei voi laskea muista luvuista.",
    },
  },
};
