import { Button, type ButtonProps } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";

// The form, its date fields and the client list load on the first tap: the signed-in frame and
// the home page carry only this button (the first-page budget, scripts/bundle-size.mjs).
const load = () => import("./RecordDialog.tsx");
const RecordDialog = lazy(load);
const RecordNotice = lazy(() => load().then((m) => ({ default: m.RecordNotice })));

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
  /**
   * The client; or the id of the client page in view (the form opens for them when the page shows
   * their full record); or null to pick one in the form.
   */
  client: Known | { inView: string } | null;
  /** The accessible name when the visible word alone is ambiguous (a row per client). */
  label?: string;
} & ButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ client: Known | { inView: string } | null } | null>(null);
  const [saved, setSaved] = useState<Known | null>(null);
  return (
    <>
      <Button
        {...button}
        aria-label={label}
        onClick={() => {
          setSaved(null);
          setOpen({ client });
        }}
      >
        {t("activitiesUi.record")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <RecordDialog client={open.client} onClose={() => setOpen(null)} onSaved={setSaved} />
        </Suspense>
      ) : null}
      {open || saved ? (
        <Suspense fallback={null}>
          <RecordNotice saved={saved} onClose={() => setSaved(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
