import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { helsinkiDateOf } from "../calendar/week.ts";
import { useFormat } from "../platform/format.ts";
import { QueryGate, StatusMessage } from "../platform/ui.tsx";
import { EndJobModal } from "./EndJobModal.tsx";
import { JobCard } from "./JobCard.tsx";
import { JobFormModal, type JobFormTarget } from "./JobFormModal.tsx";
import { StudyFormModal } from "./StudyFormModal.tsx";
import type { FullJob, Study, WorkTrial } from "./types.ts";
import { useJobs, useStudies, useWorkTrials } from "./useJobs.ts";
import { WorkTrialFormModal } from "./WorkTrialFormModal.tsx";

type Client = { id: string; organisationId: string; access: "full" | "shared" };

/** Jobs, work trials and studies of the client; a consented viewer sees the jobs only. */
export default function JobsTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const format = useFormat();
  const full = client.access === "full";
  const today = helsinkiDateOf(new Date());
  const jobs = useJobs(client.id);
  const trials = useWorkTrials(client.id, full);
  const studies = useStudies(client.id, full);
  const [jobForm, setJobForm] = useState<JobFormTarget | null>(null);
  const [ending, setEnding] = useState<FullJob | null>(null);
  const [trialForm, setTrialForm] = useState<{ trial: WorkTrial | null } | null>(null);
  const [studyForm, setStudyForm] = useState<{ study: Study | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const common = { clientId: client.id, today, onSaved: setNotice };

  return (
    <Stack gap="lg">
      <StatusMessage message={notice} />
      <Stack component="section" aria-labelledby="jobs-heading">
        <Group justify="space-between">
          <Title order={2} id="jobs-heading">
            {t("workUi.jobsTitle")}
          </Title>
          {full ? <Button onClick={() => setJobForm({ kind: "new" })}>{t("workUi.newJob")}</Button> : null}
        </Group>
        <QueryGate isPending={jobs.isPending} error={jobs.error}>
          {jobs.data?.length === 0 ? <Text>{t("workUi.noJobs")}</Text> : null}
          {jobs.data?.map((job) => (
            <JobCard
              key={job.id}
              job={job}
              onEdit={() => job.view === "full" && setJobForm({ kind: "edit", job })}
              onEnd={() => job.view === "full" && setEnding(job)}
            />
          ))}
        </QueryGate>
      </Stack>

      {full ? (
        <Stack component="section" aria-labelledby="trials-heading">
          <Group justify="space-between">
            <Title order={2} id="trials-heading">
              {t("workUi.trialsTitle")}
            </Title>
            <Button onClick={() => setTrialForm({ trial: null })}>{t("workUi.newTrial")}</Button>
          </Group>
          <QueryGate isPending={trials.isPending} error={trials.error}>
            {trials.data?.length === 0 ? <Text>{t("workUi.noTrials")}</Text> : null}
            {trials.data?.map((trial) => (
              <Paper key={trial.id} component="article" withBorder p="md" aria-label={trial.employerName}>
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-start">
                    <div>
                      <Text fw={700}>{trial.employerName}</Text>
                      <Text size="sm" c="dimmed">
                        {format.date(trial.startDate)} –{" "}
                        {trial.endDate ? format.date(trial.endDate) : t("workUi.ongoing")}
                        {trial.hoursPerWeek !== null
                          ? ` · ${t("workUi.hoursShort", { hours: format.number(trial.hoursPerWeek) })}`
                          : ""}
                        {trial.arrangedBy ? ` · ${t(`work.arrangedBy.${trial.arrangedBy}`)}` : ""}
                      </Text>
                    </div>
                    {trial.jobId ? (
                      <Badge color="green" variant="light" tt="none">
                        {t("workUi.turnedIntoJob")}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {trial.tasks}
                  </Text>
                  {trial.notes ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                      {trial.notes}
                    </Text>
                  ) : null}
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setTrialForm({ trial })}
                      aria-label={t("workUi.editNamed", { name: trial.employerName })}
                    >
                      {t("common.edit")}
                    </Button>
                    {trial.jobId ? null : (
                      <Button size="xs" onClick={() => setJobForm({ kind: "fromTrial", trial })}>
                        {t("workUi.trialToJob")}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Paper>
            ))}
          </QueryGate>
        </Stack>
      ) : null}

      {full ? (
        <Stack component="section" aria-labelledby="studies-heading">
          <Group justify="space-between">
            <Title order={2} id="studies-heading">
              {t("workUi.studiesTitle")}
            </Title>
            <Button onClick={() => setStudyForm({ study: null })}>{t("workUi.newStudy")}</Button>
          </Group>
          <QueryGate isPending={studies.isPending} error={studies.error}>
            {studies.data?.length === 0 ? <Text>{t("workUi.noStudies")}</Text> : null}
            {studies.data?.map((study) => (
              <Paper key={study.id} component="article" withBorder p="md" aria-label={study.programme}>
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Text fw={700}>
                      {study.programme}, {study.institution}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {format.date(study.startDate)} –{" "}
                      {study.endDate ? format.date(study.endDate) : t("workUi.ongoing")}
                      {study.level ? ` · ${t(`work.studyLevels.${study.level}`)}` : ""}
                    </Text>
                  </div>
                  <Group gap="xs">
                    <Badge variant="light" color={study.outcome === "completed" ? "green" : "gray"} tt="none">
                      {study.outcome ? t(`work.studyOutcomes.${study.outcome}`) : t("workUi.outcomeOpen")}
                    </Badge>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setStudyForm({ study })}
                      aria-label={t("workUi.editNamed", { name: study.programme })}
                    >
                      {t("common.edit")}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            ))}
          </QueryGate>
        </Stack>
      ) : null}

      <JobFormModal
        {...common}
        organisationId={client.organisationId}
        target={jobForm}
        onClose={() => setJobForm(null)}
      />
      <EndJobModal {...common} job={ending} onClose={() => setEnding(null)} />
      <WorkTrialFormModal
        {...common}
        organisationId={client.organisationId}
        target={trialForm}
        onClose={() => setTrialForm(null)}
      />
      <StudyFormModal {...common} target={studyForm} onClose={() => setStudyForm(null)} />
    </Stack>
  );
}
