import { Anchor, Badge, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { Facts } from "../plans/Facts.tsx";
import { ApiError } from "../platform/api.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { BusinessId } from "./BusinessId.tsx";
import { ContactPersons } from "./ContactPersons.tsx";
import { EmployerForm } from "./EmployerForm.tsx";
import { EmployerTimeline } from "./EmployerTimeline.tsx";
import { useEmployer, useSaveEmployer } from "./queries.ts";
import type { EmployerDetail } from "./types.ts";
import { useRegisterAccess } from "./useOrganisationAccess.ts";

/** One employer: details, contact persons, and the history of contacts, jobs and leads. */
export default function EmployerPage() {
  const { t } = useTranslation();
  const { employerId = "" } = useParams();
  const { organisationId } = useRegisterAccess();
  const employer = useEmployer(organisationId, employerId);
  if (employer.error instanceof ApiError && [400, 403, 404].includes(employer.error.status)) {
    return (
      <Stack>
        <Title order={1}>{t("employersUi.notFoundTitle")}</Title>
        <Anchor component={Link} to={`/organisations/${organisationId}/employers`}>
          {t("employersUi.backToList")}
        </Anchor>
      </Stack>
    );
  }
  return (
    <QueryGate isPending={employer.isPending} error={employer.error}>
      {employer.data ? <EmployerView organisationId={organisationId} employer={employer.data} /> : null}
    </QueryGate>
  );
}

function EmployerView({ organisationId, employer }: { organisationId: string; employer: EmployerDetail }) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created ? t("employersUi.created") : null,
  );
  const archive = useSaveEmployer(organisationId);
  const base = `/organisations/${organisationId}`;
  const industry = employer.industry
    ? `${employer.industry} – ${t(`employers.industry.${employer.industry}`)}`
    : null;
  const address = [
    employer.streetAddress,
    [employer.postalCode, employer.municipality].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <Stack>
      <Anchor component={Link} to={`${base}/employers`} size="sm">
        {t("employersUi.backToList")}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>{employer.name}</Title>
          {employer.archived ? (
            <Badge variant="outline" color="dark" tt="none">
              {t("employersUi.archived")}
            </Badge>
          ) : null}
        </Group>
        {employer.canManage && !employer.archived ? (
          <Group gap="sm">
            <Button component={Link} to={`${base}/employer-contacts/new?employerId=${employer.id}`} size="md">
              {t("jobDevelopmentUi.logContact")}
            </Button>
            <Button
              component={Link}
              to={`${base}/job-leads?new=1&employerId=${employer.id}`}
              variant="default"
              size="md"
            >
              {t("jobDevelopmentUi.newLead")}
            </Button>
          </Group>
        ) : null}
      </Group>
      <StatusMessage message={message} />
      <Stack gap="sm" component="section" aria-labelledby="employer-details">
        <Group justify="space-between">
          <Title order={2} id="employer-details">
            {t("employersUi.details")}
          </Title>
          {employer.canManage ? (
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t("common.edit")}
              </Button>
              <Button
                variant="default"
                loading={archive.isPending}
                onClick={() =>
                  archive.mutate(
                    { id: employer.id, body: { archived: !employer.archived } },
                    {
                      onSuccess: () =>
                        setMessage(
                          employer.archived ? t("employersUi.restored") : t("employersUi.archivedDone"),
                        ),
                    },
                  )
                }
              >
                {employer.archived ? t("employersUi.restore") : t("employersUi.archive")}
              </Button>
            </Group>
          ) : null}
        </Group>
        <ErrorAlert error={archive.error} />
        <Facts
          rows={[
            [
              t("employersUi.fields.businessId"),
              employer.businessId ? <BusinessId key="businessId" value={employer.businessId} /> : null,
            ],
            [t("employersUi.fields.industry"), industry],
            [
              t("employersUi.fields.sizeClass"),
              employer.sizeClass ? t(`employers.size.${employer.sizeClass}`) : null,
            ],
            [t("employersUi.address"), address],
            [
              t("employersUi.fields.website"),
              employer.website ? (
                <Anchor key="website" href={employer.website} target="_blank" rel="noreferrer noopener">
                  {employer.website}
                </Anchor>
              ) : null,
            ],
            [t("employersUi.fields.relationshipNotes"), employer.relationshipNotes],
          ]}
        />
      </Stack>
      <ContactPersons organisationId={organisationId} employer={employer} onSaved={setMessage} />
      <EmployerTimeline organisationId={organisationId} employerId={employer.id} />
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t("employersUi.editTitle")}
        size="lg"
        fullScreen={Boolean(phone)}
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <EmployerForm
          organisationId={organisationId}
          employer={employer}
          onSaved={() => {
            setEditing(false);
            setMessage(t("common.saved"));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
      <Text size="sm" c="dimmed">
        {t("employersUi.noClientData")}
      </Text>
    </Stack>
  );
}
