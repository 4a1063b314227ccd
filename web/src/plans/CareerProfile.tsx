import { careerProfileNotes } from "@core/plans/codes";
import { NumberInput, SimpleGrid, TagsInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { useFormat } from "../platform/format.ts";
import { Facts, joined } from "./Facts.tsx";
import type { PlanEditor } from "./PlanSection.tsx";
import type { PlanContent } from "./types.ts";

type Content = PlanContent<"career_profile">;
const notes = careerProfileNotes;

function View({ content }: { content: Content }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Facts
      rows={[
        [t("plansUi.career.preferredOccupations"), joined(content.preferredOccupations.map((o) => o.title))],
        [
          t("plansUi.career.preferredHoursPerWeek"),
          content.preferredHoursPerWeek === null ? null : format.number(content.preferredHoursPerWeek),
        ],
        [t("plansUi.career.preferredPlaces"), joined(content.preferredPlaces)],
        ...notes.map((key) => [t(`plansUi.career.${key}`), content[key]] as [string, string | null]),
      ]}
    />
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
      <TagsInput
        label={t("plansUi.career.preferredOccupations")}
        description={t("plansUi.tagsHelp")}
        value={value.preferredOccupations.map((o) => o.title)}
        onChange={(titles) =>
          set(
            "preferredOccupations",
            titles.map((title) => value.preferredOccupations.find((o) => o.title === title) ?? { title }),
          )
        }
        error={fieldError(error, "content.preferredOccupations")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t("plansUi.career.preferredHoursPerWeek")}
          min={0}
          max={80}
          decimalSeparator=","
          value={value.preferredHoursPerWeek ?? ""}
          onChange={(v) => set("preferredHoursPerWeek", v === "" ? null : Number(v))}
          error={fieldError(error, "content.preferredHoursPerWeek")}
        />
        <TagsInput
          label={t("plansUi.career.preferredPlaces")}
          description={t("plansUi.tagsHelp")}
          value={value.preferredPlaces}
          onChange={(v) => set("preferredPlaces", v)}
          error={fieldError(error, "content.preferredPlaces")}
        />
      </SimpleGrid>
      {notes.map((key) => (
        <Textarea
          key={key}
          label={t(`plansUi.career.${key}`)}
          autosize
          minRows={2}
          value={value[key] ?? ""}
          onChange={(e) => set(key, e.currentTarget.value || null)}
          error={fieldError(error, `content.${key}`)}
        />
      ))}
    </>
  );
}

export const careerProfileEditor: PlanEditor<"career_profile"> = {
  empty: () => ({
    workHistory: null,
    education: null,
    interests: null,
    strengths: null,
    preferredOccupations: [],
    preferredHoursPerWeek: null,
    preferredPlaces: [],
    healthConsiderations: null,
    supportsNeeded: null,
    notes: null,
  }),
  View,
  Form,
};
