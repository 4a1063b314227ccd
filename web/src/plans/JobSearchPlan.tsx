import { planStepOwners } from "@core/plans/codes";
import {
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  TagsInput,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { useFormat } from "../platform/format.ts";
import { Facts, joined } from "./Facts.tsx";
import type { PlanEditor } from "./PlanSection.tsx";
import type { PlanContent } from "./types.ts";

type Content = PlanContent<"job_search_plan">;
type Owner = Content["steps"][number]["owner"];

function View({ content }: { content: Content }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = [content.hoursPerWeekMin, content.hoursPerWeekMax].map((h) =>
    h === null ? "" : format.number(h),
  );
  return (
    <>
      <Facts
        rows={[
          [t("plansUi.search.targetOccupations"), joined(content.targetOccupations.map((o) => o.title))],
          [t("plansUi.search.targetIndustries"), joined(content.targetIndustries)],
          [t("plansUi.search.targetEmployers"), joined(content.targetEmployers.map((e) => e.name))],
          [t("plansUi.search.municipalities"), joined(content.municipalities)],
          [t("plansUi.search.hours"), hours.some(Boolean) ? `${hours[0]}–${hours[1]}` : null],
        ]}
      />
      {content.steps.length > 0 ? (
        <List type="ordered" aria-label={t("plansUi.search.steps")}>
          {content.steps.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps have no ids; order is their identity
            <List.Item key={i}>
              {s.text} ({t(`plans.stepOwners.${s.owner}`)}
              {s.due ? `, ${format.date(s.due)}` : ""}
              {s.doneOn ? `, ${t("plansUi.search.doneOnShort", { date: format.date(s.doneOn) })}` : ""})
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
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
  const setStep = (i: number, patch: Partial<Content["steps"][number]>) =>
    set(
      "steps",
      value.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );
  const hours = (v: number | string) => (v === "" ? null : Number(v));
  return (
    <>
      <TagsInput
        label={t("plansUi.search.targetOccupations")}
        description={t("plansUi.tagsHelp")}
        value={value.targetOccupations.map((o) => o.title)}
        onChange={(titles) =>
          set(
            "targetOccupations",
            titles.map((title) => value.targetOccupations.find((o) => o.title === title) ?? { title }),
          )
        }
        error={fieldError(error, "content.targetOccupations")}
      />
      <TagsInput
        label={t("plansUi.search.targetIndustries")}
        description={t("plansUi.tagsHelp")}
        value={value.targetIndustries}
        onChange={(v) => set("targetIndustries", v)}
      />
      <TagsInput
        label={t("plansUi.search.targetEmployers")}
        description={t("plansUi.tagsHelp")}
        value={value.targetEmployers.map((e) => e.name)}
        onChange={(names) =>
          set(
            "targetEmployers",
            names.map((name) => value.targetEmployers.find((e) => e.name === name) ?? { name }),
          )
        }
      />
      <TagsInput
        label={t("plansUi.search.municipalities")}
        description={t("plansUi.tagsHelp")}
        value={value.municipalities}
        onChange={(v) => set("municipalities", v)}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label={t("plansUi.search.hoursMin")}
          min={0}
          max={80}
          value={value.hoursPerWeekMin ?? ""}
          onChange={(v) => set("hoursPerWeekMin", hours(v))}
          error={fieldError(error, "content.hoursPerWeekMin")}
        />
        <NumberInput
          label={t("plansUi.search.hoursMax")}
          min={0}
          max={80}
          value={value.hoursPerWeekMax ?? ""}
          onChange={(v) => set("hoursPerWeekMax", hours(v))}
          error={fieldError(error, "content.hoursPerWeekMax")}
        />
      </SimpleGrid>
      <Fieldset legend={t("plansUi.search.steps")}>
        {value.steps.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no ids; order is their identity
          <Group key={i} align="flex-end" mb="sm" wrap="wrap">
            <TextInput
              label={t("plansUi.search.stepText", { n: i + 1 })}
              value={step.text}
              onChange={(e) => setStep(i, { text: e.currentTarget.value })}
              error={fieldError(error, `content.steps.${i}.text`)}
              style={{ flex: "1 1 220px" }}
            />
            <NativeSelect
              label={t("plansUi.search.owner")}
              value={step.owner}
              onChange={(e) => setStep(i, { owner: e.currentTarget.value as Owner })}
              data={planStepOwners.map((o) => ({ value: o, label: t(`plans.stepOwners.${o}`) }))}
            />
            <DateField
              label={t("plansUi.search.due")}
              value={step.due ?? ""}
              onChange={(v) => setStep(i, { due: v || null })}
            />
            <DateField
              label={t("plansUi.search.doneOn")}
              value={step.doneOn ?? ""}
              onChange={(v) => setStep(i, { doneOn: v || null })}
              error={fieldError(error, `content.steps.${i}.doneOn`)}
            />
            <Button
              variant="default"
              color="red"
              onClick={() =>
                set(
                  "steps",
                  value.steps.filter((_, j) => j !== i),
                )
              }
              aria-label={t("plansUi.removeNamed", { n: i + 1 })}
            >
              {t("plansUi.remove")}
            </Button>
          </Group>
        ))}
        <Button
          variant="default"
          onClick={() => set("steps", [...value.steps, { text: "", owner: "client", due: null }])}
        >
          {t("plansUi.search.addStep")}
        </Button>
      </Fieldset>
    </>
  );
}

export const jobSearchPlanEditor: PlanEditor<"job_search_plan"> = {
  empty: () => ({
    targetOccupations: [],
    targetIndustries: [],
    targetEmployers: [],
    hoursPerWeekMin: null,
    hoursPerWeekMax: null,
    municipalities: [],
    steps: [],
  }),
  View,
  Form,
};
