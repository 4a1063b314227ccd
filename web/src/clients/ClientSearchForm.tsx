import { Button, Group, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** Search by name or henkilötunnus; opens the client list with the results. */
export function ClientSearchForm({ initial = "", extra }: { initial?: string; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(window.location.search);
    if (q.trim()) params.set("q", q.trim());
    else params.delete("q");
    navigate(`/clients?${params.toString()}`);
  };
  return (
    <search>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t("clients.searchLabel")}
            description={t("clients.searchHelp")}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={{ base: "100%", xs: 320 }}
          />
          {extra}
          <Button type="submit">{t("clients.search")}</Button>
        </Group>
      </form>
    </search>
  );
}
