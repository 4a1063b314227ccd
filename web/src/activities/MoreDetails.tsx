import { activityModes, participantKinds, places } from "@core/contracts/activities";
import { Button, NativeSelect, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChipField } from "../platform/form/ChipField.tsx";
import type { FieldProps } from "../platform/form/index.ts";
import type { Draft } from "./draft.ts";

type Participant = Draft["participants"][number];

/** What the section needs of the activity form (useContractForm's result fits). */
type DetailsForm<V extends Draft> = {
  values: V;
  set: (change: Partial<V>) => void;
  field: <K extends keyof V & string>(name: K, label: string) => FieldProps<V[K]>;
  error: (name: keyof V & string) => string | undefined;
};

const names = ["mode", "place", "participants"] as const;

/**
 * The activity's mode, place and who else took part: the type already brought the usual ones,
 * so they wait behind "More details" and the line above the button says what will be saved
 * ("Phone · Remote · Client"). A refused save with a problem here opens the section, so the
 * summary's link and the focus reach the field.
 */
export function MoreDetails<V extends Draft>({
  form,
  startOpen,
}: {
  form: DetailsForm<V>;
  startOpen: boolean;
}) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(startOpen);
  const sectionId = useId();
  const v = form.values;
  const open = asked || names.some((name) => form.error(name) !== undefined);
  const mode = form.field("mode", t("activitiesUi.mode"));
  const participants = form.field("participants", t("activitiesUi.participants"));
  const summary = [
    t(`activities.modes.${v.mode}`),
    t(`activities.places.${v.place}`),
    ...v.participants.map((p) => t(`activities.participants.${p}`)),
  ].join(" · ");

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" c="dimmed" data-testid="activity-details-summary">
          {summary}
        </Text>
        <Button
          variant="subtle"
          size="md"
          px={0}
          aria-expanded={open}
          aria-controls={sectionId}
          onClick={() => setAsked((o) => !o)}
        >
          {/* One name whether open or not: aria-expanded says which (the disclosure pattern). */}
          {t("activitiesUi.moreDetails")}
        </Button>
      </div>
      {open ? (
        <Stack id={sectionId} gap="md">
          <ChipField
            id={mode.id}
            legend={mode.label}
            error={mode.error}
            multiple={false}
            value={[v.mode]}
            onChange={(m) => form.set({ mode: m[0] ?? v.mode } as Partial<V>)}
            options={activityModes.map((m) => ({ value: m, label: t(`activities.modes.${m}`) }))}
          />
          <NativeSelect
            size="md"
            {...form.field("place", t("activitiesUi.place"))}
            data={places.map((p) => ({ value: p, label: t(`activities.places.${p}`) }))}
          />
          <ChipField
            id={participants.id}
            legend={participants.label}
            error={participants.error}
            multiple
            value={v.participants}
            onChange={(p) => form.set({ participants: p as Participant[] } as Partial<V>)}
            options={participantKinds.map((p) => ({ value: p, label: t(`activities.participants.${p}`) }))}
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
