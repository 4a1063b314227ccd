import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEmployerList } from "../employers/queries.ts";
import { useRecentContacts } from "./queries.ts";

export type PickedEmployer = { id: string; name: string };

/**
 * Chooses an employer of the register: the ones the user contacted lately come first, and typing
 * searches the register by name or business ID.
 */
export function EmployerSelect({
  organisationId,
  value,
  onChange,
  error,
  id,
}: {
  organisationId: string;
  value: PickedEmployer | null;
  onChange: (employer: PickedEmployer | null) => void;
  error?: string | undefined;
  /** The input's id, so a form's error summary can move focus to it. */
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const searching =
    debounced.length > 0 && debounced !== value?.name && !(value && debounced.startsWith(`${value.name} (`));
  const found = useEmployerList(organisationId, {
    q: searching ? debounced : "",
    industry: "",
    includeArchived: false,
  });
  const recent = useRecentContacts(organisationId);

  const names = new Map<string, string>();
  if (value) names.set(value.id, value.name);
  const recentItems: { value: string; label: string }[] = [];
  for (const c of recent.data ?? []) {
    if (recentItems.some((i) => i.value === c.employerId)) continue;
    recentItems.push({ value: c.employerId, label: c.employerName });
    names.set(c.employerId, c.employerName);
    if (recentItems.length >= 6) break;
  }
  const results = (found.data ?? []).map((e) => {
    names.set(e.id, e.name);
    return { value: e.id, label: e.businessId ? `${e.name} (${e.businessId})` : e.name };
  });
  const data = searching
    ? results
    : [
        ...(recentItems.length > 0
          ? [{ group: t("jobDevelopmentUi.recentEmployers"), items: recentItems }]
          : []),
        {
          group: t("jobDevelopmentUi.allEmployers"),
          items: results.filter((r) => !recentItems.some((i) => i.value === r.value)),
        },
      ];
  if (value && !names.has(value.id)) names.set(value.id, value.name);
  const withValue =
    value && !results.some((r) => r.value === value.id) && !recentItems.some((i) => i.value === value.id)
      ? searching
        ? [{ value: value.id, label: value.name }, ...results]
        : [{ value: value.id, label: value.name }, ...data]
      : data;

  return (
    <Select
      id={id}
      size="md"
      label={t("jobDevelopmentUi.employer")}
      description={t("jobDevelopmentUi.employerHelp")}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={withValue}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? { id, name: names.get(id) ?? "" } : null)}
      nothingFoundMessage={t("jobDevelopmentUi.noEmployers")}
      error={error}
      maxDropdownHeight={320}
    />
  );
}
