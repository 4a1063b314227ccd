import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { employersPath, useImportEmployers } from "./queries.ts";
import type { ImportReport } from "./types.ts";
import { useRegisterAccess } from "./useOrganisationAccess.ts";

/**
 * Imports employers from a CSV file: the file is read in the browser, checked by the server
 * (a dry run that saves nothing), and imported only when the check found no problems.
 */
export default function ImportEmployersPage() {
  const { t } = useTranslation();
  const { organisationId } = useRegisterAccess();
  const run = useImportEmployers(organisationId);
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const base = `/organisations/${organisationId}/employers`;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setCsv(null);
    setChecked(null);
    setImported(null);
    setReadError(null);
    run.reset();
    if (!chosen) return;
    chosen
      .text()
      .then(setCsv)
      .catch(() => setReadError(t("employersUi.import.readFailed")));
  };
  const clean = checked !== null && checked.problems.length === 0 && checked.valid > 0;

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={base} size="sm">
        {t("employersUi.backToList")}
      </Anchor>
      <Title order={1}>{t("employersUi.importTitle")}</Title>
      <Text maw={720}>{t("employersUi.import.intro")}</Text>
      <Text maw={720} size="sm">
        {t("employersUi.import.columns")}{" "}
        <Anchor href={`${employersPath(organisationId)}/export.csv`} download>
          {t("employersUi.import.exampleLink")}
        </Anchor>
      </Text>
      <FileInput
        size="md"
        label={t("employersUi.import.file")}
        placeholder={t("employersUi.import.choose")}
        accept=".csv,text/csv"
        value={file}
        onChange={choose}
        clearable
        maw={480}
        clearButtonProps={{ "aria-label": t("employersUi.import.clear") }}
      />
      {readError ? <ErrorAlert error={readError} /> : null}
      <Group gap="sm">
        <Button
          size="md"
          variant="default"
          disabled={!csv}
          loading={run.isPending && run.variables?.dryRun === true}
          onClick={() => csv && run.mutate({ csv, dryRun: true }, { onSuccess: setChecked })}
        >
          {t("employersUi.import.check")}
        </Button>
        <Button
          size="md"
          disabled={!clean || imported !== null}
          loading={run.isPending && run.variables?.dryRun === false}
          onClick={() =>
            csv &&
            run.mutate(
              { csv, dryRun: false },
              {
                onSuccess: (report) =>
                  report.problems.length > 0 ? setChecked(report) : setImported(report),
              },
            )
          }
        >
          {t("employersUi.import.import")}
        </Button>
      </Group>
      <ErrorAlert error={run.error} />
      <StatusMessage
        message={
          imported
            ? t("employersUi.import.done", { count: imported.imported })
            : checked && clean
              ? t("employersUi.import.clean", { count: checked.valid })
              : null
        }
      />
      {imported ? (
        <Anchor component={Link} to={base}>
          {t("employersUi.import.toRegister")}
        </Anchor>
      ) : null}
      {checked && checked.problems.length > 0 ? <Problems report={checked} /> : null}
    </Stack>
  );
}

function Problems({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="red" variant="light" role="alert" title={t("employersUi.import.problemsTitle")}>
        {t("employersUi.import.problemsText", {
          problems: report.problems.length,
          rows: report.rows,
          valid: report.valid,
        })}
      </Alert>
      <TableScroll label={t("employersUi.import.problemsTitle")}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("employersUi.import.line")}</Table.Th>
              <Table.Th scope="col">{t("employersUi.import.column")}</Table.Th>
              <Table.Th scope="col">{t("employersUi.import.problem")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no ids and never reorder
              <Table.Tr key={i}>
                <Table.Td>{p.line}</Table.Td>
                <Table.Td>{p.column ?? t("common.none")}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
