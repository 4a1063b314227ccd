import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useRegisterAccess } from "../employers/useOrganisationAccess.ts";
import { Facts } from "../plans/Facts.tsx";
import { ApiError } from "../platform/api.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { AddCandidate, Suggestions } from "./Candidates.tsx";
import { HireModal, type HireTarget } from "./HireModal.tsx";
import { InterviewBooking } from "./InterviewBooking.tsx";
import { useJobLead, useSetStage, useUpdateLead } from "./queries.ts";
import type { JobLead } from "./types.ts";

/** One job lead: its details, the job seekers put forward and their stage, and suggestions. */
export default function LeadPage() {
  const { t } = useTranslation();
  const { organisationId = "", leadId = "" } = useParams();
  const lead = useJobLead(organisationId, leadId);
  if (lead.error instanceof ApiError && [400, 403, 404].includes(lead.error.status)) {
    return (
      <Stack>
        <Title order={1}>{t("jobDevelopmentUi.leadNotFound")}</Title>
        <Anchor component={Link} to={`/organisations/${organisationId}/job-leads`}>
          {t("jobDevelopmentUi.backToLeads")}
        </Anchor>
      </Stack>
    );
  }
  return (
    <QueryGate isPending={lead.isPending} error={lead.error}>
      {lead.data ? <LeadView organisationId={organisationId} lead={lead.data} /> : null}
    </QueryGate>
  );
}

