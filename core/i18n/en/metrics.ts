/** Messages for the outcome figures of issue 9 (metrics), en. Keys as in fi/metrics.ts. */
export const metrics = {
  metrics: {
    ruleSets: {
      us_learning_community: {
        name: "IPS Learning Community (US), quarterly",
        description:
          "Employment rate: clients who held a competitive job at any time in the period, divided by all clients served in the period (a cooperation agreement in force). Clients who started or closed during the period are included.",
      },
      ips_grow_2024: {
        name: "IPS Grow (England), from April 2024",
        description:
          "Employment rate: as in the IPS Learning Community, but the denominator counts only clients out of work when the service started. Clients in a job or on sick leave from one at the start (a job change or job retention) are left out of the denominator, but their job starts count. IPS Grow's condition of at least four hours of paid work is not recorded and not checked.",
      },
    },
    names: {
      caseloadAtEnd: "Clients at the end of the period",
      caseloadDuringPeriod: "Clients during the period",
      employmentDenominator: "Employment rate denominator",
      employedDuringPeriod: "Working during the period",
      employmentRate: "Employment rate",
      progressed: "Moved on to work or studies",
      progressionRate: "Progression rate",
      clientsIntoWork: "Clients into work",
      jobStarts: "Job starts",
      educationStarts: "Education starts",
      workTrialStarts: "Work trial starts",
      workingAtEnd: "Working at the end of the period",
      newAgreements: "New cooperation agreements",
      closures: "Closures",
      daysToFirstEmployerContact: "Days to first employer contact",
      firstEmployerContactWithin30Days: "Employer contact within 30 days",
      daysToFirstJob: "Days to first job",
      jobTenureDays: "Job tenure in days",
      jobsLasting90Days: "Jobs lasting at least 90 days",
      medianHoursPerWeek: "Hours per week (median)",
      medianHourlyWage: "Hourly wage, € (median)",
      jobEndingsByReason: "Job endings by reason",
    },
    definitions: {
      caseloadAtEnd:
        "Distinct clients with a cooperation agreement whose service continues at the end of the period's last day.",
      caseloadDuringPeriod:
        "Distinct clients with a cooperation agreement in force at some time in the period. A client who re-entered the service counts once.",
      employmentDenominator:
        "The clients the employment rate is computed over. The rule set decides who is included.",
      employedDuringPeriod:
        "Clients in the denominator who held a competitive job at any time in the period.",
      employmentRate:
        "The share of clients in the denominator who held a competitive job during the period, with its 95 % confidence interval.",
      progressed:
        "Clients in the denominator who held a competitive job or were studying at any time in the period. A work trial alone does not count.",
      progressionRate:
        "The share of clients in the employment rate's denominator who moved on to work or studies. A work trial alone does not count.",
      clientsIntoWork: "Distinct clients whose first competitive job of the episode started in the period.",
      jobStarts: "Every competitive job that started in the period, second and parallel jobs too.",
      educationStarts: "Studies started in the period.",
      workTrialStarts: "Work trials started in the period. They are not jobs.",
      workingAtEnd: "Distinct clients holding a competitive job on the period's last day.",
      newAgreements: "Cooperation agreements made in the period.",
      closures: "Episodes closed in the period.",
      daysToFirstEmployerContact:
        "For cooperation agreements made in the period: median days from the agreement to the first face-to-face employer contact on the client's behalf (Kaplan–Meier, counting those still waiting).",
      firstEmployerContactWithin30Days:
        "The share for whom an employer was met face to face within 30 days of the agreement, among those whose outcome is already known.",
      daysToFirstJob:
        "For cooperation agreements made in the period: median days from the agreement to the first competitive job (Kaplan–Meier).",
      jobTenureDays:
        "Median length in days of competitive jobs started in the period, first and last day included; jobs still going count as unfinished (Kaplan–Meier).",
      jobsLasting90Days:
        "The share of competitive jobs started in the period that lasted at least 90 days, among those whose outcome is already known.",
      medianHoursPerWeek: "Median weekly hours of competitive jobs started in the period.",
      medianHourlyWage: "Median hourly wage of competitive jobs started in the period.",
      jobEndingsByReason: "Competitive jobs that ended in the period, by reason.",
    },
    comparison: {
      includesZero:
        "The difference is {{difference}} percentage points. With 95 % confidence it lies between {{low}} and {{high}} percentage points. The interval includes zero, so this data cannot tell the groups apart.",
      higher:
        "The difference is {{difference}} percentage points in favour of the IPS clients. With 95 % confidence it lies between {{low}} and {{high}} percentage points. The interval excludes zero, so the difference is unlikely to be chance.",
      lower:
        "The difference is {{difference}} percentage points in favour of the comparison group. With 95 % confidence it lies between {{low}} and {{high}} percentage points. The interval excludes zero, so the difference is unlikely to be chance.",
      notEnoughData: "The groups cannot be compared because one of them has nobody in it.",
    },
    notReached: "Not reached: fewer than half had the event during follow-up.",
    withheld: {
      primary: "Not shown: fewer than {{threshold}} people.",
      complementary: "Not shown, so that a hidden number cannot be worked out from the others.",
    },
  },
};
