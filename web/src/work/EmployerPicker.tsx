import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, query } from "../platform/api.ts";
import type { Employer } from "./types.ts";

/** An employer of the register, or a new one by name (created when the record is saved). */
export type EmployerChoice = { employerId: string; name: string } | { employerId: null; name: string };

const newPrefix = "new:";

/** Finds an employer of the organisation's register, or adds a new one inline. */
export function EmployerPicker({
  organisationId,
  value,
  onChange,
  error,
}: {
  organisationId: string;
  value: EmployerChoice | null;
  onChange: (choice: EmployerChoice | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ["organisation", organisationId, "employers", debounced],
    queryFn: () =>
      api<Employer[]>("GET", `/api/organisations/${organisationId}/employers${query({ q: debounced })}`),
    enabled: debounced.length >= 1,
    staleTime: 30_000,
  });
  const options = new Map<string, string>();
  if (value?.employerId) options.set(value.employerId, value.name);
  for (const e of found.data ?? []) options.set(e.id, e.businessId ? `${e.name} (${e.businessId})` : e.name);
  const typed = search.trim();
  const exact = (found.data ?? []).some((e) => e.name.toLowerCase() === typed.toLowerCase());
  const data = [...options].map(([id, label]) => ({ value: id, label }));
  if (value && value.employerId === null)
    data.unshift({ value: `${newPrefix}${value.name}`, label: value.name });
  else if (typed && !exact && typed !== value?.name)
    data.push({ value: `${newPrefix}${typed}`, label: t("workUi.newEmployer", { name: typed }) });

  const selected = value ? (value.employerId ?? `${newPrefix}${value.name}`) : null;
  return (
    <Select
      size="md"
      label={t("workUi.employer")}
      description={t("workUi.employerHelp")}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={data}
      value={selected}
      onChange={(id) => {
        if (!id) return onChange(null);
        if (id.startsWith(newPrefix)) return onChange({ employerId: null, name: id.slice(newPrefix.length) });
        const employer = found.data?.find((e) => e.id === id);
        onChange({ employerId: id, name: employer?.name ?? options.get(id) ?? "" });
      }}
      error={error}
    />
  );
}
