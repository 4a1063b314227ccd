import { type IndustrySection, industrySections } from "@core/employers/tol2008";
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useFormat } from "../platform/format.ts";
import { QueryGate, TableScroll } from "../platform/ui.tsx";
import { BusinessId } from "./BusinessId.tsx";
import { industryOptions } from "./labels.ts";
import { employersPath, useEmployerList } from "./queries.ts";
import { useRegisterAccess } from "./useOrganisationAccess.ts";

/** The organisation's employer register: search, industry filter, last contact; import and export. */
export default function EmployersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId, canManage } = useRegisterAccess();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const industryParam = params.get("industry") ?? "";
  const industry = (industrySections as readonly string[]).includes(industryParam)
    ? (industryParam as IndustrySection)
    : "";
  const includeArchived = params.get("archived") === "1";
  const list = useEmployerList(organisationId, { q: debounced, industry, includeArchived });
  const base = `/organisations/${organisationId}/employers`;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("employersUi.title")}</Title>
        <Group gap="sm">
          {canManage ? (
            <>
              <Button component={Link} to={`${base}/new`}>
                {t("employersUi.newTitle")}
              </Button>
              <Button component={Link} to={`${base}/import`} variant="default">
                {t("employersUi.importTitle")}
              </Button>
            </>
          ) : null}
          <Button
            component="a"
            href={`${employersPath(organisationId)}/export.csv`}
            variant="default"
            download
          >
            {t("employersUi.export")}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" role="search" aria-label={t("employersUi.searchLabel")}>
        <TextInput
          size="md"
          type="search"
          label={t("employersUi.search")}
          description={t("employersUi.searchHelp")}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setParam("q", e.currentTarget.value.trim());
          }}
          miw={0}
          style={{ flex: "1 1 16rem" }}
        />
        <NativeSelect
          size="md"
          label={t("employersUi.fields.industry")}
          value={industry}
          onChange={(e) => setParam("industry", e.currentTarget.value)}
          data={[{ value: "", label: t("employersUi.allIndustries") }, ...industryOptions(t)]}
          miw={0}
          style={{ flex: "1 1 16rem" }}
        />
        <Checkbox
          label={t("employersUi.includeArchived")}
          checked={includeArchived}
          onChange={(e) => setParam("archived", e.currentTarget.checked ? "1" : "")}
          mb={10}
        />
      </Group>
      <QueryGate isPending={list.isPending} error={list.error}>
        <div role="status" aria-live="polite">
          <Text size="sm" c="dimmed">
            {t("employersUi.resultCount", { count: list.data?.length ?? 0 })}
          </Text>
        </div>
        {list.data && list.data.length > 0 ? (
          <TableScroll label={t("employersUi.title")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("employersUi.fields.name")}</Table.Th>
                  <Table.Th scope="col">{t("employersUi.fields.businessId")}</Table.Th>
                  <Table.Th scope="col">{t("employersUi.fields.industry")}</Table.Th>
                  <Table.Th scope="col">{t("employersUi.fields.municipality")}</Table.Th>
                  <Table.Th scope="col">{t("employersUi.lastContact")}</Table.Th>
                  <Table.Th scope="col">{t("employersUi.contacts90")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`${base}/${e.id}`}>
                        {e.name}
                      </Anchor>
                      {e.archived ? (
                        <Badge ml="xs" variant="outline" color="dark" tt="none">
                          {t("employersUi.archived")}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {e.businessId ? <BusinessId value={e.businessId} /> : t("common.none")}
                    </Table.Td>
                    <Table.Td>
                      {e.industry ? t(`employers.industry.${e.industry}`) : t("common.none")}
                    </Table.Td>
                    <Table.Td>{e.municipality ?? t("common.none")}</Table.Td>
                    <Table.Td>
                      {e.lastContactAt ? format.date(e.lastContactAt) : t("employersUi.never")}
                    </Table.Td>
                    <Table.Td>{e.contactsLast90Days}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
    </Stack>
  );
}
