import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DisclosureWarning } from "./types.ts";

/** A warning triangle; the alert's title and text carry the meaning, so it is hidden from readers. */
function WarningIcon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 1 21h22L12 2Z" fill="currentColor" />
      <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#fff" />
    </svg>
  );
}

/**
 * Tells the coach, before they speak to the employer, whose disclosure plan forbids discussing
 * health with this employer or has no decision for it. Announced at once (role="alert").
 */
export function DisclosureWarnings({ warnings }: { warnings: DisclosureWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      styles={{
        root: { border: "2px solid var(--mantine-color-orange-8)" },
        title: { color: "var(--mantine-color-dark-9)", fontSize: "var(--mantine-font-size-md)" },
        icon: { color: "var(--mantine-color-orange-9)" },
        message: { color: "var(--mantine-color-dark-9)" },
      }}
      icon={<WarningIcon />}
      title={t("jobDevelopmentUi.disclosure.title")}
      data-testid="disclosure-warning"
    >
      <List spacing={4} size="sm">
        {warnings.map((w) => (
          <List.Item key={w.clientId}>
            {t(`jobDevelopment.disclosureWarnings.${w.reason}`, { initials: w.initials })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
