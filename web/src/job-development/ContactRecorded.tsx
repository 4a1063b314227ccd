import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DisclosureWarnings } from "./DisclosureWarnings.tsx";
import type { RecordedContact } from "./types.ts";

/** After saving: what was recorded, any disclosure warning, and the likely next moves. */
export function ContactRecorded({
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
