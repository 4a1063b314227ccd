import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert, QueryGate } from "../platform/ui.tsx";
import { type JobSeeker, JobSeekerPicker } from "./JobSeekerPicker.tsx";
import { useAddCandidate, useSuggestions } from "./queries.ts";
import type { JobLead } from "./types.ts";

/** Puts job seekers forward for the lead by searching their names. */
export function AddCandidate({
  organisationId,
  lead,
  onAdded,
}: {
  organisationId: string;
  lead: JobLead;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddCandidate(organisationId, lead.id);
  const [chosen, setChosen] = useState<JobSeeker[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const added: string[] = [];
    for (const c of chosen) {
      try {
        await add.mutateAsync(c.id);
        added.push(c.name);
      } catch {
        break; // the error is shown below; stop at the first
      }
    }
    setChosen((all) => all.filter((c) => !added.includes(c.name)));
    if (added.length > 0) onAdded(t("jobDevelopmentUi.candidateAdded", { names: added.join(", ") }));
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="add-candidate">
      <Title order={2} id="add-candidate">
        {t("jobDevelopmentUi.addCandidate")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <JobSeekerPicker label={t("jobDevelopmentUi.jobSeekers")} value={chosen} onChange={setChosen} />
          <ErrorAlert error={add.error} />
          <Button
            type="submit"
            size="md"
            w="fit-content"
            disabled={chosen.length === 0}
            loading={add.isPending}
          >
            {t("jobDevelopmentUi.addCandidateButton")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** Job seekers whose job search plan fits the lead, with what matched; one click to add. */
export function Suggestions({
  organisationId,
  lead,
  onAdded,
}: {
  organisationId: string;
  lead: JobLead;
  onAdded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(organisationId, lead.id, true);
  const add = useAddCandidate(organisationId, lead.id);
  const already = new Set(lead.candidates.map((c) => c.clientId));
  const shown = (suggestions.data ?? []).filter((s) => !already.has(s.clientId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="suggestions">
      <Title order={2} id="suggestions">
        {t("jobDevelopmentUi.suggestions")}
      </Title>
      <Text size="sm" maw={720}>
        {t("jobDevelopmentUi.suggestionsIntro")}
      </Text>
      <QueryGate isPending={suggestions.isPending} error={suggestions.error}>
        {shown.length === 0 ? <Text>{t("jobDevelopmentUi.noSuggestions")}</Text> : null}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {shown.map((s) => (
            <Paper component="li" key={s.clientId} withBorder p="sm">
              <Group justify="space-between" gap="xs">
                <div>
                  <Text fw={700}>{s.name}</Text>
                  <Text size="sm">
                    {t(`clients.phases.${s.phase}`)} · {t("jobDevelopmentUi.matchedOn")}:{" "}
                    {s.matchedOn.map((m) => t(`jobDevelopment.matchReasons.${m}`)).join(", ")}
                  </Text>
                </div>
                <Button
                  size="compact-md"
                  variant="default"
                  loading={add.isPending && add.variables === s.clientId}
                  onClick={() =>
                    add.mutate(s.clientId, {
                      onSuccess: () => onAdded(t("jobDevelopmentUi.candidateAdded", { names: s.name })),
                    })
                  }
                  aria-label={t("jobDevelopmentUi.addNamed", { name: s.name })}
                >
                  {t("jobDevelopmentUi.add")}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
        <ErrorAlert error={add.error} />
      </QueryGate>
    </Stack>
  );
}
