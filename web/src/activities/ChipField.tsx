import { Chip, Fieldset, Group, Text } from "@mantine/core";
import { useId } from "react";

type Option = { value: string; label: string };

/** A labelled group of big, touch-friendly chips: one choice (`multiple` false) or several. */
export function ChipField({
  legend,
  options,
  value,
  onChange,
  multiple,
  error,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  multiple: boolean;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      aria-describedby={error ? errorId : undefined}
      styles={{ legend: { fontWeight: 500, fontSize: "var(--mantine-font-size-sm)", marginBottom: 6 } }}
    >
      <Group gap="xs">
        {multiple ? (
          <Chip.Group multiple value={value} onChange={onChange}>
            {options.map((o) => (
              <Chip key={o.value} value={o.value} size="md">
                {o.label}
              </Chip>
            ))}
          </Chip.Group>
        ) : (
          <Chip.Group value={value[0] ?? null} onChange={(v) => onChange([v])}>
            {options.map((o) => (
              <Chip key={o.value} value={o.value} size="md" type="radio">
                {o.label}
              </Chip>
            ))}
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
