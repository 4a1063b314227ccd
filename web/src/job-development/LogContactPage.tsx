import { contactOutcomes, contactPurposes, recordEmployerContact } from "@core/contracts/employers";
import { helsinkiLocalToIso, helsinkiWallClock } from "@core/time/local-time";
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useEmployer } from "../employers/queries.ts";
import { ChipField } from "../platform/form/ChipField.tsx";
import {
  DateField,
  FormErrorSummary,
  formatTime,
  NotesField,
  parseTypedTime,
  TimeField,
  textOrNull,
  useContractForm,
} from "../platform/form/index.ts";
import { currentLocale } from "../platform/i18n.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { ContactRecorded } from "./ContactRecorded.tsx";
import { DisclosureWarnings } from "./DisclosureWarnings.tsx";
import { EmployerSelect, type PickedEmployer } from "./EmployerSelect.tsx";
import { type JobSeeker, JobSeekerPicker } from "./JobSeekerPicker.tsx";
import { useDisclosureCheck, useRecordContact } from "./queries.ts";
import type { RecordEmployerContact, RecordedContact } from "./types.ts";

type Outcome = RecordEmployerContact["outcome"];
type Purpose = RecordEmployerContact["purposes"][number];
const qualityLevels = ["1", "2", "3", "4", "5"] as const;

/** Long Finnish compounds must wrap on a 375 px phone instead of overflowing. */
const longWord = { overflowWrap: "anywhere" as const };

/**
 * Logs an employer contact in under a minute on a phone: one screen, big targets, sensible
 * defaults (face to face, now), and a disclosure warning before anything is said about health.
 */
export default function LogContactPage() {
  const { organisationId = "" } = useParams();
  const [params] = useSearchParams();
  const [done, setDone] = useState<RecordedContact | null>(null);
  const [round, setRound] = useState(0);
  if (done)
    return (
      <ContactRecorded
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
      initialEmployerId={params.get("employerId")}
      onSaved={setDone}
    />
  );
}

