import "@mantine/dates/styles.css";
import "dayjs/locale/fi";
import "dayjs/locale/sv-fi";
import "dayjs/locale/en-gb";
import type { Locale } from "@core/i18n/locales";
import { Group, Text, Textarea, TextInput, VisuallyHidden } from "@mantine/core";
import { DateInput, DatesProvider } from "@mantine/dates";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLocale } from "../i18n.ts";
import { parseTypedDate } from "./parse.ts";
import type { FieldProps } from "./use-contract-form.ts";

/** dayjs's locale for the app's language: month and day names, Monday first. */
const dayjsLocales: Record<Locale, string> = { fi: "fi", sv: "sv-fi", en: "en-gb" };

type Common = { required?: boolean; description?: ReactNode; disabled?: boolean; miw?: number };

function useLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage as Locale | undefined) ?? currentLocale();
}

/**
 * A date field's props: the form layer's `field(name, label)` spread fits, and so does a filter's
 * own value and setter (the audit log's dates are a search, not a form to submit).
 */
type DateProps = {
  id?: string;
  label: string;
  value: string;
  onChange: (next: string) => void;
  onBlur?: () => void;
  error?: ReactNode;
};

/**
 * A calendar date (YYYY-MM-DD, "" for none) in the app's language and form (7.12.2026), never
 * the browser's (a Finnish page showed mm/dd/yyyy). Typed dates are read day first.
 */
export function DateField({
  value,
  onChange,
  minDate,
  maxDate,
  clearable,
  ...props
}: DateProps & Common & { minDate?: string | undefined; maxDate?: string | undefined; clearable?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The calendar opens on a click or ArrowDown, not on focus: opened on focus it covered the
  // buttons below the field (a dialog's submit) while the date was being typed. It closes when
  // a date is picked or typed, on Escape and when the field is left.
  const [calendar, setCalendar] = useState(false);
  return (
    <DatesProvider settings={{ locale: dayjsLocales[locale], firstDayOfWeek: 1 }}>
      <DateInput
        {...props}
        size="md"
        value={value || null}
        onChange={(next) => {
          setCalendar(false);
          onChange(next ?? "");
        }}
        onClick={() => setCalendar(true)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setCalendar(true);
          if (event.key === "Escape" || event.key === "Enter") setCalendar(false);
        }}
        onBlur={() => {
          setCalendar(false);
          props.onBlur?.();
        }}
        valueFormat={t("forms.dateFormat")}
        placeholder={t("forms.dateHint")}
        dateParser={(text) => parseTypedDate(text, new Date().getFullYear())}
        minDate={minDate || undefined}
        maxDate={maxDate || undefined}
        clearable={clearable ?? !props.required}
        // The calendar's arrows are buttons with no text: they need names of their own (axe).
        previousLabel={t("forms.previousMonth")}
        nextLabel={t("forms.nextMonth")}
        clearButtonProps={{ "aria-label": t("forms.clearDate") }}
        // Mantine greys the days of the next and previous month and reds the weekends, both
        // below 4.5:1 contrast (axe): the month's own days only, all in the text colour.
        hideOutsideDates
        weekendDays={[]}
        popoverProps={{ withinPortal: true, opened: calendar }}
      />
    </DatesProvider>
  );
}

/** A start and an end date side by side; the calendar of the end starts from the start. */
export function DateRangeFields({
  start,
  end,
  startRequired = true,
}: {
  start: DateProps;
  end: DateProps;
  startRequired?: boolean;
}) {
  return (
    <Group grow align="flex-start">
      <DateField {...start} required={startRequired} miw={0} />
      <DateField {...end} minDate={start.value || undefined} miw={0} />
    </Group>
  );
}

/**
 * A time of day as text in the language's form (9.05; 09:05 in English), read by parseTypedTime
 * when the body is built: never the browser's own time input, which follows the browser's
 * language (AM/PM on an English browser) rather than the app's.
 */
export function TimeField(props: FieldProps<string> & Common) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...props}
      size="md"
      inputMode="decimal"
      autoComplete="off"
      placeholder={t("forms.timeHint")}
    />
  );
}

/** A number typed as people type it ("37,5" or "37.5"), read by parseDecimal when submitting. */
function DecimalField({ unit, ...props }: FieldProps<string> & Common & { unit: string }) {
  return (
    <TextInput
      {...props}
      size="md"
      inputMode="decimal"
      autoComplete="off"
      rightSection={<Text size="sm">{unit}</Text>}
      rightSectionWidth={64}
    />
  );
}

/** Hours per week. */
export function HoursField(props: FieldProps<string> & Common) {
  const { t } = useTranslation();
  return <DecimalField {...props} unit={t("forms.hoursUnit")} />;
}

/** Euros an hour: "12,80" and "12.80" are the same wage; the contract bounds it. */
export function MoneyField(props: FieldProps<string> & Common) {
  const { t } = useTranslation();
  return <DecimalField {...props} unit={t("forms.euroPerHour")} />;
}

/**
 * Free text with a visible counter against the contract's limit (`form.maxLength(name)`). Typing
 * past the limit is not cut off (a pasted note would lose its end silently): the counter turns
 * red and the contract's message says how much too long it is. Screen readers hear the count only
 * near the limit, not at every key.
 */
export function NotesField({
  max,
  value,
  minRows = 3,
  ...props
}: FieldProps<string> & Common & { max: number | null; minRows?: number }) {
  const { t } = useTranslation();
  const length = value.length;
  const over = max !== null && length > max;
  const near = max !== null && !over && length >= max * 0.9;
  const counterId = `${props.id}-counter`;
  return (
    <div>
      <Textarea
        {...props}
        value={value}
        size="md"
        autosize
        minRows={minRows}
        maxRows={16}
        aria-describedby={max !== null ? counterId : undefined}
      />
      {max !== null ? (
        <>
          <Text id={counterId} size="sm" ta="right" mt={4} c={over ? "var(--mantine-color-error)" : "dimmed"}>
            {t("forms.counter", { count: length, max })}
          </Text>
          <VisuallyHidden role="status" aria-live="polite">
            {over
              ? t("forms.overLimit", { over: length - max })
              : near
                ? t("forms.nearLimit", { left: max - length })
                : ""}
          </VisuallyHidden>
        </>
      ) : null}
    </div>
  );
}
