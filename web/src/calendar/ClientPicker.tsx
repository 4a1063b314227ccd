import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFindClients } from "../clients/queries.ts";

type Picked = { id: string; name: string };

/** Finds a client I may see by name (at least two letters), for booking an appointment. */
export function ClientPicker({
  value,
  onChange,
  error,
  id,
}: {
  value: Picked | null;
  onChange: (client: Picked | null) => void;
  error?: string | undefined;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const enabled = debounced.length >= 2 && debounced !== value?.name;
  const found = useFindClients(debounced, enabled);
  const options = new Map<string, string>();
  if (value) options.set(value.id, value.name);
  for (const c of found.data ?? []) if (c.access === "full") options.set(c.id, c.name);

  return (
    <Select
      id={id}
      size="md"
      label={t("calendarUi.client")}
      description={t("calendarUi.clientHelp")}
      placeholder={t("calendarUi.clientPlaceholder")}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? { id, name: options.get(id) ?? "" } : null)}
      nothingFoundMessage={enabled && !found.isPending ? t("calendarUi.noClients") : undefined}
      error={error}
      clearButtonProps={{ "aria-label": t("calendarUi.clearClient") }}
    />
  );
}
