import { fieldProblems } from "@core/errors/field-problems";
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "../api.ts";
import {
  type FieldMessages,
  fieldForPath,
  placeServerMessages,
  type TranslateValidation,
  translateProblems,
} from "./form-errors.ts";
import { maxLengthOf } from "./schema-limits.ts";

type Values = Record<string, unknown>;

const none: FieldMessages = { byField: new Map(), other: [] };

export type ContractFormOptions<S extends z.ZodType, V extends Values, B extends z.input<S>> = {
  /** The contract the server validates the body with (core/contracts). */
  schema: S;
  /** The form's first values: text for text, number and date fields (a number is parsed on submit). */
  initial: V;
  /** The request body from the values; the schema judges it, the server receives it. */
  toBody: (values: V) => B;
  /** Called with the body when the schema accepts it. */
  onSubmit: (body: B) => void;
  /** The failed save (react-query's `mutation.error`): its field messages land on the fields. */
  serverError?: unknown;
  /** The form field that shows a body path's problem, when the names differ ("employerName" → "employer"). */
  fieldOf?: Partial<Record<string, keyof V & string>>;
};

export type FieldProps<T> = {
  id: string;
  label: string;
  value: T;
  onChange: (next: T | { currentTarget: { value: string } }) => void;
  onBlur: () => void;
  error: string | undefined;
};

export type SummaryItem = { id: string | null; label: string | null; message: string };

/**
 * One form bound to one zod contract: the values, each field's change and blur, and each
 * field's translated message, from the same schema the server validates with (issue 10). A
 * field's own message shows once it was left or a submit was tried; the server's field messages
 * (ApiError.fields) show on the same fields until that field changes. A refused submit lists
 * every problem (`summary`) and moves focus to the first invalid field, in page order.
 *
 * Fields are wired with `field(name, label)`, which gives the input its id, label, value,
 * change and blur handlers and error in one spread; the label is remembered for the summary.
 */
export function useContractForm<S extends z.ZodType, V extends Values, B extends z.input<S>>(
  options: ContractFormOptions<S, V, B>,
) {
  const { schema, initial, toBody, onSubmit, serverError, fieldOf } = options;
  const { t } = useTranslation();
  const formId = useId();
  const [first] = useState(initial);
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  // Fields changed since the last server answer: its message for them is out of date.
  const [changedSinceServer, setChangedSinceServer] = useState<ReadonlySet<string>>(new Set());
  const labels = useRef(new Map<string, string>());
  const [focusRequest, setFocusRequest] = useState(0);

  const idOf = useCallback((name: string) => `${formId}-${name}`, [formId]);
  const fieldFor = useCallback((path: string) => fieldForPath(path, first, fieldOf), [fieldOf, first]);

  // The contract's own verdict on the current values, translated; one message per form field.
  const clientErrors = useMemo(() => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return none;
    return translateProblems(fieldProblems(result.error.issues), fieldFor, t as TranslateValidation);
  }, [schema, toBody, values, fieldFor, t]);

  const serverErrors = useMemo(() => {
    if (!(serverError instanceof ApiError)) return none;
    return placeServerMessages(serverError.fields, fieldFor);
  }, [serverError, fieldFor]);

  // A new server answer makes every field's server message current again.
  useEffect(() => {
    setChangedSinceServer(new Set());
    if (serverError instanceof ApiError && Object.keys(serverError.fields).length > 0)
      setFocusRequest((n) => n + 1);
  }, [serverError]);

  const error = useCallback(
    (name: keyof V & string): string | undefined => {
      const own = clientErrors.byField.get(name);
      if (own && (submitted || touched.has(name))) return own;
      if (!changedSinceServer.has(name)) return serverErrors.byField.get(name);
      return undefined;
    },
    [clientErrors, serverErrors, submitted, touched, changedSinceServer],
  );

  const set = useCallback((change: Partial<V>) => {
    setValues((v) => ({ ...v, ...change }));
    setChangedSinceServer((s) => new Set([...s, ...Object.keys(change)]));
  }, []);

  const touch = useCallback((name: string) => {
    setTouched((s) => (s.has(name) ? s : new Set([...s, name])));
  }, []);

  /** Props for one input: spread them onto a Mantine input or a field component. */
  function field<K extends keyof V & string>(name: K, label: string): FieldProps<V[K]> {
    labels.current.set(name, label);
    return {
      id: idOf(name),
      label,
      value: values[name],
      onChange: (next) =>
        set({ [name]: isChangeEvent(next) ? next.currentTarget.value : next } as Partial<V>),
      onBlur: () => touch(name),
      error: error(name),
    };
  }

  const invalidFields = useMemo(() => {
    const names = new Set<string>(clientErrors.byField.keys());
    for (const name of serverErrors.byField.keys()) if (!changedSinceServer.has(name)) names.add(name);
    return [...names];
  }, [clientErrors, serverErrors, changedSinceServer]);

  // After a refused submit (or a server answer naming fields), focus the first invalid field.
  // Only a new request moves focus, so the fields are read from a ref: typing must not move it.
  const invalidRef = useRef(invalidFields);
  invalidRef.current = invalidFields;
  useEffect(() => {
    if (focusRequest === 0) return;
    firstInPageOrder(invalidRef.current.map(idOf))?.focus();
  }, [focusRequest, idOf]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    const body = toBody(values);
    const result = schema.safeParse(body);
    if (!result.success) {
      setFocusRequest((n) => n + 1);
      return;
    }
    onSubmit(body);
  };

  const summary: SummaryItem[] = submitted
    ? [
        ...invalidFields.map((name) => ({
          id: idOf(name),
          label: labels.current.get(name) ?? null,
          message: error(name) ?? "",
        })),
        ...clientErrors.other.map((message) => ({ id: null, label: null, message })),
        ...serverErrors.other.map((message) => ({ id: null, label: null, message })),
      ].filter((item) => item.message)
    : serverErrors.other.map((message) => ({ id: null, label: null, message }));

  const dirty = useMemo(() => !sameValues(first, values), [first, values]);

  return {
    formId,
    values,
    set,
    field,
    error,
    touch,
    submit,
    summary,
    dirty,
    idOf,
    /** The contract's maximum length for a text field, for its counter. */
    maxLength: (name: keyof V & string) => maxLengthOf(schema, name),
    /** Back to the first values (or new ones), as after a save. */
    reset: (next?: V) => {
      setValues(next ?? first);
      setTouched(new Set());
      setSubmitted(false);
    },
  };
}

export type ContractForm = ReturnType<typeof useContractForm>;

function isChangeEvent(value: unknown): value is { currentTarget: { value: string } } {
  return typeof value === "object" && value !== null && "currentTarget" in value;
}

function sameValues(a: Values, b: Values): boolean {
  return Object.keys({ ...a, ...b }).every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

const focusable = "input:not([type=hidden]),select,textarea,button,[tabindex]";

/** The first of these elements in the page's order, or a focusable element inside it. */
function firstInPageOrder(ids: string[]): HTMLElement | null {
  const elements = ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = elements[0];
  if (!first) return null;
  return first.matches(focusable) ? first : (first.querySelector<HTMLElement>(focusable) ?? first);
}
