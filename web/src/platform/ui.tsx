import { Alert, Center, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorSummary } from "./error-summary.ts";

/** An error message announced to screen readers (role="alert"). */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = errorSummary(error, t("errors.validation_failed"), t("errors.internal"));
  return (
    <Alert color="red" role="alert" variant="light">
      {message}
    </Alert>
  );
}

/** A polite live region for confirmations ("Changes saved."); always rendered so it is announced. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert color="green" variant="light">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t("common.loading")} />
    </Center>
  );
}

/** Loading and error states for a query, so every page reports them the same way. */
export function QueryGate({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: unknown;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  if (error) {
    return (
      <>
        <Text>{t("common.loadFailed")}</Text>
        <ErrorAlert error={error} />
      </>
    );
  }
  if (isPending) return <PageLoader />;
  return <>{children}</>;
}

/**
 * A wide table that scrolls sideways on a phone. The scroll area is focusable so keyboard users
 * can scroll it (WCAG 2.1.1), and named so screen readers announce what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
