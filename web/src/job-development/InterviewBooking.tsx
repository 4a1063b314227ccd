import { addDays, helsinkiDate } from "@core/time/dates";
import { Button, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AppointmentFormModal, type AppointmentFormTarget } from "../calendar/AppointmentFormModal.tsx";
import { useFormat } from "../platform/format.ts";
import { leadKey } from "./queries.ts";
import type { JobLead } from "./types.ts";

type Candidate = JobLead["candidates"][number];

/**
 * A candidate's interview with the lead's employer: the booked one (time and state), or, at the
 * interview stage, "Book interview", which opens the appointment form with the candidate, the
 * lead and the employer filled in. The appointment keeps the lead's id.
 */
export function InterviewBooking({
  organisationId,
  lead,
  candidate: c,
  canBook,
  onBooked,
}: {
  organisationId: string;
  lead: JobLead;
  candidate: Candidate;
  canBook: boolean;
  onBooked: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const [target, setTarget] = useState<AppointmentFormTarget | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  if (c.interview) {
    return (
      <Text size="sm">
        {t("jobDevelopmentUi.interview.booked", {
          time: `${format.dateTime(c.interview.startsAt)}–${format.time(c.interview.endsAt)}`,
        })}
        {c.interview.status === "held" ? ` · ${t("calendar.statuses.held")}` : ""}
      </Text>
    );
  }
  if (!canBook || c.stage !== "interview") return null;
  return (
    <>
      <Button
        ref={opener}
        size="compact-md"
        variant="default"
        onClick={() =>
          setTarget({
            kind: "new",
            startsAt: `${addDays(helsinkiDate(), 1)}T10:00`,
            client: { id: c.clientId, name: c.name },
            jobLeadId: lead.id,
            purpose: t("jobDevelopmentUi.interview.purpose", {
              title: lead.title,
              employer: lead.employerName,
            }),
            place: "workplace",
          })
        }
        aria-label={t("jobDevelopmentUi.interview.bookNamed", { name: c.name })}
      >
        {t("jobDevelopmentUi.interview.book")}
      </Button>
      <AppointmentFormModal
        target={target}
        onClose={() => {
          setTarget(null);
          opener.current?.focus();
        }}
        onSaved={(message) => {
          void client.invalidateQueries({ queryKey: leadKey(organisationId, lead.id) });
          onBooked(message);
        }}
      />
    </>
  );
}
