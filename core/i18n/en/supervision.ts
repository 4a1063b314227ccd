import type { SupervisionCatalogue } from "../types.ts";

/**
 * English messages for the team lead's supervision agenda and the review of activity types and modes. Not in
 * the first page's catalogue: the two pages load them with their code (web/src/platform/i18n.ts).
 */
export const supervision: SupervisionCatalogue = {
  supervision: {
    title: "Supervision agenda",
    intro:
      "What to discuss in this week's group supervision, coach by coach: clients with no face-to-face employer contact in 30 days of job search, jobs in their first month, jobs that ended in the last two weeks and referrals waiting over a week, with the caseload and this week's face-to-face employer contacts against the IPS expectations.",
    team: "Team",
    week: "Week {{monday}}–{{sunday}}",
    print: "Print",
    noTeams: "You do not lead any IPS team.",
    nothing: "No clients to discuss.",
    unassigned: "Without a coach of the team",
    caseload: "Caseload: {{active}} active, at most {{limit}} expected ({{fte}} FTE)",
    caseloadOver: "Over the expectation (20 per full-time coach).",
    caseloadNoFte:
      "Caseload: {{active}} active. FTE not recorded, so it cannot be compared with the expectation.",
    contacts: "Face-to-face employer contacts this week: {{count}}, expected {{target}}",
    contactsBelow: "Below the expectation.",
    openWeek: "Coach's week",
    openCaseload: "Clients",
    items: {
      no_employer_contact:
        "No face-to-face employer contact in {{days}} days of job search (since {{since}})",
      new_job: "Started a job on {{date}}, first month (day {{day}})",
      job_loss: "Job ended on {{date}}: {{reason}}",
      job_loss_no_reason: "Job ended on {{date}}",
      referral_waiting: "Referral waiting for a decision for {{days}} days (received {{date}})",
    },
  },
  activityReview: {
    title: "Records whose type and mode disagree",
    intro:
      "A phone call was recorded as face to face, or a workplace visit as something other than face to face. Such a record is counted wrongly as face-to-face employer contact and community work. Correct it: the earlier version stays in the revision history, and the corrected record leaves this list.",
    empty: "No records to review.",
    line: "{{type}}, recorded as: {{mode}}",
    correct: "Correct",
    correctTitle: "Correct the record",
    notYours: "Only its author or the team lead can correct this.",
    corrected: "Record corrected.",
    openClient: "Open the client",
  },
};
