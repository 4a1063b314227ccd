import { Chip, Fieldset, Group, Text } from "@mantine/core";
import type { KeyboardEvent } from "react";
import { useId } from "react";

type Option = { value: string; label: string };

/**
 * A labelled group of big, touch-friendly chips: one choice (`multiple` false, a radio group) or
 * several (checkboxes). Keyboard use follows the WAI-ARIA patterns: Tab reaches the group, Space
 * toggles a checkbox chip, arrow keys move between radio chips (they share a name, so the browser
 * does it) — and Enter chooses the chip instead of submitting the whole form (issue 10: Enter on
 * a purpose chip sent a half-filled form, which failed).
 */
export function ChipField({
  legend,
  options,
  value,
  onChange,
  multiple,
  error,
  id,
  required,
  autoFocus,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  multiple: boolean;
  error?: string | undefined;
  /** The id of the group, so the form can move focus to it (its first chip). */
  id?: string;
  required?: boolean;
  /** The dialog opens with focus on the chosen chip (or the first): the modal's data-autofocus. */
  autoFocus?: boolean;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  const choose = (option: string) => {
    if (!multiple) onChange([option]);
    else onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  };
  const onKeyDown = (option: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    choose(option);
  };
  const focusOn = autoFocus ? (options.find((o) => value.includes(o.value)) ?? options[0])?.value : undefined;
  const chips = options.map((o) => (
    <Chip
      key={o.value}
      value={o.value}
      size="md"
      type={multiple ? "checkbox" : "radio"}
      name={name}
      onKeyDown={onKeyDown(o.value)}
      aria-describedby={error ? errorId : undefined}
      data-autofocus={o.value === focusOn ? true : undefined}
    >
      {o.label}
    </Chip>
  ));
  return (
    <Fieldset
      id={id}
      legend={required ? `${legend} *` : legend}
      variant="unstyled"
      styles={{ legend: { fontWeight: 500, fontSize: "var(--mantine-font-size-sm)", marginBottom: 6 } }}
    >
      <Group gap="xs">
        {multiple ? (
          <Chip.Group multiple value={value} onChange={onChange}>
            {chips}
          </Chip.Group>
        ) : (
          <Chip.Group value={value[0] ?? null} onChange={(v) => onChange([v])}>
            {chips}
          </Chip.Group>
        )}
      </Group>
      {error ? (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)" mt={4}>
          {error}
        </Text>
      ) : null}
    </Fieldset>
  );
}
