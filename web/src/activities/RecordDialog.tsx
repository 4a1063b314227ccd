import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { caseloadKeys } from "../caseload/queries.ts";
import type { Caseload } from "../clients/types.ts";
import { ActivityFormModal } from "./ActivityFormModal.tsx";

type Known = { id: string; name: string };

/** The activity form opened by "Record": the client given or picked, the saved client's name back. */
export default function RecordDialog({
  known,
  onClose,
  onSaved,
}: {
  known: Known | null;
  onClose: () => void;
  onSaved: (client: Known) => void;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  return (
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
  );
}
