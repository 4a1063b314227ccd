import type { Appointment } from "../calendar/types.ts";
import { ActivityForm, draftFor, type FormTarget } from "./ActivityForm.tsx";
import { choicesOnDevice } from "./remembered-choices.ts";
import type { Activity } from "./types.ts";

/**
 * The activity form, open while there is a target: a new record (for a given client or one picked
 * in the form), a held appointment or an edit. A new record starts from the first type's usual
 * choices and the coach's own last ones on this device.
 */
export function ActivityFormModal({
  target,
  title,
  activity,
  appointment,
  onClose,
  onSaved,
}: {
  target: FormTarget | null;
  title: string;
  activity?: Activity | null;
  appointment?: Appointment | null;
  onClose: () => void;
  onSaved?: (activity: Activity | null, clientId: string | null) => void;
}) {
  if (!target) return null;
  const draft = draftFor({ activity: activity ?? null, appointment: appointment ?? null });
  const fresh = target.kind === "new" || target.kind === "pick";
  return (
    <ActivityForm
      key={activity?.id ?? appointment?.id ?? "new"}
      target={target}
      title={title}
      initial={fresh ? { ...draft, ...choicesOnDevice(draft.type) } : draft}
      onClose={onClose}
      onSaved={(saved, clientId) => {
        onSaved?.(saved, clientId);
        onClose();
      }}
    />
  );
}
