import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { caseloadKeys } from "../caseload/queries.ts";
import type { Caseload, ClientRecord } from "../clients/types.ts";
import { clientKeys } from "../platform/client/clients.ts";

type Known = { id: string; name: string };

// The form one step further: this module stays small, so the button that loads it carries only
// its own short list of files to fetch (the first-page budget, scripts/bundle-size.mjs).
const ActivityFormModal = lazy(() =>
  import("./ActivityFormModal.tsx").then((m) => ({ default: m.ActivityFormModal })),
);

/** The activity form opened by "Record": the client given or picked, the saved client's name back. */
export default function RecordDialog({
  client,
  onClose,
  onSaved,
}: {
  client: Known | { inView: string } | null;
  onClose: () => void;
  onSaved: (client: Known) => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [known] = useState(() => {
    if (client === null || !("inView" in client)) return client;
    // The client page in view: its record is in the cache; a shared view cannot record.
    const record = queries.getQueryData<ClientRecord>(clientKeys.record(client.inView));
    return record?.access === "full" ? { id: record.id, name: record.name } : null;
  });
  return (
    <Suspense fallback={null}>
      <ActivityFormModal
        target={{ kind: "pick", known }}
        title={t("activitiesUi.document")}
        onClose={onClose}
        onSaved={(_, clientId) => {
          if (!clientId) return;
          const entry = queries
            .getQueryData<Caseload>(caseloadKeys.mine)
            ?.clients.find((c) => c.clientId === clientId);
          const name = entry?.name ?? (known?.id === clientId ? known.name : null);
          if (name) onSaved({ id: clientId, name });
          // The caseload's "last contact" changed.
          void queries.invalidateQueries({ queryKey: caseloadKeys.mine });
        }}
      />
    </Suspense>
  );
}

export { default as RecordNotice } from "./RecordNotice.tsx";
