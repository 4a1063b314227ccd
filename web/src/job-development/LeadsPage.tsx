import { leadStatuses } from "@core/contracts/employers";
import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useRegisterAccess } from "../employers/useOrganisationAccess.ts";
import { useFormat } from "../platform/format.ts";
import { QueryGate } from "../platform/ui.tsx";
import { NewLeadForm } from "./NewLeadForm.tsx";
import { useJobLeads } from "./queries.ts";
import type { JobLead } from "./types.ts";

/** Job leads by status, as a board on a wide screen and a list on a phone. */
export default function LeadsPage() {
  const { t } = useTranslation();
  const { organisationId, canManage } = useRegisterAccess();
  const navigate = useNavigate();
  const phone = useMediaQuery("(max-width: 600px)");
  const [params, setParams] = useSearchParams();
  const leads = useJobLeads(organisationId);
  const creating = canManage && params.get("new") === "1";
  const closeNew = () => {
    const next = new URLSearchParams(params);
    for (const key of ["new", "employerId", "sourceContactId"]) next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("jobDevelopmentUi.leadsTitle")}</Title>
        {canManage ? (
          <Button
            size="md"
            onClick={() => {
              const next = new URLSearchParams(params);
              next.set("new", "1");
              setParams(next);
            }}
          >
            {t("jobDevelopmentUi.newLead")}
          </Button>
        ) : null}
      </Group>
      <Text maw={720}>{t("jobDevelopmentUi.leadsIntro")}</Text>
      <QueryGate isPending={leads.isPending} error={leads.error}>
        {leads.data ? <Board organisationId={organisationId} leads={leads.data} /> : null}
      </QueryGate>
      <Modal
        opened={creating}
        onClose={closeNew}
        title={t("jobDevelopmentUi.newLead")}
        size="lg"
        fullScreen={Boolean(phone)}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {creating ? (
          <NewLeadForm
            organisationId={organisationId}
            employerId={params.get("employerId")}
            sourceContactId={params.get("sourceContactId")}
            onSaved={(lead) => navigate(`/organisations/${organisationId}/job-leads/${lead.id}`)}
            onCancel={closeNew}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function Board({ organisationId, leads }: { organisationId: string; leads: JobLead[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (leads.length === 0) return <Text>{t("jobDevelopmentUi.noLeads")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      {leadStatuses.map((status) => {
        const inStatus = leads.filter((l) => l.status === status);
        const id = `leads-${status}`;
        return (
          <Stack key={status} gap="xs" component="section" aria-labelledby={id}>
            <Title order={2} size="h4" id={id}>
              {t(`jobDevelopment.leadStatuses.${status}`)} ({inStatus.length})
            </Title>
            {inStatus.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("jobDevelopmentUi.noLeadsInStatus")}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
                {inStatus.map((lead) => (
                  <Paper component="li" key={lead.id} withBorder p="sm">
                    <Anchor
                      component={Link}
                      to={`/organisations/${organisationId}/job-leads/${lead.id}`}
                      fw={700}
                    >
                      {lead.title}
                    </Anchor>
                    <Text size="sm">{lead.employerName}</Text>
                    <Group gap={4} mt={4}>
                      <Badge variant="outline" color="dark" tt="none">
                        {lead.advertised
                          ? t("jobDevelopmentUi.lead.advertised")
                          : t("jobDevelopmentUi.lead.hidden")}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t("jobDevelopmentUi.candidateCount", {
                          count: lead.candidates.length + lead.otherCandidates,
                        })}{" "}
                        · {format.date(lead.createdAt)}
                      </Text>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
