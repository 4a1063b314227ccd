import type { SupervisionCatalogue } from "../types.ts";

/**
 * Swedish messages for the team lead's supervision agenda and the review of activity types and modes. Not in
 * the first page's catalogue: the two pages load them with their code (web/src/platform/i18n.ts).
 */
export const supervision: SupervisionCatalogue = {
  supervision: {
    title: "Agenda för handledning",
    intro:
      "Ärenden för veckans grupphandledning per coach: klienter utan personlig arbetsgivarkontakt på 30 dagar i arbetssökandet, anställningar under första månaden, avslutade anställningar de senaste två veckorna och remisser som väntat över en vecka, samt klientantal och veckans personliga arbetsgivarkontakter jämfört med IPS-rekommendationen.",
    team: "Team",
    week: "Vecka {{monday}}–{{sunday}}",
    print: "Skriv ut",
    noTeams: "Du är inte teamledare för något IPS-team.",
    nothing: "Inga klienter att ta upp.",
    unassigned: "Utan coach i teamet",
    caseload: "Klientantal: {{active}} aktiva, rekommendation högst {{limit}} ({{fte}} årsv.)",
    caseloadOver: "Överskrider rekommendationen (20 per heltidsanställd coach).",
    caseloadNoFte:
      "Klientantal: {{active}} aktiva. Arbetstid (årsv.) har inte registrerats, så det kan inte jämföras med rekommendationen.",
    contacts: "Personliga arbetsgivarkontakter denna vecka: {{count}}, rekommendation {{target}}",
    contactsBelow: "Under rekommendationen.",
    openWeek: "Coachens vecka",
    openCaseload: "Klienter",
    items: {
      no_employer_contact:
        "Ingen personlig arbetsgivarkontakt på {{days}} dagar i arbetssökandet (sedan {{since}})",
      new_job: "Började arbeta {{date}}, första månaden (dag {{day}})",
      job_loss: "Anställningen upphörde {{date}}: {{reason}}",
      job_loss_no_reason: "Anställningen upphörde {{date}}",
      referral_waiting: "Remissen har väntat på beslut i {{days}} dagar (kom {{date}})",
    },
  },
  activityReview: {
    title: "Registreringar där typ och sätt inte stämmer överens",
    intro:
      "Ett telefonsamtal har registrerats som personligt möte, eller ett arbetsplatsbesök som något annat än personligt. Då räknas registreringen felaktigt till personliga arbetsgivarkontakter och arbete ute i samhället. Rätta registreringen: den tidigare versionen sparas i ändringshistoriken och den rättade försvinner från listan.",
    empty: "Inga registreringar att granska.",
    line: "{{type}}, registrerat som: {{mode}}",
    correct: "Rätta",
    correctTitle: "Rätta registreringen",
    notYours: "Endast den som registrerade eller teamledaren kan rätta detta.",
    corrected: "Registreringen har rättats.",
    openClient: "Öppna klienten",
  },
};