function firstValues() {
  const now = helsinkiWallClock(new Date());
  return {
    // undefined until the user picks: then the employer from the link (if any) is used.
    employer: undefined as PickedEmployer | null | undefined,
    contactPersonId: "",
    faceToFace: "yes",
    date: now.date,
    time: formatTime(now.time, currentLocale() === "en" ? ":" : "."),
    jobSeekers: [] as JobSeeker[],
    purposes: [] as string[],
    outcome: "nothing_yet" as Outcome,
    quality: "",
    nextStep: "",
    nextStepOn: "",
    notes: "",
  };
}
type Values = ReturnType<typeof firstValues>;

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
  const prefilled = useEmployer(organisationId, initialEmployerId ?? "");
  const record = useRecordContact(organisationId);
  const [initial] = useState(firstValues);
  const pickedOf = (v: Values): PickedEmployer | null =>
    v.employer !== undefined
      ? v.employer
      : initialEmployerId && prefilled.data
        ? { id: prefilled.data.id, name: prefilled.data.name }
        : null;
  const form = useContractForm({
    schema: recordEmployerContact,
    initial,
    toBody: (v: Values) => {
      const employer = pickedOf(v);
      const time = parseTypedTime(v.time);
      // Without an employer the field is left out, so the answer is "fill in", not "wrong form".
      return {
        ...(employer ? { employerId: employer.id } : {}),
        contactPersonId: v.contactPersonId || null,
        occurredAt: (time && helsinkiLocalToIso(`${v.date}T${time}`)) ?? "",
        faceToFace: v.faceToFace === "yes",
        clientIds: v.jobSeekers.map((c) => c.id),
        purposes: v.purposes as Purpose[],
        outcome: v.outcome,
        qualityLevel: v.quality ? Number(v.quality) : null,
        nextStep: textOrNull(v.nextStep),
        nextStepOn: v.nextStepOn || null,
        notes: textOrNull(v.notes),
      } as RecordEmployerContact;
    },
    onSubmit: (body) => record.mutate(body, { onSuccess: onSaved }),
    serverError: record.error,
    fieldOf: { employerId: "employer", occurredAt: "time", clientIds: "jobSeekers", qualityLevel: "quality" },
  });
  const { values, set, error, idOf } = form;
  const employer = pickedOf(values);
  const detail = useEmployer(organisationId, employer?.id ?? "");
  const check = useDisclosureCheck(
    organisationId,
    employer?.id ?? null,
    values.jobSeekers.map((c) => c.id),
  );
  const persons =
    employer && detail.data?.id === employer.id ? detail.data.contactPersons.filter((p) => !p.archived) : [];

  return (
    <Stack maw={720}>
      <Title order={1} style={longWord} fz={{ base: 26, sm: 34 }}>
        {t("jobDevelopmentUi.logContactTitle")}
      </Title>
      <form id={form.formId} onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("jobDevelopmentUi.logContactIntro")}</Text>
          <FormErrorSummary items={form.summary} />
          <EmployerSelect
            id={idOf("employer")}
            organisationId={organisationId}
            value={employer}
            onChange={(e) => set({ employer: e, contactPersonId: "" })}
            error={error("employer")}
          />
          {persons.length > 0 ? (
            <NativeSelect
              size="md"
              {...form.field("contactPersonId", t("jobDevelopmentUi.contactPerson"))}
              data={[
                { value: "", label: t("jobDevelopmentUi.noContactPerson") },
                ...persons.map((p) => ({ value: p.id, label: p.role ? `${p.name}, ${p.role}` : p.name })),
              ]}
            />
          ) : null}
          <Fieldset legend={t("jobDevelopmentUi.how")} variant="unstyled" styles={legendStyles}>
            <SegmentedControl
              size="md"
              fullWidth
              value={values.faceToFace}
              onChange={(faceToFace) => set({ faceToFace })}
              data={[
                { value: "yes", label: t("jobDevelopmentUi.faceToFace") },
                { value: "no", label: t("jobDevelopmentUi.notFaceToFace") },
              ]}
            />
          </Fieldset>
          <Group grow align="flex-start" gap="sm">
            <DateField
              required
              clearable={false}
              {...form.field("date", t("jobDevelopmentUi.when"))}
              miw={0}
            />
            <TimeField required {...form.field("time", t("jobDevelopmentUi.atTime"))} miw={0} />
          </Group>
          <JobSeekerPicker
            id={idOf("jobSeekers")}
            label={t("jobDevelopmentUi.jobSeekers")}
            description={t("jobDevelopmentUi.jobSeekersHelp")}
            value={values.jobSeekers}
            onChange={(jobSeekers) => set({ jobSeekers })}
            error={error("jobSeekers")}
          />
          {values.jobSeekers.length === 0 ? (
            <Text size="sm">{t("jobDevelopmentUi.generalContactHint")}</Text>
          ) : null}
          <div aria-live="polite">{check.data ? <DisclosureWarnings warnings={check.data} /> : null}</div>
          <ErrorAlert error={check.error} />
          <ChipField
            id={idOf("purposes")}
            legend={t("jobDevelopmentUi.purposes")}
            multiple
            required
            value={values.purposes}
            onChange={(purposes) => set({ purposes })}
            options={contactPurposes.map((p) => ({ value: p, label: t(`jobDevelopment.purposes.${p}`) }))}
            error={error("purposes")}
          />
          <Fieldset legend={t("jobDevelopmentUi.outcome")} variant="unstyled" styles={legendStyles}>
            <SegmentedControl
              size="md"
              fullWidth
              orientation={phone ? "vertical" : "horizontal"}
              value={values.outcome}
              onChange={(v) => set({ outcome: v as Outcome })}
              data={contactOutcomes.map((o) => ({ value: o, label: t(`jobDevelopment.outcomes.${o}`) }))}
            />
          </Fieldset>
          <Radio.Group
            id={idOf("quality")}
            label={t("jobDevelopmentUi.quality")}
            description={t("jobDevelopmentUi.qualityHelp")}
            value={values.quality}
            onChange={(quality) => set({ quality })}
            error={error("quality")}
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
          {values.quality ? (
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => set({ quality: "" })}>
              {t("jobDevelopmentUi.clearQuality")}
            </Button>
          ) : null}
          <Group grow align="flex-start" gap="sm" wrap={phone ? "wrap" : "nowrap"}>
            <TextInput
              size="md"
              {...form.field("nextStep", t("jobDevelopmentUi.nextStep"))}
              miw={phone ? "100%" : 0}
            />
            <DateField
              {...form.field("nextStepOn", t("jobDevelopmentUi.nextStepOn"))}
              miw={phone ? 320 : 0}
            />
          </Group>
          <NotesField
            {...form.field("notes", t("jobDevelopmentUi.notes"))}
            description={t("jobDevelopmentUi.notesHelp")}
            max={form.maxLength("notes")}
          />
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
