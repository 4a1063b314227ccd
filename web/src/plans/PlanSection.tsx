import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { type ComponentType, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { otherFieldErrors } from "../platform/fields.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import type { PlanContent, PlanKind } from "./types.ts";
import { usePlan, usePlanVersion, useSavePlan } from "./usePlans.ts";

/** How one plan kind is read and written. */
export type PlanEditor<K extends PlanKind> = {
  empty: (today: string) => PlanContent<K>;
  View: ComponentType<{ content: PlanContent<K> }>;
  Form: ComponentType<{
    value: PlanContent<K>;
    onChange: (value: PlanContent<K>) => void;
    error: unknown;
    organisationId: string;
  }>;
};

/**
 * One plan: the latest version with its number, date and author, earlier versions to read,
 * and editing that saves a new version (nothing is overwritten).
 */
export function PlanSection<K extends PlanKind>({
  clientId,
  organisationId,
  kind,
  editor,
  today,
}: {
  clientId: string;
  organisationId: string;
  kind: K;
  editor: PlanEditor<K>;
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = usePlan(clientId, kind);
  const save = useSavePlan(clientId, kind);
  const [chosen, setChosen] = useState<number | null>(null);
  const [draft, setDraft] = useState<PlanContent<K> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = plan.data?.latest ?? null;
  const reading = chosen !== null && chosen !== latest?.version ? chosen : null;
  const earlier = usePlanVersion(clientId, kind, reading);
  const shownVersion = reading !== null ? (earlier.data ?? null) : latest;
  const headingId = `plan-${kind}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    save.mutate(draft, {
      onSuccess: (saved) => {
        setDraft(null);
        setChosen(null);
        setNotice(t("plansUi.savedVersion", { n: saved.version }));
      },
    });
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id={headingId}>
            {t(`plans.kinds.${kind}`)}
          </Title>
          {draft === null && plan.data ? (
            <Button
              variant={latest ? "default" : "filled"}
              onClick={() => {
                save.reset();
                setNotice(null);
                setDraft(latest ? latest.content : editor.empty(today));
              }}
              aria-label={`${latest ? t("plansUi.edit") : t("plansUi.write")}: ${t(`plans.kinds.${kind}`)}`}
            >
              {latest ? t("plansUi.edit") : t("plansUi.write")}
            </Button>
          ) : null}
        </Group>
        <StatusMessage message={notice} />
        <QueryGate isPending={plan.isPending} error={plan.error}>
          {draft !== null ? (
            <form onSubmit={submit} noValidate>
              <Stack>
                <Text size="sm" c="dimmed">
                  {t("plansUi.newVersionHelp")}
                </Text>
                <editor.Form
                  value={draft}
                  onChange={setDraft}
                  error={save.error}
                  organisationId={organisationId}
                />
                {otherFieldErrors(
                  save.error,
                  Object.keys(draft).map((key) => `content.${key}`),
                ).map((m) => (
                  <ErrorAlert key={m} error={m} />
                ))}
                <ErrorAlert error={save.error} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setDraft(null)}>
                    {t("common.cancel")}
                  </Button>
                  <Button type="submit" loading={save.isPending}>
                    {t("plansUi.saveVersion")}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : latest === null ? (
            <Text>{t("plansUi.none")}</Text>
          ) : (
            <Stack>
              <Group justify="space-between" align="flex-end">
                <Text size="sm" fw={500}>
                  {shownVersion
                    ? t("plansUi.versionMeta", {
                        n: shownVersion.version,
                        date: format.dateTime(shownVersion.savedAt),
                        author: shownVersion.authorName ?? t("common.none"),
                      })
                    : t("common.loading")}
                  {reading !== null ? ` · ${t("plansUi.earlierVersion")}` : ""}
                </Text>
                {(plan.data?.versions.length ?? 0) > 1 ? (
                  <NativeSelect
                    size="xs"
                    label={t("plansUi.versions")}
                    value={String(reading ?? latest.version)}
                    onChange={(e) => setChosen(Number(e.currentTarget.value))}
                    data={(plan.data?.versions ?? []).map((v) => ({
                      value: String(v.version),
                      label: t("plansUi.versionOption", { n: v.version, date: format.date(v.savedAt) }),
                    }))}
                  />
                ) : null}
              </Group>
              {reading !== null && earlier.error ? <ErrorAlert error={earlier.error} /> : null}
              {shownVersion ? <editor.View content={shownVersion.content} /> : null}
            </Stack>
          )}
        </QueryGate>
      </Stack>
    </Paper>
  );
}
