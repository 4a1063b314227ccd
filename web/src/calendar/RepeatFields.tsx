import { maxOccurrences, repeatFrequencies } from "@core/calendar/recurrence";
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChipField } from "../platform/form/ChipField.tsx";
import { DateField, type FieldProps } from "../platform/form/index.ts";

export type Repeats = "none" | (typeof repeatFrequencies)[number];

/** The repeat part of a new appointment's form values. */
export type RepeatValues = { repeats: Repeats; ends: "until" | "count"; until: string; count: string };

export const noRepeat: RepeatValues = { repeats: "none", ends: "count", until: "", count: "" };

/** The contract's `repeat` from the form's values: null for a single appointment. */
export function repeatBody(v: RepeatValues) {
  if (v.repeats === "none") return null;
  return {
    frequency: v.repeats,
    until: v.ends === "until" ? v.until || null : null,
    // An empty or unreadable count is sent as NaN, so the contract names the count field.
    count: v.ends === "count" ? (v.count.trim() === "" ? Number.NaN : Number(v.count)) : null,
  };
}

/** The label of each repeat field (an i18n key). */
export const repeatLabels = {
  repeats: "calendarUi.repeat.label",
  ends: "calendarUi.repeat.ends",
  until: "calendarUi.repeat.until",
  count: "calendarUi.repeat.count",
} as const;

/** Body paths of the repeat, shown on these form fields. */
export const repeatFieldOf = {
  "repeat.frequency": "repeats",
  "repeat.until": "until",
  "repeat.count": "count",
} as const;

/**
 * Does not repeat / weekly / every two weeks / monthly (on the weekday's position: "the second
 * Tuesday"), and the end: on a date or after a number of meetings.
 */
export function RepeatFields({
  values: v,
  fields,
  set,
}: {
  values: RepeatValues;
  /** The form's props for each field, labelled with repeatLabels. */
  fields: { [K in keyof RepeatValues]: FieldProps<RepeatValues[K]> };
  set: (change: Partial<RepeatValues>) => void;
}) {
  const { t } = useTranslation();
  const { repeats, ends } = fields;
  return (
    <>
      <NativeSelect
        size="md"
        {...repeats}
        data={(["none", ...repeatFrequencies] as const).map((r) => ({
          value: r,
          label: t(`calendarUi.repeat.${r}`),
        }))}
      />
      {v.repeats === "none" ? null : (
        <>
          <ChipField
            id={ends.id}
            legend={ends.label}
            error={ends.error}
            multiple={false}
            value={[v.ends]}
            onChange={(e) => set({ ends: e[0] === "until" ? "until" : "count" })}
            options={[
              { value: "count", label: t("calendarUi.repeat.endsCount") },
              { value: "until", label: t("calendarUi.repeat.endsUntil") },
            ]}
          />
          <Group grow align="flex-start">
            {v.ends === "until" ? (
              <DateField required miw={0} {...fields.until} />
            ) : (
              <TextInput
                size="md"
                required
                miw={0}
                inputMode="numeric"
                description={t("calendarUi.repeat.countHelp", { max: maxOccurrences })}
                {...fields.count}
              />
            )}
          </Group>
        </>
      )}
    </>
  );
}
