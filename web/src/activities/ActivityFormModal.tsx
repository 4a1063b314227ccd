import type { Appointment } from "../calendar/types.ts";
import { ActivityForm, draftFor } from "./ActivityForm.tsx";
import type { Activity } from "./types.ts";
import type { ActivityTarget } from "./useActivities.ts";

/** The activity form, open while there is a target: a new record, a held appointment or an edit. */
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
  onSaved?: (activity: Activity | null) => void;
}) {
  if (!target) return null;
  return (
    <ActivityForm
      key={activity?.id ?? appointment?.id ?? "new"}
      target={target}
      title={title}
      initial={draftFor({ activity: activity ?? null, appointment: appointment ?? null })}
      onClose={onClose}
      onSaved={(saved) => {
        onSaved?.(saved);
        onClose();
      }}
    />
  );
}
