/** The form layer (issue 10): one hook bound to a contract, one modal frame, shared fields. */

export { DateTimeField } from "./DateTimeField.tsx";
export { FormErrorSummary, FormModal } from "./FormModal.tsx";
export { DateField, DateRangeFields, HoursField, MoneyField, NotesField, TimeField } from "./fields.tsx";
export { dateOrNull, formatDecimal, formatTime, parseDecimal, parseTypedTime, textOrNull } from "./parse.ts";
export { type ContractForm, type FieldProps, useContractForm } from "./use-contract-form.ts";

import { currentLocale } from "../i18n.ts";
import { formatDecimal } from "./parse.ts";

/** A stored number as a number field's first text, with the language's decimal separator. */
export const decimalText = (value: number | null | undefined): string =>
  formatDecimal(value, currentLocale() === "en" ? "." : ",");
