import { Group } from "@mantine/core";
import { TimePicker } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { DateField } from "./fields.tsx";
import type { FieldProps } from "./use-contract-form.ts";

/**
 * A local date and time ("YYYY-MM-DDTHH:mm" in Finnish time, as core/time/local-time reads it):
 * the app's date field and a 24-hour time typed or stepped digit by digit, never the browser's
 * own picker (an en-US browser showed mm/dd/yyyy and AM/PM). The date keeps the field's id, so
 * the form's summary and focus land on it.
 */
export function DateTimeField({
  value,
  onChange,
  onBlur,
  id,
  label,
  error,
  required,
}: FieldProps<string> & { required?: boolean }) {
  const { t } = useTranslation();
  const [date = "", time = ""] = value.split("T");
  const join = (d: string, tm: string) => onChange(d || tm ? `${d}T${tm.slice(0, 5)}` : "");
  return (
    <Group grow align="flex-start" gap="sm" wrap="nowrap">
      <DateField
        id={id}
        label={label}
        value={date}
        onChange={(next) => join(next, time)}
        onBlur={onBlur}
        error={error}
        required={required}
        clearable={false}
        miw={0}
      />
      <TimePicker
        size="md"
        miw={0}
        label={t("forms.time")}
        required={required}
        format="24h"
        value={time}
        onChange={(next) => join(date, next)}
        onBlur={onBlur}
        hoursInputLabel={t("forms.hours")}
        minutesInputLabel={t("forms.minutes")}
      />
    </Group>
  );
}
