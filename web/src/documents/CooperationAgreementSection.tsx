import type { Messages } from "@core/i18n/types";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { otherFieldErrors } from "../platform/fields.ts";
import { focusSoon, focusTarget } from "../platform/focus.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";
import { AgreementForm, emptyAgreement } from "./AgreementForm.tsx";
import { AgreementView } from "./AgreementView.tsx";
import { ConfirmAgreementModal } from "./ConfirmAgreementModal.tsx";
import { type AgreementContent, useAgreementChange, useCooperationAgreement } from "./queries.ts";

type Content = Required<AgreementContent>;

/** The cooperation agreement: read it, write a new version, record the client's confirmation. */
export function CooperationAgreementSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agreement = useCooperationAgreement(clientId);
  const save = useAgreementChange(clientId, "save");
  const [draft, setDraft] = useState<Content | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // After saving or confirming, the button that was used has left the page: the agreement's
  // heading takes focus, and the status line says what changed.
  const heading = useRef<HTMLHeadingElement>(null);
  const backToAgreement = () => focusSoon(() => heading.current);
  const latest = agreement.data?.latest ?? null;
  const k = (key: keyof Messages["documents"]["agreement"], params?: Record<string, string | number>) =>
    t(`documents.agreement.${key}`, params);

  const startEditing = () => {
    save.reset();
    setNotice(null);
    if (!latest) return setDraft(emptyAgreement());
    const { confirmation: _, ...content } = latest.content;
    setDraft(content);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    save.mutate(
      { content: draft },
      {
        onSuccess: (saved) => {
          setDraft(null);
          setNotice(k("saved", { n: saved.version }));
          backToAgreement();
        },
      },
    );
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="cooperation-agreement">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="cooperation-agreement" ref={heading} {...focusTarget}>
            {t("documents.kinds.cooperation_agreement")}
          </Title>
          {draft === null && agreement.data ? (
            <Group>
              {agreement.data.canConfirm ? (
                <Button onClick={() => setConfirming(true)}>{k("confirm")}</Button>
              ) : null}
              <Button variant={latest ? "default" : "filled"} onClick={startEditing}>
                {latest ? k("edit") : k("write")}
              </Button>
            </Group>
          ) : null}
        </Group>
        <Text size="sm">{k("intro")}</Text>
        <StatusMessage message={notice} />
        <QueryGate isPending={agreement.isPending} error={agreement.error}>
          {draft !== null ? (
            <form onSubmit={submit} noValidate>
              <Stack>
                <AgreementForm value={draft} onChange={setDraft} error={save.error} />
                {otherFieldErrors(save.error, [
                  "content.clinicianName",
                  "content.otherParties",
                  "content.responsibilityNotes",
                  "content.goals",
                  "content.reviewOn",
                ]).map((m) => (
                  <ErrorAlert key={m} error={m} />
                ))}
                <ErrorAlert error={save.error} />
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setDraft(null)}>
                    {k("cancel")}
                  </Button>
                  <Button type="submit" loading={save.isPending}>
                    {k("save")}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : agreement.data ? (
            <Stack>
              {latest ? (
                <Text size="sm" fw={500}>
                  {k("version", {
                    n: latest.version,
                    date: format.dateTime(latest.savedAt),
                    author: latest.authorName ?? t("common.none"),
                  })}
                </Text>
              ) : (
                <Text>{k("notWritten")}</Text>
              )}
              <AgreementView agreement={agreement.data} />
            </Stack>
          ) : null}
        </QueryGate>
      </Stack>
      {confirming ? (
        <ConfirmAgreementModal
          clientId={clientId}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            setNotice(k("confirmed"));
            backToAgreement();
          }}
        />
      ) : null}
    </Paper>
  );
}
