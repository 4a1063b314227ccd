import { Button, Container, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate } from "react-router";
import { api } from "../platform/api.ts";
import { LanguageSwitcher } from "../platform/LanguageSwitcher.tsx";
import { PasswordField } from "../platform/PasswordField.tsx";
import { meKey, useMe } from "../platform/session.ts";
import { setSessionHint } from "../platform/session-hint.ts";
import type { SignInInfo } from "../platform/types.ts";
import { ErrorAlert, PageLoader, StatusMessage } from "../platform/ui.tsx";
import { DemoNotice } from "./DemoNotice.tsx";
import { TwoFactorStep } from "./TwoFactorStep.tsx";

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const info = useQuery({
    queryKey: ["sign-in-info"],
    queryFn: () => api<SignInInfo>("GET", "/api/public/sign-in-info"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to="/" replace />;

  const finish = async () => {
    setSessionHint(true);
    await client.invalidateQueries({ queryKey: meKey });
    navigate("/", { replace: true });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    let result: { twoFactorRedirect?: boolean } | undefined;
    try {
      // better-auth's endpoint through api(): failures arrive translated in Polku's error shape
      // (server/src/auth/present-auth-failure.ts); its client library is not needed here.
      result = await api("POST", "/api/auth/sign-in/email", { email: email.trim(), password });
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof Error ? failure.message : failure);
      return;
    }
    setBusy(false);
    if (result?.twoFactorRedirect) {
      setPassword("");
      setNeedsCode(true);
      return;
    }
    await finish();
  };

  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          <Text fw={700} fz="lg">
            {t("common.appName")}
          </Text>
          <LanguageSwitcher />
        </Group>
      </header>
      <Container size={460} component="main" py="lg">
        <Stack>
          <Title order={1}>{t("auth.title")}</Title>
          <Text>{t("auth.intro")}</Text>
          <StatusMessage message={signedOut && !needsCode ? t("auth.signedOut") : null} />
          <Paper withBorder p="lg" radius="md">
            {needsCode ? (
              <TwoFactorStep onDone={finish} onStartOver={() => setNeedsCode(false)} />
            ) : (
              <form onSubmit={submit} noValidate>
                <Stack>
                  <TextInput
                    label={t("auth.email")}
                    type="email"
                    name="email"
                    autoComplete="username"
                    required
                    value={email}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                  />
                  <PasswordField
                    label={t("auth.password")}
                    name="password"
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                  <ErrorAlert error={error} />
                  <Button type="submit" loading={busy}>
                    {t("auth.submit")}
                  </Button>
                </Stack>
              </form>
            )}
          </Paper>
          {info.data?.demo ? <DemoNotice info={info.data} /> : null}
          {info.error ? <ErrorAlert error={info.error} /> : null}
        </Stack>
      </Container>
    </>
  );
}
