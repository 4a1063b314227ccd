import { benefitCodes, jobStartChecklist } from "@core/plans/codes";
import { Checkbox, List, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { useFormat } from "../platform/format.ts";
import { Facts, joined } from "./Facts.tsx";
import type { PlanEditor } from "./PlanSection.tsx";
import type { PlanContent } from "./types.ts";

type Content = PlanContent<"benefits_planning">;

function View({ content }: { content: Content }) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = new Set(content.checklistDone);
  return (
    <Stack>
      <Facts
        rows={[
          [t("plansUi.benefits.doneOn"), format.date(content.doneOn)],
          [
            t("plansUi.benefits.planner"),
            `${content.plannerName ?? t("common.none")} (${
              content.byTrainedPlanner ? t("plansUi.benefits.trained") : t("plansUi.benefits.notTrained")
            })`,
          ],
          [
            t("plansUi.benefits.benefitsInPlace"),
            joined(content.benefitsInPlace.map((b) => t(`plans.benefits.${b}`))),
          ],
          [t("plansUi.notes"), content.notes],
        ]}
      />
      <Text fw={700} size="sm">
        {t("plansUi.benefits.checklist", { done: done.size, total: jobStartChecklist.length })}
      </Text>
      <List type="ordered" spacing={2}>
        {jobStartChecklist.map((step) => (
          <List.Item key={step}>
            {done.has(step) ? "✓ " : "○ "}
            {t(`plans.checklist.${step}`)}
            <Text span size="xs" c="dimmed">
              {` (${done.has(step) ? t("plansUi.benefits.stepDone") : t("plansUi.benefits.stepOpen")})`}
            </Text>
          </List.Item>
        ))}
      </List>
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
  const set = <F extends keyof Content>(key: F, v: Content[F]) => onChange({ ...value, [key]: v });
  return (
    <>
      <DateField
        label={t("plansUi.benefits.doneOn")}
        required
        value={value.doneOn}
        onChange={(v) => set("doneOn", v)}
        error={fieldError(error, "content.doneOn")}
      />
      <TextInput
        label={t("plansUi.benefits.plannerName")}
        value={value.plannerName ?? ""}
        onChange={(e) => set("plannerName", e.currentTarget.value || null)}
      />
      <Switch
        label={t("plansUi.benefits.byTrainedPlanner")}
        checked={value.byTrainedPlanner}
        onChange={(e) => set("byTrainedPlanner", e.currentTarget.checked)}
      />
      <Checkbox.Group
        label={t("plansUi.benefits.benefitsInPlace")}
        value={value.benefitsInPlace}
        onChange={(v) => set("benefitsInPlace", v as Content["benefitsInPlace"])}
      >
        <Stack gap={6} mt={6}>
          {benefitCodes.map((b) => (
            <Checkbox key={b} value={b} label={t(`plans.benefits.${b}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group
        label={t("plansUi.benefits.checklistTitle")}
        description={t("plansUi.benefits.checklistHelp")}
        value={value.checklistDone}
        onChange={(v) => set("checklistDone", v as Content["checklistDone"])}
      >
        <Stack gap={6} mt={6}>
          {jobStartChecklist.map((step, i) => (
            <Checkbox key={step} value={step} label={`${i + 1}. ${t(`plans.checklist.${step}`)}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t("plansUi.notes")}
        autosize
        minRows={2}
        value={value.notes ?? ""}
        onChange={(e) => set("notes", e.currentTarget.value || null)}
      />
    </>
  );
}

export const benefitsPlanningEditor: PlanEditor<"benefits_planning"> = {
  empty: (today) => ({
    doneOn: today,
    byTrainedPlanner: false,
    plannerName: null,
    benefitsInPlace: [],
    checklistDone: [],
    notes: null,
  }),
  View,
  Form,
};
