import { Button, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type AuthFailure, authClient, authErrorMessage } from "../platform/auth-client.ts";
import { meKey } from "../platform/session.ts";
import { setSessionHint } from "../platform/session-hint.ts";
import { ErrorAlert } from "../platform/ui.tsx";

/** Signs the user out everywhere, this device included. */
export function SessionsSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signOutAll = async () => {
    setBusy(true);
    setError(null);
    const result = await authClient.revokeSessions();
    setBusy(false);
    if (result.error) {
      setError(authErrorMessage(result.error as AuthFailure));
      return;
    }
    setSessionHint(false);
    client.clear();
    client.setQueryData(meKey, null);
    navigate("/sign-in", { replace: true, state: { signedOut: true } });
  };

  return (
    <section aria-labelledby="sessions-heading">
      <Stack>
        <Title order={2} id="sessions-heading">
          {t("profile.sessionsTitle")}
        </Title>
        <Text>{t("profile.sessionsText")}</Text>
        <ErrorAlert error={error} />
        <Button
          color="red"
          variant="outline"
          onClick={() => void signOutAll()}
          loading={busy}
          w="fit-content"
        >
          {t("profile.signOutAll")}
        </Button>
      </Stack>
    </section>
  );
}
