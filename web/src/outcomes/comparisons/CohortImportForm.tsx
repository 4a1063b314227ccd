import { comparisonCohortKinds } from "@core/contracts/comparisons";
import {
  Button,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../platform/fields.ts";
import { ErrorAlert, StatusMessage, TableScroll } from "../../platform/ui.tsx";
import { useDraft } from "../../platform/use-draft.ts";
import { useOutcomeFormat } from "../Figure.tsx";
import { AggregatePeriods, emptyPeriod, type PeriodDraft } from "./AggregatePeriods.tsx";
import {
  type ComparisonCohortCheck,
  type CreateComparisonCohort,
  useCheckCohort,
  useImportCohort,
} from "./comparisons-api.ts";
import { ImportProblems } from "./ImportProblems.tsx";

type Kind = (typeof comparisonCohortKinds)[number];
const numberOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/**
 * Imports a comparison cohort: counts per period, or a pseudonymised CSV the server counts and
 * drops. "Check" is a dry run: the server answers the counts it would save, or every problem by
 * line; "Import" saves. Only counts are ever stored.
 */
export function CohortImportForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const kindLabelId = useId();
  const check = useCheckCohort(organisationId);
  const save = useImportCohort(organisationId);
  const { draft, set, bind, reset } = useDraft<{
    kind: string;
    name: string;
    sourceDescription: string;
    csv: string;
  }>({ kind: "aggregate", name: "", sourceDescription: "", csv: "" });
  const [periods, setPeriods] = useState<PeriodDraft[]>([emptyPeriod]);
  // The problems shown are those of the last action (a dry run or an import).
  const [last, setLast] = useState<"check" | "save">("check");
  const error = last === "check" ? check.error : save.error;

  const body = (): CreateComparisonCohort => {
    const common = { name: draft.name.trim(), sourceDescription: draft.sourceDescription.trim() };
    return draft.kind === "rows"
      ? { kind: "rows", ...common, csv: draft.csv }
      : {
          kind: "aggregate",
          ...common,
          counts: periods.map((p) => ({
            periodFrom: p.periodFrom,
            periodTo: p.periodTo,
            denominator: numberOf(p.denominator),
            employed: numberOf(p.employed),
          })),
        };
  };
  const dryRun = () => {
    setLast("check");
    save.reset();
    check.mutate(body());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLast("save");
    check.reset();
    save.mutate(body(), {
      onSuccess: () => {
        reset();
        setPeriods([emptyPeriod]);
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cohort-import-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="cohort-import-heading">
            {t("comparisons.importTitle")}
          </Title>
          <Text size="sm" maw={720}>
            {t("comparisons.importIntro")}
          </Text>
          <TextInput
            label={t("comparisons.name")}
            required
            {...bind("name")}
            error={fieldError(error, "name")}
          />
          <Textarea
            label={t("comparisons.source")}
            description={t("comparisons.sourceHelp")}
            autosize
            minRows={2}
            {...bind("sourceDescription")}
            error={fieldError(error, "sourceDescription")}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id={kindLabelId}>
              {t("comparisons.kind")}
            </Text>
            <SegmentedControl
              aria-labelledby={kindLabelId}
              value={draft.kind}
              onChange={(kind) => set({ kind })}
              data={comparisonCohortKinds.map((k: Kind) => ({
                value: k,
                label: t(`comparisons.kinds.${k}`),
              }))}
            />
          </Stack>
          {draft.kind === "rows" ? (
            <>
              <Text size="sm" maw={720}>
                {t("comparisons.rowsHelp")}
              </Text>
              <FileInput
                label={t("comparisons.file")}
                accept=".csv,text/csv,text/plain"
                clearable
                onChange={(file) => void file?.text().then((csv) => set({ csv }))}
              />
              <Textarea
                label={t("comparisons.csv")}
                autosize
                minRows={4}
                maxRows={14}
                spellCheck={false}
                styles={{ input: { fontFamily: "monospace" } }}
                {...bind("csv")}
                error={fieldError(error, "csv")}
              />
            </>
          ) : (
            <AggregatePeriods periods={periods} onChange={setPeriods} error={error} />
          )}
          <ImportProblems error={error} />
          <ErrorAlert error={error} />
          {check.data && last === "check" ? <CheckResult result={check.data} /> : null}
          <StatusMessage
            message={
              save.isSuccess && last === "save" ? t("comparisons.imported", { name: save.data.name }) : null
            }
          />
          <Group>
            <Button variant="default" onClick={dryRun} loading={check.isPending}>
              {t("comparisons.check")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("comparisons.import")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** What a dry run found: the counts per period that an import would save. */
function CheckResult({ result }: { result: ComparisonCohortCheck }) {
  const { t } = useTranslation();
  const f = useOutcomeFormat();
  return (
    <Stack gap={4} role="status">
      <Text fw={600}>
        {result.rows === null
          ? t("comparisons.checkedPeriods", { count: result.counts.length })
          : t("comparisons.checkedRows", { count: result.rows, periods: result.counts.length })}
      </Text>
      <TableScroll label={t("comparisons.checkedTitle")}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("comparisons.period")}</Table.Th>
              <Table.Th scope="col">{t("comparisons.fields.denominator")}</Table.Th>
              <Table.Th scope="col">{t("comparisons.fields.employed")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.counts.map((c) => (
              <Table.Tr key={`${c.periodFrom}/${c.periodTo}`}>
                <Table.Td>{`${c.periodFrom} – ${c.periodTo}`}</Table.Td>
                <Table.Td>{f.count(c.denominator)}</Table.Td>
                <Table.Td>{f.count(c.employed)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
