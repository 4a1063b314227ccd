import { contactOutcomes, contactPurposes } from "@core/contracts/employers";
import { helsinkiLocalToIso } from "@core/time/local-time";
import {
  Anchor,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { toLocalInput } from "../calendar/week.ts";
import { useEmployer } from "../employers/queries.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ChipField } from "../platform/form/ChipField.tsx";
import { ErrorAlert } from "../platform/ui.tsx";
import { DisclosureWarnings } from "./DisclosureWarnings.tsx";
import { EmployerSelect, type PickedEmployer } from "./EmployerSelect.tsx";
import { type JobSeeker, JobSeekerPicker } from "./JobSeekerPicker.tsx";
import { useDisclosureCheck, useRecordContact } from "./queries.ts";
import type { RecordEmployerContact, RecordedContact } from "./types.ts";

type Outcome = RecordEmployerContact["outcome"];
type Purpose = RecordEmployerContact["purposes"][number];
const qualityLevels = ["1", "2", "3", "4", "5"] as const;

/**
 * Logs an employer contact in under a minute on a phone: one screen, big targets, sensible
 * defaults (face to face, now), and a disclosure warning before anything is said about health.
 */
/** Long Finnish compounds must wrap on a 375 px phone instead of overflowing. */
const longWord = { overflowWrap: "anywhere" as const };

export default function LogContactPage() {
  const { organisationId = "" } = useParams();
  const [params] = useSearchParams();
  const [done, setDone] = useState<RecordedContact | null>(null);
  const [round, setRound] = useState(0);
  const employerId = params.get("employerId");
  if (done)
    return (
      <Recorded
        organisationId={organisationId}
        recorded={done}
        onAnother={() => {
          setDone(null);
          setRound((r) => r + 1);
        }}
      />
    );
  return (
    <ContactForm
      key={round}
      organisationId={organisationId}
      initialEmployerId={employerId}
      onSaved={setDone}
    />
  );
}

function ContactForm({
  organisationId,
  initialEmployerId,
  onSaved,
}: {
  organisationId: string;
  initialEmployerId: string | null;
  onSaved: (recorded: RecordedContact) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  // undefined until the user picks: then the employer from the link (if any) is used.
  const [picked, setPicked] = useState<PickedEmployer | null | undefined>(undefined);
  const prefilled = useEmployer(organisationId, initialEmployerId ?? "");
  const employer: PickedEmployer | null =
    picked !== undefined
      ? picked
      : initialEmployerId && prefilled.data
        ? { id: prefilled.data.id, name: prefilled.data.name }
        : null;
  const detail = useEmployer(organisationId, employer?.id ?? "");
  const [contactPersonId, setContactPersonId] = useState("");
  const [faceToFace, setFaceToFace] = useState("yes");
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date()));
  const [jobSeekers, setJobSeekers] = useState<JobSeeker[]>([]);
  const [purposes, setPurposes] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<Outcome>("nothing_yet");
  const [quality, setQuality] = useState<string>("");
  const [nextStep, setNextStep] = useState("");
  const [nextStepOn, setNextStepOn] = useState("");
  const [notes, setNotes] = useState("");
  const record = useRecordContact(organisationId);
  const check = useDisclosureCheck(
    organisationId,
    employer?.id ?? null,
    jobSeekers.map((c) => c.id),
  );
  const persons =
    employer && detail.data?.id === employer.id ? detail.data.contactPersons.filter((p) => !p.archived) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Without an employer the field is left out, so the answer is "fill in", not "wrong form".
    const body = {
      ...(employer ? { employerId: employer.id } : {}),
      contactPersonId: contactPersonId || null,
      occurredAt: helsinkiLocalToIso(occurredAt) ?? "",
      faceToFace: faceToFace === "yes",
      clientIds: jobSeekers.map((c) => c.id),
      purposes: purposes as Purpose[],
      outcome,
      qualityLevel: quality ? Number(quality) : null,
      nextStep: nextStep.trim() || null,
      nextStepOn: nextStepOn || null,
      notes: notes.trim() || null,
    } as RecordEmployerContact;
    record.mutate(body, { onSuccess: onSaved });
  };
  const err = (path: string) => fieldError(record.error, path);
  const shown = [
    "employerId",
    "contactPersonId",
    "occurredAt",
    "faceToFace",
    "clientIds",
    "purposes",
    "outcome",
    "qualityLevel",
    "nextStep",
    "nextStepOn",
    "notes",
  ];

  return (
    <Stack maw={720}>
      <Title order={1} style={longWord} fz={{ base: 26, sm: 34 }}>
        {t("jobDevelopmentUi.logContactTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("jobDevelopmentUi.logContactIntro")}</Text>
          <EmployerSelect
            organisationId={organisationId}
            value={employer}
            onChange={(e) => {
              setPicked(e);
              setContactPersonId("");
            }}
            error={err("employerId")}
          />
          {persons.length > 0 ? (
            <NativeSelect
              size="md"
              label={t("jobDevelopmentUi.contactPerson")}
              value={contactPersonId}
              onChange={(e) => setContactPersonId(e.currentTarget.value)}
              data={[
                { value: "", label: t("jobDevelopmentUi.noContactPerson") },
                ...persons.map((p) => ({ value: p.id, label: p.role ? `${p.name}, ${p.role}` : p.name })),
              ]}
              error={err("contactPersonId")}
            />
          ) : null}
          <Fieldset legend={t("jobDevelopmentUi.how")} variant="unstyled" styles={legendStyles}>
            <SegmentedControl
              size="md"
              fullWidth
              value={faceToFace}
              onChange={setFaceToFace}
              data={[
                { value: "yes", label: t("jobDevelopmentUi.faceToFace") },
                { value: "no", label: t("jobDevelopmentUi.notFaceToFace") },
              ]}
            />
          </Fieldset>
          <TextInput
            size="md"
            type="datetime-local"
            label={t("jobDevelopmentUi.when")}
            required
            value={occurredAt}
            onChange={(e) => setOccurredAt(e.currentTarget.value)}
            error={err("occurredAt")}
          />
          <JobSeekerPicker
            label={t("jobDevelopmentUi.jobSeekers")}
            description={t("jobDevelopmentUi.jobSeekersHelp")}
            value={jobSeekers}
            onChange={setJobSeekers}
            error={err("clientIds")}
          />
          {jobSeekers.length === 0 ? <Text size="sm">{t("jobDevelopmentUi.generalContactHint")}</Text> : null}
          <div aria-live="polite">{check.data ? <DisclosureWarnings warnings={check.data} /> : null}</div>
          <ErrorAlert error={check.error} />
          <ChipField
            legend={t("jobDevelopmentUi.purposes")}
            multiple
            required
            value={purposes}
            onChange={setPurposes}
            options={contactPurposes.map((p) => ({ value: p, label: t(`jobDevelopment.purposes.${p}`) }))}
            error={err("purposes")}
          />
          <Fieldset legend={t("jobDevelopmentUi.outcome")} variant="unstyled" styles={legendStyles}>
            <SegmentedControl
              size="md"
              fullWidth
              orientation={phone ? "vertical" : "horizontal"}
              value={outcome}
              onChange={(v) => setOutcome(v as Outcome)}
              data={contactOutcomes.map((o) => ({ value: o, label: t(`jobDevelopment.outcomes.${o}`) }))}
            />
          </Fieldset>
          <Radio.Group
            label={t("jobDevelopmentUi.quality")}
            description={t("jobDevelopmentUi.qualityHelp")}
            value={quality}
            onChange={setQuality}
            error={err("qualityLevel")}
            size="md"
          >
            <Stack gap="xs" mt="xs">
              {qualityLevels.map((level) => (
                <Radio
                  key={level}
                  value={level}
                  size="md"
                  label={t(`jobDevelopment.qualityLevels.${level}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {quality ? (
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setQuality("")}>
              {t("jobDevelopmentUi.clearQuality")}
            </Button>
          ) : null}
          <Group grow align="flex-start" gap="sm" wrap={phone ? "wrap" : "nowrap"}>
            <TextInput
              size="md"
              label={t("jobDevelopmentUi.nextStep")}
              value={nextStep}
              onChange={(e) => setNextStep(e.currentTarget.value)}
              error={err("nextStep")}
              miw={phone ? "100%" : 0}
            />
            <TextInput
              size="md"
              type="date"
              label={t("jobDevelopmentUi.nextStepOn")}
              value={nextStepOn}
              onChange={(e) => setNextStepOn(e.currentTarget.value)}
              error={err("nextStepOn")}
              miw={phone ? "100%" : 0}
            />
          </Group>
          <Textarea
            size="md"
            label={t("jobDevelopmentUi.notes")}
            description={t("jobDevelopmentUi.notesHelp")}
            autosize
            minRows={3}
            maxRows={10}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={err("notes")}
          />
          {otherFieldErrors(record.error, shown).map((message) => (
            <ErrorAlert key={message} error={message} />
          ))}
          <ErrorAlert error={record.error} />
          <Button type="submit" size="lg" loading={record.isPending} fullWidth={Boolean(phone)}>
            {t("jobDevelopmentUi.saveContact")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

const legendStyles = {
  legend: { fontWeight: 500, fontSize: "var(--mantine-font-size-md)", marginBottom: 6 },
};

/** After saving: what was recorded, any disclosure warning, and the likely next moves. */
function Recorded({
  organisationId,
  recorded,
  onAnother,
}: {
  organisationId: string;
  recorded: RecordedContact;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const { contact, warnings } = recorded;
  const base = `/organisations/${organisationId}`;
  return (
    <Stack maw={720}>
      <Title order={1}>{t("jobDevelopmentUi.contactSavedTitle")}</Title>
      <div role="status">
        <Paper withBorder p="md">
          <Text fw={700}>
            {contact.employerName} ·{" "}
            {contact.faceToFace ? t("jobDevelopmentUi.faceToFace") : t("jobDevelopmentUi.notFaceToFace")}
          </Text>
          <Text>
            {contact.jobSeekers.length + contact.otherJobSeekers > 0
              ? contact.jobSeekers.map((j) => j.name).join(", ")
              : t("jobDevelopmentUi.generalContact")}
          </Text>
          <Text size="sm">{t(`jobDevelopment.outcomes.${contact.outcome}`)}</Text>
        </Paper>
      </div>
      <DisclosureWarnings warnings={warnings} />
      <Group gap="sm">
        <Button size="md" onClick={onAnother}>
          {t("jobDevelopmentUi.logAnother")}
        </Button>
        <Button
          size="md"
          variant="default"
          component={Link}
          to={`${base}/job-leads?new=1&employerId=${contact.employerId}&sourceContactId=${contact.id}`}
        >
          {t("jobDevelopmentUi.leadFromContact")}
        </Button>
      </Group>
      <Group gap="md">
        <Anchor component={Link} to={`${base}/employers/${contact.employerId}`}>
          {t("jobDevelopmentUi.toEmployer", { name: contact.employerName })}
        </Anchor>
        <Anchor component={Link} to="/job-development">
          {t("jobDevelopmentUi.title")}
        </Anchor>
      </Group>
    </Stack>
  );
}
