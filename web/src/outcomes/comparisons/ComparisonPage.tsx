import { Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useFormat } from "../../platform/format.ts";
import { ErrorAlert, QueryGate, TableScroll } from "../../platform/ui.tsx";
import { useOutcomeScopes } from "../outcomes-api.ts";
import { CohortImportForm } from "./CohortImportForm.tsx";
import { type ComparisonChoice, ComparisonForm } from "./ComparisonForm.tsx";
import { ComparisonResult } from "./ComparisonResult.tsx";
import { useCohorts, useComparison } from "./comparisons-api.ts";

/**
 * IPS against a comparison group (issue 9), for those with comparison_cohort.manage: the
 * organisation's imported cohorts, the comparison of a team's rate with one, and the import.
 */
export default function ComparisonPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const format = useFormat();
  const cohorts = useCohorts(organisationId);
  const scopes = useOutcomeScopes();
  const teams = (scopes.data?.teams ?? []).filter((x) => x.organisationId === organisationId);
  const [choice, setChoice] = useState<ComparisonChoice | null>(null);
  const comparison = useComparison(organisationId, choice?.teamId ?? "", choice?.query ?? null);
  return (
    <Stack>
      <Title order={1}>{t("comparisons.title")}</Title>
      <Text maw={720}>{t("comparisons.intro")}</Text>
      <QueryGate isPending={cohorts.isPending || scopes.isPending} error={cohorts.error ?? scopes.error}>
        <Stack component="section" aria-labelledby="compare-heading">
          <Title order={2} size="h3" id="compare-heading">
            {t("comparisons.compareTitle")}
          </Title>
          {cohorts.data?.length === 0 || teams.length === 0 ? (
            <Text>{teams.length === 0 ? t("comparisons.noTeams") : t("comparisons.noCohorts")}</Text>
          ) : cohorts.data ? (
            <ComparisonForm
              key={cohorts.data.map((c) => c.id).join()}
              teams={teams}
              cohorts={cohorts.data}
              error={comparison.error}
              pending={comparison.isFetching}
              onCompare={setChoice}
            />
          ) : null}
          <ErrorAlert error={comparison.error} />
          {comparison.data ? <ComparisonResult result={comparison.data} /> : null}
        </Stack>
        {cohorts.data && cohorts.data.length > 0 ? (
          <Stack component="section" aria-labelledby="cohorts-heading" gap="xs">
            <Title order={2} size="h3" id="cohorts-heading">
              {t("comparisons.cohortsTitle")}
            </Title>
            <TableScroll label={t("comparisons.cohortsTitle")}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("comparisons.name")}</Table.Th>
                    <Table.Th scope="col">{t("comparisons.kind")}</Table.Th>
                    <Table.Th scope="col">{t("comparisons.periods")}</Table.Th>
                    <Table.Th scope="col">{t("comparisons.source")}</Table.Th>
                    <Table.Th scope="col">{t("comparisons.createdAt")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cohorts.data.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{t(`comparisons.kinds.${c.kind}`)}</Table.Td>
                      <Table.Td>
                        {c.counts
                          .map((n) =>
                            t("comparisons.countSummary", {
                              from: n.periodFrom,
                              to: n.periodTo,
                              employed: n.employed,
                              people: n.denominator,
                            }),
                          )
                          .join("; ")}
                      </Table.Td>
                      <Table.Td>{c.sourceDescription}</Table.Td>
                      <Table.Td>{format.date(c.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Stack>
        ) : null}
      </QueryGate>
      <CohortImportForm organisationId={organisationId} />
    </Stack>
  );
}
