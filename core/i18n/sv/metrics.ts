/** Messages for the outcome figures of issue 9 (metrics), sv. Keys as in fi/metrics.ts. */
export const metrics = {
  metrics: {
    ruleSets: {
      us_learning_community: {
        name: "IPS Learning Community (USA), kvartalsvis",
        description:
          "Sysselsättningsgrad: klienter som hade arbete på den öppna arbetsmarknaden någon gång under perioden, delat med alla klienter som fick tjänsten under perioden (gällande samarbetsavtal). Klienter som började eller avslutades under perioden räknas med.",
      },
      ips_grow_2024: {
        name: "IPS Grow (England), från april 2024",
        description:
          "Sysselsättningsgrad: som i IPS Learning Community, men i nämnaren ingår bara klienter som saknade arbete när tjänsten började. Klienter som hade arbete eller var sjukskrivna från ett arbete (byte av arbete eller stöd att behålla arbetet) ingår inte i nämnaren, men deras nya anställningar räknas. IPS Grows villkor om minst fyra timmars avlönat arbete registreras inte och kontrolleras inte.",
      },
    },
    names: {
      caseloadAtEnd: "Klienter vid periodens slut",
      caseloadDuringPeriod: "Klienter under perioden",
      employmentDenominator: "Sysselsättningsgradens nämnare",
      employedDuringPeriod: "I arbete under perioden",
      employmentRate: "Sysselsättningsgrad",
      progressed: "Gått vidare till arbete eller studier",
      progressionRate: "Andel vidare till arbete eller studier",
      clientsIntoWork: "Fått arbete",
      jobStarts: "Påbörjade anställningar",
      educationStarts: "Påbörjade studier",
      workTrialStarts: "Påbörjade arbetsprövningar",
      workingAtEnd: "I arbete vid periodens slut",
      newAgreements: "Nya samarbetsavtal",
      closures: "Avslutade klientskap",
      daysToFirstEmployerContact: "Dagar till första arbetsgivarkontakten",
      firstEmployerContactWithin30Days: "Arbetsgivarkontakt inom 30 dagar",
      daysToFirstJob: "Dagar till första arbetet",
      jobTenureDays: "Anställningens längd i dagar",
      jobsLasting90Days: "Anställningar som varat minst 90 dagar",
      medianHoursPerWeek: "Timmar per vecka (median)",
      medianHourlyWage: "Timlön, € (median)",
      jobEndingsByReason: "Avslutade anställningar efter orsak",
    },
    definitions: {
      caseloadAtEnd:
        "Olika klienter med samarbetsavtal vars klientskap fortsätter när periodens sista dag slutar.",
      caseloadDuringPeriod:
        "Olika klienter som hade ett gällande samarbetsavtal under perioden. En klient som återvänt till tjänsten räknas en gång.",
      employmentDenominator:
        "Klienterna som sysselsättningsgraden räknas på. Beräkningsregeln avgör vilka som ingår.",
      employedDuringPeriod:
        "Klienter i nämnaren som hade arbete på den öppna arbetsmarknaden någon gång under perioden.",
      employmentRate:
        "Andelen av klienterna i nämnaren som hade arbete på den öppna arbetsmarknaden under perioden, med 95 % konfidensintervall.",
      progressed:
        "Klienter i nämnaren som hade arbete på den öppna arbetsmarknaden eller studerade under perioden. Enbart arbetsprövning räcker inte.",
      progressionRate:
        "Andelen av klienterna i sysselsättningsgradens nämnare som gått vidare till arbete eller studier. Enbart arbetsprövning räcker inte.",
      clientsIntoWork:
        "Olika klienter vars första anställning på den öppna arbetsmarknaden under klientskapet började under perioden.",
      jobStarts:
        "Alla anställningar på den öppna arbetsmarknaden som började under perioden, även andra och parallella.",
      educationStarts: "Studier som påbörjades under perioden.",
      workTrialStarts: "Arbetsprövningar som påbörjades under perioden. De är inte anställningar.",
      workingAtEnd: "Olika klienter som hade arbete på den öppna arbetsmarknaden på periodens sista dag.",
      newAgreements: "Samarbetsavtal som ingicks under perioden.",
      closures: "Klientskap som avslutades under perioden.",
      daysToFirstEmployerContact:
        "För samarbetsavtal som ingicks under perioden: mediandagar från avtalet till den första personliga arbetsgivarkontakten för klientens räkning (Kaplan–Meier, pågående fall beaktade).",
      firstEmployerContactWithin30Days:
        "Andelen för vilka en arbetsgivare träffades personligen inom 30 dagar från samarbetsavtalet, av dem där utfallet redan är känt.",
      daysToFirstJob:
        "För samarbetsavtal som ingicks under perioden: mediandagar från avtalet till den första anställningen på den öppna arbetsmarknaden (Kaplan–Meier).",
      jobTenureDays:
        "Medianlängden i dagar för anställningar som började under perioden, första och sista dagen medräknade; pågående anställningar beaktas som ofullständiga (Kaplan–Meier).",
      jobsLasting90Days:
        "Andelen anställningar som började under perioden och varade minst 90 dagar, av dem där utfallet redan är känt.",
      medianHoursPerWeek: "Median av veckotimmarna i anställningar som började under perioden.",
      medianHourlyWage: "Median av timlönen i anställningar som började under perioden.",
      jobEndingsByReason:
        "Anställningar på den öppna arbetsmarknaden som avslutades under perioden, efter orsak.",
    },
    comparison: {
      includesZero:
        "Skillnaden är {{difference}} procentenheter. Med 95 % säkerhet ligger den mellan {{low}} och {{high}} procentenheter. Intervallet innehåller noll, så utifrån dessa uppgifter går grupperna inte att skilja åt.",
      higher:
        "Skillnaden är {{difference}} procentenheter till IPS-klienternas fördel. Med 95 % säkerhet ligger den mellan {{low}} och {{high}} procentenheter. Intervallet innehåller inte noll, så skillnaden beror knappast på slumpen.",
      lower:
        "Skillnaden är {{difference}} procentenheter till jämförelsegruppens fördel. Med 95 % säkerhet ligger den mellan {{low}} och {{high}} procentenheter. Intervallet innehåller inte noll, så skillnaden beror knappast på slumpen.",
      notEnoughData: "Grupperna kan inte jämföras eftersom den ena gruppen är tom.",
    },
    notReached: "Inte uppnått: färre än hälften har nått händelsen under uppföljningstiden.",
    withheld: {
      primary: "Visas inte: färre än {{threshold}} personer.",
      complementary: "Visas inte, så att ett dolt tal inte kan räknas ut ur de andra.",
    },
  },
};
