import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFindClients } from "../clients/queries.ts";

export type JobSeeker = { id: string; name: string };

/** Finds job seekers (clients the caller may fully see) by name; several may be chosen. */
export function JobSeekerPicker({
  label,
  description,
  value,
  onChange,
  error,
  id,
}: {
  label: string;
  description?: string;
  value: JobSeeker[];
  onChange: (value: JobSeeker[]) => void;
  error?: string | undefined;
  /** The input's id, so a form's error summary can move focus to it. */
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const enabled = debounced.length >= 2;
  const found = useFindClients(debounced, enabled);
  const names = new Map<string, string>();
  for (const c of value) names.set(c.id, c.name);
  for (const c of found.data ?? []) if (c.access === "full") names.set(c.id, c.name);
  return (
    <MultiSelect
      id={id}
      size="md"
      label={label}
      description={description}
      placeholder={value.length === 0 ? t("jobDevelopmentUi.jobSeekerPlaceholder") : undefined}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={[...names].map(([id, name]) => ({ value: id, label: name }))}
      value={value.map((c) => c.id)}
      onChange={(ids) => {
        onChange(ids.map((id) => ({ id, name: names.get(id) ?? "" })));
        setSearch("");
      }}
      nothingFoundMessage={enabled && !found.isPending ? t("jobDevelopmentUi.noJobSeekers") : undefined}
      hidePickedOptions
      clearable
      clearButtonProps={{ "aria-label": t("jobDevelopmentUi.clearJobSeekers") }}
      error={error}
    />
  );
}
