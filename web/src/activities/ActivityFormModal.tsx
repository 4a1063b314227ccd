import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { Appointment } from "../calendar/types.ts";
import { ActivityForm, draftFor } from "./ActivityForm.tsx";
import type { Activity } from "./types.ts";
import type { ActivityTarget } from "./useActivities.ts";

/** The activity form in a dialog; full screen on a phone so the fields stay big. */
export function ActivityFormModal({
  target,
  title,
  activity,
  appointment,
  onClose,
  onSaved,
}: {
  target: ActivityTarget | null;
  title: string;
  activity?: Activity | null;
  appointment?: Appointment | null;
  onClose: () => void;
  onSaved?: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 600px)");
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={Boolean(phone)}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {target ? (
        <ActivityForm
          key={activity?.id ?? appointment?.id ?? "new"}
          target={target}
          initial={draftFor({ activity: activity ?? null, appointment: appointment ?? null })}
          onCancel={onClose}
          onSaved={(saved) => {
            onSaved?.(saved);
            onClose();
          }}
        />
      ) : null}
    </Modal>
  );
}
