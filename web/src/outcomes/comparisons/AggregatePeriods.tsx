import { ActionIcon, Button, Fieldset, Group, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../platform/fields.ts";
import { DateField } from "../../platform/form/index.ts";

export type PeriodDraft = { periodFrom: string; periodTo: string; denominator: string; employed: string };
export const emptyPeriod: PeriodDraft = { periodFrom: "", periodTo: "", denominator: "", employed: "" };

const fields = [
  { key: "periodFrom", type: "date" },
  { key: "periodTo", type: "date" },
  { key: "denominator", type: "number" },
  { key: "employed", type: "number" },
] as const;

/**
 * An aggregate cohort's counts, one fieldset per period (people followed, of them employed), each
 * input with the server's message for it (`counts.<index>.<field>`). Wraps on a phone.
 */
export function AggregatePeriods({
  periods,
  onChange,
  error,
}: {
  periods: PeriodDraft[];
  onChange: (periods: PeriodDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<PeriodDraft>) =>
    onChange(periods.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Stack gap="sm">
      {periods.map((period, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: periods have no id until saved; the order is the identity
        <Fieldset key={index} variant="filled" p="sm" legend={t("comparisons.periodN", { n: index + 1 })}>
          <Group align="start" gap="sm" wrap="wrap">
            {fields.map((f) =>
              f.type === "date" ? (
                <DateField
                  key={f.key}
                  required
                  label={t(`comparisons.fields.${f.key}`)}
                  value={period[f.key]}
                  onChange={(v) => update(index, { [f.key]: v })}
                  error={fieldError(error, `counts.${index}.${f.key}`)}
                  miw={144}
                />
              ) : (
                <TextInput
                  key={f.key}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  required
                  label={t(`comparisons.fields.${f.key}`)}
                  value={period[f.key]}
                  onChange={(e) => update(index, { [f.key]: e.currentTarget.value })}
                  error={fieldError(error, `counts.${index}.${f.key}`)}
                  style={{ flex: "1 1 9rem" }}
                />
              ),
            )}
            {periods.length > 1 ? (
              <ActionIcon
                variant="default"
                size="lg"
                mt={26}
                aria-label={t("comparisons.removePeriod", { n: index + 1 })}
                onClick={() => onChange(periods.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            ) : null}
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="default" size="xs" onClick={() => onChange([...periods, emptyPeriod])}>
          {t("comparisons.addPeriod")}
        </Button>
      </Group>
    </Stack>
  );
}
