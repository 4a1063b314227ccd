import { Button, Container, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../platform/ui.tsx";

/** Shown when the session cannot be checked at all (server down, network gone). */
export function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="xs" py="xl" component="main">
      <Stack>
        <ErrorAlert error={error} />
        <Button onClick={onRetry}>{t("common.retry")}</Button>
      </Stack>
    </Container>
  );
}
