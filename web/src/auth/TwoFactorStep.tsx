import { Anchor, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../platform/api.ts";
import { ErrorAlert } from "../platform/ui.tsx";

/** The second sign-in step: a code from the authenticator app, or one recovery code. */
export function TwoFactorStep({
  onDone,
  onStartOver,
}: {
  onDone: () => Promise<void>;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const [backup, setBackup] = useState(false);
  const [code, setCode] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Move focus to the code field when the step appears or the method changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when the method changes
  useEffect(() => input.current?.focus(), [backup]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const value = code.trim();
    try {
      // better-auth's endpoints through api(): its failures arrive translated in Polku's error
      // shape (server/src/auth/present-auth-failure.ts), and its client library stays out of
      // the sign-in page (docs/performance.md).
      if (backup) await api<unknown>("POST", "/api/auth/two-factor/verify-backup-code", { code: value });
      else {
        const totp = { code: value.replace(/\s/g, ""), trustDevice: false };
        await api<unknown>("POST", "/api/auth/two-factor/verify-totp", totp);
      }
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof Error ? failure.message : failure);
      return;
    }
    setBusy(false);
    await onDone();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h3">
          {t("auth.codeTitle")}
        </Title>
        <Text size="sm">{backup ? t("auth.backupIntro") : t("auth.codeIntro")}</Text>
        <TextInput
          ref={input}
          label={backup ? t("auth.backupLabel") : t("auth.codeLabel")}
          name="code"
          autoComplete="one-time-code"
          inputMode={backup ? "text" : "numeric"}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={busy}>
          {t("auth.verify")}
        </Button>
        <Group justify="space-between">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => {
              setBackup((b) => !b);
              setCode("");
              setError(null);
            }}
          >
            {backup ? t("auth.useAuthenticator") : t("auth.useBackupCode")}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onStartOver}>
            {t("auth.startOver")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
