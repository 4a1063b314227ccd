import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../platform/format.ts";
import { QueryGate } from "../platform/ui.tsx";
import { useEmployerHistory } from "./queries.ts";
import type { EmployerHistory } from "./types.ts";

type Entry =
  | { kind: "contact"; at: string; item: EmployerHistory["contacts"][number] }
  | { kind: "job"; at: string; item: EmployerHistory["jobs"][number] }
  | { kind: "lead"; at: string; item: EmployerHistory["leads"][number] };

/** Contacts, jobs and leads with this employer, newest first. Job seekers are counted, never named. */
export function EmployerTimeline({
  organisationId,
  employerId,
}: {
  organisationId: string;
  employerId: string;
}) {
  const { t } = useTranslation();
  const history = useEmployerHistory(organisationId, employerId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="employer-timeline">
      <Title order={2} id="employer-timeline">
        {t("employersUi.timeline")}
      </Title>
      <QueryGate isPending={history.isPending} error={history.error}>
        {history.data ? <Entries organisationId={organisationId} history={history.data} /> : null}
      </QueryGate>
    </Stack>
  );
}

function Entries({ organisationId, history }: { organisationId: string; history: EmployerHistory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries: Entry[] = [
    ...history.contacts.map((item) => ({ kind: "contact" as const, at: item.occurredAt, item })),
    ...history.jobs.map((item) => ({ kind: "job" as const, at: `${item.startDate}T12:00:00Z`, item })),
    ...history.leads.map((item) => ({ kind: "lead" as const, at: item.createdAt, item })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  // Jobs of clients outside the caller's IPS team are only counted (the server sends no details).
  const others =
    history.otherJobs.count > 0 ? (
      <Text size="sm">{t("employersUi.otherJobs", history.otherJobs)}</Text>
    ) : null;
  if (entries.length === 0) return others ?? <Text>{t("employersUi.noHistory")}</Text>;
  return (
    <>
      {others}
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
        {entries.map((e) => (
          <Paper
            component="li"
            withBorder
            p="sm"
            key={`${e.kind}-${e.kind === "job" ? `${e.item.title}-${e.at}` : e.item.id}`}
          >
            <Group gap="xs" align="center">
              <Badge
                variant="light"
                color={e.kind === "contact" ? "blue" : e.kind === "job" ? "green" : "grape"}
                tt="none"
              >
                {t(`employersUi.entry.${e.kind}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {e.kind === "contact" ? format.dateTime(e.at) : format.date(e.at)}
              </Text>
            </Group>
            {e.kind === "contact" ? (
              <Stack gap={2} mt={4}>
                <Text fw={700}>
                  {e.item.faceToFace ? t("jobDevelopmentUi.faceToFace") : t("jobDevelopmentUi.notFaceToFace")}{" "}
                  ·{" "}
                  {t(`jobDevelopment.outcomes.${e.item.outcome as "nothing_yet"}`, {
                    defaultValue: e.item.outcome,
                  })}
                </Text>
                <Text size="sm">
                  {e.item.coachName}
                  {e.item.contactPersonName ? ` → ${e.item.contactPersonName}` : ""} ·{" "}
                  {e.item.jobSeekerCount > 0
                    ? t("employersUi.jobSeekerCount", { count: e.item.jobSeekerCount })
                    : t("jobDevelopmentUi.generalContact")}
                </Text>
                {e.item.purposes.length > 0 ? (
                  <Text size="sm">
                    {e.item.purposes
                      .map((p) => t(`jobDevelopment.purposes.${p as "other"}`, { defaultValue: p }))
                      .join(", ")}
                  </Text>
                ) : null}
                {e.item.nextStep ? (
                  <Text size="sm">
                    {t("jobDevelopmentUi.nextStep")}: {e.item.nextStep}
                    {e.item.nextStepOn ? ` (${format.date(e.item.nextStepOn)})` : ""}
                  </Text>
                ) : null}
              </Stack>
            ) : e.kind === "job" ? (
              <Text mt={4}>
                <Text span fw={700}>
                  {e.item.title}
                </Text>{" "}
                · {t("employersUi.tenure", { count: e.item.tenureWeeks })}
                {e.item.ongoing
                  ? ` · ${t("employersUi.ongoing")}`
                  : e.item.endDate
                    ? ` · ${t("employersUi.ended", { date: format.date(e.item.endDate) })}`
                    : ""}
              </Text>
            ) : (
              <Text mt={4}>
                <Anchor
                  component={Link}
                  to={`/organisations/${organisationId}/job-leads/${e.item.id}`}
                  fw={700}
                >
                  {e.item.title}
                </Anchor>{" "}
                ·{" "}
                {t(`jobDevelopment.leadStatuses.${e.item.status as "open"}`, { defaultValue: e.item.status })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
    </>
  );
}
