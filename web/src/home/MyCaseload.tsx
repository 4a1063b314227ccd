import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RecordButton } from "../activities/RecordButton.tsx";
import { CaseloadCount } from "../caseload/CaseloadCount.tsx";
import { CaseloadList } from "../caseload/CaseloadList.tsx";
import { useCaseload } from "../caseload/queries.ts";
import { QueryGate } from "../platform/ui.tsx";

/**
 * The coach's own caseload: active count against the limit, and the clients, flagged first, each
 * with "Record" for a contact just had. `hideWhenEmpty` (a team leader): a leader without clients
 * of their own sees no empty block and no "0 clients" against a limit, only the team's pages
 * linked below it on the home page.
 */
export function MyCaseload({ hideWhenEmpty = false }: { hideWhenEmpty?: boolean }) {
  const { t } = useTranslation();
  const caseload = useCaseload();
  if (hideWhenEmpty && (caseload.isPending || caseload.data?.clients.length === 0)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-caseload-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} id="my-caseload-heading">
            {t("caseload.myTitle")}
          </Title>
          <Button component={Link} to="/clients/new" variant="default">
            {t("clients.newTitle")}
          </Button>
        </Group>
        <QueryGate isPending={caseload.isPending} error={caseload.error}>
          {caseload.data ? (
            <>
              <CaseloadCount active={caseload.data.activeCount} fte={caseload.data.fte} />
              <CaseloadList
                entries={caseload.data.clients}
                label={t("caseload.myTitle")}
                actionLabel={t("activitiesUi.record")}
                action={(c) => (
                  <RecordButton
                    client={{ id: c.clientId, name: c.name }}
                    label={t("activitiesUi.recordFor", { name: c.name })}
                    variant="light"
                    size="sm"
                  />
                )}
              />
            </>
          ) : null}
        </QueryGate>
      </Stack>
    </Paper>
  );
}
