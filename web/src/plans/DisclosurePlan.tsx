import { disclosureDecisions } from "@core/plans/codes";
import { Button, Fieldset, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { useFormat } from "../platform/format.ts";
import { Facts } from "./Facts.tsx";
import type { PlanEditor } from "./PlanSection.tsx";
import type { PlanContent } from "./types.ts";

type Content = PlanContent<"disclosure_plan">;
type Entry = Content["entries"][number];

function View({ content }: { content: Content }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack>
      <Facts
        rows={[
          [t("plansUi.disclosure.discussedOn"), format.date(content.discussedOn)],
          [t("plansUi.notes"), content.notes],
        ]}
      />
      {content.entries.length === 0 ? <Text>{t("plansUi.disclosure.noEntries")}</Text> : null}
      {content.entries.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no ids
        <Paper key={i} withBorder p="sm" component="section" aria-label={e.employerName}>
          <Text fw={700}>
            {e.employerName}: {t(`plans.disclosureDecisions.${e.decision}`)}
          </Text>
          <Facts
            rows={[
              [t("plansUi.disclosure.whatMayBeSaid"), e.whatMayBeSaid],
              [t("plansUi.disclosure.accommodations"), e.accommodations],
            ]}
          />
        </Paper>
      ))}
    </Stack>
  );
}

function Form({
  value,
  onChange,
  error,
}: {
  value: Content;
  onChange: (v: Content) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const setEntry = (i: number, patch: Partial<Entry>) =>
    onChange({ ...value, entries: value.entries.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  return (
    <>
      <DateField
        label={t("plansUi.disclosure.discussedOn")}
        required
        value={value.discussedOn}
        onChange={(v) => onChange({ ...value, discussedOn: v })}
        error={fieldError(error, "content.discussedOn")}
      />
      {value.entries.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no ids
        <Fieldset key={i} legend={entry.employerName || t("plansUi.disclosure.employerN", { n: i + 1 })}>
          <Stack gap="sm">
            <TextInput
              label={t("plansUi.disclosure.employer")}
              required
              value={entry.employerName}
              onChange={(e) => setEntry(i, { employerName: e.currentTarget.value, employerId: null })}
              error={fieldError(error, `content.entries.${i}.employerName`)}
            />
            <NativeSelect
              label={t("plansUi.disclosure.decision")}
              value={entry.decision}
              onChange={(e) => setEntry(i, { decision: e.currentTarget.value as Entry["decision"] })}
              data={disclosureDecisions.map((d) => ({
                value: d,
                label: t(`plans.disclosureDecisions.${d}`),
              }))}
            />
            <Textarea
              label={t("plansUi.disclosure.whatMayBeSaid")}
              autosize
              minRows={2}
              value={entry.whatMayBeSaid ?? ""}
              onChange={(e) => setEntry(i, { whatMayBeSaid: e.currentTarget.value || null })}
            />
            <Textarea
              label={t("plansUi.disclosure.accommodations")}
              autosize
              minRows={2}
              value={entry.accommodations ?? ""}
              onChange={(e) => setEntry(i, { accommodations: e.currentTarget.value || null })}
            />
            <Button
              variant="default"
              w="fit-content"
              onClick={() => onChange({ ...value, entries: value.entries.filter((_, j) => j !== i) })}
              aria-label={t("plansUi.removeNamed", { n: i + 1 })}
            >
              {t("plansUi.remove")}
            </Button>
          </Stack>
        </Fieldset>
      ))}
      <Button
        variant="default"
        w="fit-content"
        onClick={() =>
          onChange({
            ...value,
            entries: [
              ...value.entries,
              {
                employerName: "",
                employerId: null,
                decision: "none",
                whatMayBeSaid: null,
                accommodations: null,
              },
            ],
          })
        }
      >
        {t("plansUi.disclosure.addEmployer")}
      </Button>
      <Textarea
        label={t("plansUi.notes")}
        autosize
        minRows={2}
        value={value.notes ?? ""}
        onChange={(e) => onChange({ ...value, notes: e.currentTarget.value || null })}
      />
    </>
  );
}

export const disclosurePlanEditor: PlanEditor<"disclosure_plan"> = {
  empty: (today) => ({ discussedOn: today, entries: [], notes: null }),
  View,
  Form,
};
