import { Button, Checkbox, Image, List, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import QRCode from "qrcode";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuthFailure, authClient, authErrorMessage } from "../platform/auth-client.ts";
import { PasswordField } from "../platform/PasswordField.tsx";
import { meKey, useMe } from "../platform/session.ts";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";
import { secretOf } from "./otpauth.ts";

type Step =
  | { kind: "idle" }
  | { kind: "scan"; uri: string; secret: string; backupCodes: string[] }
  | { kind: "recovery"; backupCodes: string[] };

/** Two-factor enrolment (QR code, manual key, confirm code, recovery codes) and disabling. */
export default function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe().data;
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [saved, setSaved] = useState(false);
  const [qr, setQr] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (step.kind !== "scan") return;
    let live = true;
    void QRCode.toDataURL(step.uri, { margin: 2, width: 220 }).then((url) => {
      if (live) setQr(url);
    });
    return () => {
      live = false;
    };
  }, [step]);

  if (!me) return null;
  const enabled = me.user.twoFactorEnabled;

  const run = async (call: () => Promise<{ error: unknown }>, after: () => void) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await call();
    setBusy(false);
    if (result.error) {
      setError(authErrorMessage(result.error as AuthFailure));
      return;
    }
    after();
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    let data: { totpURI: string; backupCodes: string[] } | null = null;
    void run(
      async () => {
        const result = await authClient.twoFactor.enable({ password, method: "totp" });
        if (result.data?.method === "totp") data = result.data;
        return result;
      },
      () => {
        if (!data) return;
        setPassword("");
        setCode("");
        setStep({
          kind: "scan",
          uri: data.totpURI,
          secret: secretOf(data.totpURI),
          backupCodes: data.backupCodes,
        });
      },
    );
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (step.kind !== "scan") return;
    const backupCodes = step.backupCodes;
    void run(
      () => authClient.twoFactor.verifyTotp({ code: code.replace(/\s/g, "") }),
      () => {
        setSaved(false);
        setStep({ kind: "recovery", backupCodes });
      },
    );
  };

  const finish = async () => {
    setStep({ kind: "idle" });
    setNotice(t("profile.enabled"));
    await client.invalidateQueries({ queryKey: meKey });
  };

  const disable = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => authClient.twoFactor.disable({ password }),
      () => {
        setPassword("");
        setNotice(t("profile.disabled"));
        void client.invalidateQueries({ queryKey: meKey });
      },
    );
  };

  if (step.kind === "scan") {
    return (
      <form onSubmit={confirm} noValidate>
        <Stack>
          <Text>{t("profile.scanQr")}</Text>
          {qr ? <Image src={qr} alt={t("profile.qrAlt")} w={220} h={220} /> : null}
          <Text size="sm">{t("profile.manualSecret")}</Text>
          <TextInput
            label={t("profile.secretLabel")}
            readOnly
            value={step.secret}
            classNames={{ input: "secret" }}
          />
          <Text>{t("profile.enterCode")}</Text>
          <TextInput
            label={t("auth.codeLabel")}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} w="fit-content">
            {t("profile.confirmCode")}
          </Button>
        </Stack>
      </form>
    );
  }

  if (step.kind === "recovery") {
    return (
      <Stack>
        <Text fw={700}>{t("profile.recoveryTitle")}</Text>
        <Text>{t("profile.recoveryText")}</Text>
        <List className="secret" aria-label={t("profile.recoveryTitle")}>
          {step.backupCodes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Checkbox
          label={t("profile.recoverySaved")}
          checked={saved}
          onChange={(e) => setSaved(e.currentTarget.checked)}
        />
        <Button onClick={() => void finish()} disabled={!saved} w="fit-content">
          {t("profile.recoveryConfirm")}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={enabled ? disable : start} noValidate>
      <Stack>
        <Text>{enabled ? t("profile.twoFactorOn") : t("profile.twoFactorOff")}</Text>
        {enabled ? null : <Text size="sm">{t("profile.twoFactorIntro")}</Text>}
        <StatusMessage message={notice} />
        <PasswordField
          label={t("profile.passwordToContinue")}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={busy} w="fit-content" color={enabled ? "red" : undefined}>
          {enabled ? t("profile.disable") : t("profile.enable")}
        </Button>
      </Stack>
    </form>
  );
}
