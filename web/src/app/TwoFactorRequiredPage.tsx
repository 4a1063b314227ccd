import { Alert, Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "../platform/LanguageSwitcher.tsx";
import { PageLoader } from "../platform/ui.tsx";
import { useSignOut } from "./useSignOut.ts";

const TwoFactorSection = lazy(() => import("../profile/TwoFactorSection.tsx"));

/** The organisation requires two-factor: nothing else opens until the user has enrolled. */
export function TwoFactorRequiredPage() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          <Text fw={700} fz="lg">
            {t("common.appName")}
          </Text>
          <Group>
            <LanguageSwitcher hideLabel />
            <Button variant="default" onClick={() => void signOut()}>
              {t("nav.signOut")}
            </Button>
          </Group>
        </Group>
      </header>
      <Container size="sm" component="main" py="md">
        <Stack>
          <Title order={1}>{t("twoFactorRequired.title")}</Title>
          <Alert color="blue" variant="light">
            {t("twoFactorRequired.text")}
          </Alert>
          <Suspense fallback={<PageLoader />}>
            <TwoFactorSection />
          </Suspense>
        </Stack>
      </Container>
    </>
  );
}
