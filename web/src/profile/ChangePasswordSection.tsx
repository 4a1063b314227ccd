import { Button, Stack, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AuthFailure,
  authClient,
  authErrorMessage,
  minPasswordLength,
} from "../platform/auth-client.ts";
import { PasswordField } from "../platform/PasswordField.tsx";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";

export function ChangePasswordSection() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [problems, setProblems] = useState<{ next?: string; again?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setError(null);
    const found: { next?: string; again?: string } = {};
    if (next.length < minPasswordLength)
      found.next = t("validation.password_too_short", { min: minPasswordLength });
    if (next !== again) found.again = t("profile.passwordMismatch");
    setProblems(found);
    if (found.next || found.again) return;
    setBusy(true);
    const result = await authClient.changePassword({
      currentPassword: current,
      newPassword: next,
      revokeOtherSessions: true,
    });
    setBusy(false);
    if (result.error) {
      setError(authErrorMessage(result.error as AuthFailure));
      return;
    }
    setCurrent("");
    setNext("");
    setAgain("");
    setDone(true);
  };

  return (
    <section aria-labelledby="password-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} id="password-heading">
            {t("profile.passwordTitle")}
          </Title>
          <PasswordField
            label={t("profile.currentPassword")}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordField
            label={t("profile.newPassword")}
            description={t("profile.passwordHelp", { min: minPasswordLength })}
            autoComplete="new-password"
            required
            minLength={minPasswordLength}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={problems.next}
          />
          <PasswordField
            label={t("profile.confirmPassword")}
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={problems.again}
          />
          <ErrorAlert error={error} />
          <StatusMessage message={done ? t("profile.passwordChanged") : null} />
          <Button type="submit" loading={busy} w="fit-content">
            {t("profile.changePassword")}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
