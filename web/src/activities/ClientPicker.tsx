import { Button, Group, Stack, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCaseload } from "../caseload/queries.ts";
import type { CaseloadEntry } from "../clients/types.ts";
import type { FieldProps } from "../platform/form/index.ts";
import { QueryGate } from "../platform/ui.tsx";

/** The most recently met first (the client just phoned is on top), then those never met, by name. */
function byRecentContact(a: CaseloadEntry, b: CaseloadEntry): number {
  const da = a.daysSinceLastContact ?? Number.POSITIVE_INFINITY;
  const db = b.daysSinceLastContact ?? Number.POSITIVE_INFINITY;
  return da === db ? a.name.localeCompare(b.name, "fi") : da - db;
}

/**
 * The activity form's client, chosen from the coach's own caseload with one tap: a search box
 * (focused first) over the list, most recent contact first. Once chosen it shows the name and a
 * button to change it. `known` names a client given in advance (the client page one opened it on).
 */
export function ClientPicker({
  id,
  label,
  value,
  onChange,
  error,
  known,
}: FieldProps<string> & { known: { id: string; name: string } | null }) {
  const { t } = useTranslation();
  const caseload = useCaseload();
  const [query, setQuery] = useState("");
  const change = useRef<HTMLButtonElement>(null);
  const entries = [...(caseload.data?.clients ?? [])].sort(byRecentContact);
  const chosenName =
    entries.find((c) => c.clientId === value)?.name ?? (known?.id === value ? known.name : null);

  if (value && chosenName !== null) {
    return (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div>
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Text size="lg" fw={600} data-testid="chosen-client">
            {chosenName}
          </Text>
        </div>
        <Button
          ref={change}
          variant="default"
          size="md"
          aria-label={t("activitiesUi.changeClient", { name: chosenName })}
          onClick={() => onChange("")}
        >
          {t("activitiesUi.change")}
        </Button>
      </Group>
    );
  }

  const words = query.trim().toLocaleLowerCase("fi");
  const shown = words ? entries.filter((c) => c.name.toLocaleLowerCase("fi").includes(words)) : entries;
  const listLabel = t("activitiesUi.caseloadClients");
  return (
    <Stack gap="xs">
      <TextInput
        id={id}
        size="md"
        label={label}
        description={t("activitiesUi.clientHelp")}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        error={error}
        autoComplete="off"
        type="search"
        data-autofocus
      />
      <QueryGate isPending={caseload.isPending} error={caseload.error}>
        {shown.length === 0 ? <Text size="sm">{t("activitiesUi.noClientFound")}</Text> : null}
        <Stack component="ul" gap={4} p={0} m={0} aria-label={listLabel} style={{ listStyle: "none" }}>
          {shown.map((c) => (
            <li key={c.clientId}>
              <UnstyledButton
                className="picker-row"
                w="100%"
                p="sm"
                onClick={() => {
                  onChange(c.clientId);
                  // The list goes away; keep focus near where it was, on the chosen client's row.
                  window.setTimeout(() => change.current?.focus(), 0);
                }}
              >
                <Text fw={600}>{c.name}</Text>
                <Text size="sm" c="dimmed">
                  {c.daysSinceLastContact === null
                    ? t("caseload.noContactYet")
                    : t("caseload.daysAgo", { count: c.daysSinceLastContact })}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      </QueryGate>
    </Stack>
  );
}
