import { Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { employerKeys, employers } from "../platform/client/employers.ts";

/** An employer of the register, or a new one by name (created when the record is saved). */
export type EmployerChoice = { employerId: string; name: string } | { employerId: null; name: string };

const newPrefix = "new:";

/** The choice as a record's body fields: the register's id, or the new name to create. */
export const employerBody = (choice: EmployerChoice | null) => ({
  employerId: choice?.employerId ?? null,
  employerName: choice && choice.employerId === null ? choice.name : null,
});

/** Both body fields' messages belong on the one picker (form field `employer`). */
export const employerFieldOf = { employerId: "employer", employerName: "employer" } as const;

/**
 * Finds an employer of the organisation's register, or adds a new one inline. A name typed and
 * left without choosing is kept, never cleared silently: an employer of that exact name is
 * chosen, otherwise the name becomes a new employer, and the field says so (issue 10).
 */
export function EmployerPicker({
  organisationId,
  value,
  onChange,
  onBlur,
  error,
  id,
}: {
  organisationId: string;
  value: EmployerChoice | null;
  onChange: (choice: EmployerChoice | null) => void;
  onBlur?: () => void;
  error?: string | undefined;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: [...employerKeys.of(organisationId), "find", debounced],
    queryFn: () => employers.find(organisationId, { q: debounced }),
    enabled: debounced.length >= 1,
    staleTime: 30_000,
  });
  const options = new Map<string, string>();
  if (value?.employerId) options.set(value.employerId, value.name);
  for (const e of found.data ?? []) options.set(e.id, e.businessId ? `${e.name} (${e.businessId})` : e.name);
  const typed = search.trim();
  const sameName = (name: string) => name.toLowerCase() === typed.toLowerCase();
  const exact = (found.data ?? []).filter((e) => sameName(e.name));
  const data = [...options].map(([optionId, label]) => ({ value: optionId, label }));
  if (value && value.employerId === null)
    data.unshift({ value: `${newPrefix}${value.name}`, label: value.name });
  else if (typed && exact.length === 0 && typed !== value?.name)
    data.push({ value: `${newPrefix}${typed}`, label: t("workUi.newEmployer", { name: typed }) });

  /** Leaving the field with a typed name keeps it: the register's employer of that name, or a new one. */
  const keepTyped = () => {
    onBlur?.();
    if (!typed || typed === value?.name) return;
    const match = exact.length === 1 ? exact[0] : undefined;
    onChange(match ? { employerId: match.id, name: match.name } : { employerId: null, name: typed });
    setSearch(match?.name ?? typed);
  };

  const selected = value ? (value.employerId ?? `${newPrefix}${value.name}`) : null;
  return (
    <div>
      <Select
        id={id}
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
        onChange={(optionId) => {
          if (!optionId) return onChange(null);
          if (optionId.startsWith(newPrefix))
            return onChange({ employerId: null, name: optionId.slice(newPrefix.length) });
          const employer = found.data?.find((e) => e.id === optionId);
          onChange({ employerId: optionId, name: employer?.name ?? options.get(optionId) ?? "" });
        }}
        onBlur={keepTyped}
        error={error}
      />
      <div aria-live="polite">
        {value?.employerId === null ? (
          <Text size="sm" mt={4}>
            {t("workUi.newEmployerKept", { name: value.name })}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