function LeadView({ organisationId, lead }: { organisationId: string; lead: JobLead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [message, setMessage] = useState<string | null>(null);
  const [hiring, setHiring] = useState<HireTarget | null>(null);
  const [hired, setHired] = useState<HireTarget | null>(null);
  const stage = useSetStage(organisationId, lead.id);
  const update = useUpdateLead(organisationId, lead.id);
  const { canManage } = useRegisterAccess();
  const open = canManage && lead.status !== "hired" && lead.status !== "closed";
  const base = `/organisations/${organisationId}`;

  const move = (clientId: string, name: string, next: "presented" | "interview" | "not_selected") =>
    stage.mutate(
      { clientId, body: { stage: next } },
      {
        onSuccess: () =>
          setMessage(
            t("jobDevelopmentUi.stageSaved", { name, stage: t(`jobDevelopment.candidateStages.${next}`) }),
          ),
      },
    );

  return (
    <Stack>
      <Anchor component={Link} to={`${base}/job-leads`} size="sm">
        {t("jobDevelopmentUi.backToLeads")}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>{lead.title}</Title>
        <Badge variant="light" tt="none" size="lg">
          {t(`jobDevelopment.leadStatuses.${lead.status}`)}
        </Badge>
      </Group>
      <StatusMessage message={message} />
      {hired ? (
        <Alert color="green" variant="light" title={t("jobDevelopmentUi.hire.doneTitle")}>
          {t("jobDevelopmentUi.hire.doneText", { name: hired.name })}{" "}
          <Anchor
            component={Link}
            to={`/clients/${hired.clientId}?tab=work`}
            c="inherit"
            underline="always"
            fw={700}
          >
            {t("jobDevelopmentUi.hire.toClient", { name: hired.name })}
          </Anchor>
        </Alert>
      ) : null}
      <Facts
        rows={[
          [
            t("jobDevelopmentUi.employer"),
            <Anchor key="e" component={Link} to={`${base}/employers/${lead.employerId}`}>
              {lead.employerName}
            </Anchor>,
          ],
          [
            t("jobDevelopmentUi.lead.visibility"),
            lead.advertised ? t("jobDevelopmentUi.lead.advertised") : t("jobDevelopmentUi.lead.hidden"),
          ],
          [
            t("jobDevelopmentUi.lead.hours"),
            lead.hoursPerWeek === null ? null : format.number(lead.hoursPerWeek),
          ],
          [t("jobDevelopmentUi.lead.municipality"), lead.municipality],
          [t("jobDevelopmentUi.lead.occupationCode"), lead.occupationCode],
          [t("jobDevelopmentUi.lead.foundBy"), `${lead.foundByName}, ${format.date(lead.createdAt)}`],
          [t("jobDevelopmentUi.notes"), lead.notes],
        ]}
      />
      {open ? (
        <Button
          variant="default"
          w="fit-content"
          loading={update.isPending}
          onClick={() =>
            update.mutate({ closed: true }, { onSuccess: () => setMessage(t("jobDevelopmentUi.leadClosed")) })
          }
        >
          {t("jobDevelopmentUi.closeLead")}
        </Button>
      ) : null}
      <ErrorAlert error={update.error} />

      <Stack gap="sm" component="section" aria-labelledby="candidates">
        <Title order={2} id="candidates">
          {t("jobDevelopmentUi.candidates")}
        </Title>
        <ErrorAlert error={stage.error} />
        {lead.candidates.length === 0 && lead.otherCandidates === 0 ? (
          <Text>{t("jobDevelopmentUi.noCandidates")}</Text>
        ) : (
          <TableScroll label={t("jobDevelopmentUi.candidates")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("jobDevelopmentUi.jobSeeker")}</Table.Th>
                  <Table.Th scope="col">{t("jobDevelopmentUi.stage")}</Table.Th>
                  <Table.Th scope="col">{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lead.candidates.map((c) => (
                  <Table.Tr key={c.clientId}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/clients/${c.clientId}`}>
                        {c.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      {t(`jobDevelopment.candidateStages.${c.stage}`)}
                      <Text size="xs" c="dimmed">
                        {format.date(c.stageChangedAt)}
                      </Text>
                      <InterviewBooking
                        organisationId={organisationId}
                        lead={lead}
                        candidate={c}
                        canBook={open}
                        onBooked={setMessage}
                      />
                    </Table.Td>
                    <Table.Td>
                      {c.stage === "hired" ? (
                        <Anchor component={Link} to={`/clients/${c.clientId}?tab=work`}>
                          {t("jobDevelopmentUi.hire.toClient", { name: c.name })}
                        </Anchor>
                      ) : open ? (
                        <Group gap={6} wrap="wrap">
                          {c.stage === "matched" ? (
                            <Button
                              size="compact-md"
                              variant="default"
                              onClick={() => move(c.clientId, c.name, "presented")}
                              aria-label={t("jobDevelopmentUi.actions.presentNamed", { name: c.name })}
                            >
                              {t("jobDevelopmentUi.actions.present")}
                            </Button>
                          ) : null}
                          {c.stage === "matched" || c.stage === "presented" ? (
                            <Button
                              size="compact-md"
                              variant="default"
                              onClick={() => move(c.clientId, c.name, "interview")}
                              aria-label={t("jobDevelopmentUi.actions.interviewNamed", { name: c.name })}
                            >
                              {t("jobDevelopmentUi.actions.interview")}
                            </Button>
                          ) : null}
                          {c.stage !== "not_selected" ? (
                            <Button
                              size="compact-md"
                              onClick={() => setHiring({ clientId: c.clientId, name: c.name })}
                              aria-label={t("jobDevelopmentUi.actions.hireNamed", { name: c.name })}
                            >
                              {t("jobDevelopmentUi.actions.hire")}
                            </Button>
                          ) : null}
                          {c.stage !== "not_selected" ? (
                            <Button
                              size="compact-md"
                              variant="subtle"
                              onClick={() => move(c.clientId, c.name, "not_selected")}
                              aria-label={t("jobDevelopmentUi.actions.notSelectedNamed", { name: c.name })}
                            >
                              {t("jobDevelopmentUi.actions.notSelected")}
                            </Button>
                          ) : null}
                        </Group>
                      ) : (
                        t("common.none")
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {lead.otherCandidates > 0 ? (
          <Text size="sm">{t("jobDevelopmentUi.otherCandidates", { count: lead.otherCandidates })}</Text>
        ) : null}
      </Stack>
      {open ? (
        <>
          <AddCandidate organisationId={organisationId} lead={lead} onAdded={setMessage} />
          <Suggestions organisationId={organisationId} lead={lead} onAdded={setMessage} />
        </>
      ) : null}
      <HireModal
        organisationId={organisationId}
        lead={lead}
        target={hiring}
        onClose={() => setHiring(null)}
        onHired={(target) => {
          setHired(target);
          setMessage(t("jobDevelopmentUi.hire.doneText", { name: target.name }));
        }}
      />
    </Stack>
  );
}
