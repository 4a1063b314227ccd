import { Affix, Anchor, Button, type ButtonProps, Notification, Text } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

// The form, its date fields and the client list load on the first tap: the signed-in frame and
// the home page carry only this button (the first-page budget, scripts/bundle-size.mjs).
const RecordDialog = lazy(() => import("./RecordDialog.tsx"));

type Known = { id: string; name: string };

/**
 * "Record": the activity form from anywhere in the coach's app, for a given client or one picked
 * from the caseload in the form (issue 10: a phone call in four taps). After a save a notice
 * names the client and links to their contacts.
 */
export function RecordButton({
  client,
  label,
  ...button
}: {
  /** The client, or a function asked at the tap (the page in view), or null to pick in the form. */
  client: Known | null | (() => Known | null);
  /** The accessible name when the visible word alone is ambiguous (a row per client). */
  label?: string;
} & ButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ known: Known | null } | null>(null);
  const [saved, setSaved] = useState<Known | null>(null);
  return (
    <>
      <Button
        {...button}
        aria-label={label}
        onClick={() => {
          setSaved(null);
          setOpen({ known: typeof client === "function" ? client() : client });
        }}
      >
        {t("activitiesUi.record")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <RecordDialog known={open.known} onClose={() => setOpen(null)} onSaved={setSaved} />
        </Suspense>
      ) : null}
      {/* Mounted with the dialog, so the live region exists before the notice is put in it. */}
      {open || saved ? (
        <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={250}>
          <div role="status" aria-live="polite">
            {saved ? (
              <Notification
                color="green"
                withBorder
                onClose={() => setSaved(null)}
                closeButtonProps={{ "aria-label": t("activitiesUi.closeNotice") }}
              >
                <Text size="sm">{t("activitiesUi.recordedFor", { name: saved.name })}</Text>
                <Anchor
                  component={Link}
                  to={`/clients/${saved.id}?tab=contacts`}
                  size="sm"
                  onClick={() => setSaved(null)}
                >
                  {t("activitiesUi.showContacts")}
                </Anchor>
              </Notification>
            ) : null}
          </div>
        </Affix>
      ) : null}
    </>
  );
}
