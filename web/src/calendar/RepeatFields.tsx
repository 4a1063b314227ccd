import { maxOccurrences, repeatFrequencies } from "@core/calendar/recurrence";
import { Group, NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ChipField } from "../platform/form/ChipField.tsx";
import { DateField, type FieldProps } from "../platform/form/index.ts";
import type { RepeatValues } from "./repeat-values.ts";

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
