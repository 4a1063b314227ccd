import { situationsAtStart } from "@core/episodes/referral-and-closure";
import { outcomeRuleSetIds } from "@core/outcomes/types";
import { Button, Group, NativeSelect } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../platform/fields.ts";
import { DateField } from "../../platform/form/index.ts";
import { useDraft } from "../../platform/use-draft.ts";
import type { ComparisonCohort, ComparisonRequest } from "./comparisons-api.ts";

export type ComparisonChoice = { teamId: string; query: ComparisonRequest };

/**
 * What to compare: one of the organisation's IPS teams (Polku's own clients, optionally only those
 * in one situation at the start of their service) against one imported cohort, over a period
 * (the cohort's whole span when left empty) under a rule set.
 */
export function ComparisonForm({
  teams,
  cohorts,
  error,
  pending,
  onCompare,
}: {
  teams: { teamId: string; name: string }[];
  cohorts: ComparisonCohort[];
  error: unknown;
  pending: boolean;
  onCompare: (choice: ComparisonChoice) => void;
}) {
  const { t } = useTranslation();
  const { draft, bind, set } = useDraft({
    teamId: teams[0]?.teamId ?? "",
    cohortId: cohorts[0]?.id ?? "",
    from: "",
    to: "",
    situation: "",
    ruleSet: outcomeRuleSetIds[0] as string,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query: ComparisonRequest = {
      cohortId: draft.cohortId,
      ruleSet: draft.ruleSet as ComparisonRequest["ruleSet"],
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
      ...(draft.situation ? { situation: draft.situation as ComparisonRequest["situation"] } : {}),
    };
    onCompare({ teamId: draft.teamId, query });
  };
  const wide = { style: { flex: "1 1 14rem" } };
  return (
    <form onSubmit={submit} noValidate aria-label={t("comparisons.compareTitle")}>
      <Group align="start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("comparisons.team")}
          required
          {...bind("teamId")}
          data={teams.map((x) => ({ value: x.teamId, label: x.name }))}
          {...wide}
        />
        <NativeSelect
          label={t("comparisons.cohort")}
          required
          {...bind("cohortId")}
          data={cohorts.map((c) => ({ value: c.id, label: c.name }))}
          error={fieldError(error, "cohortId")}
          {...wide}
        />
        <NativeSelect
          label={t("comparisons.situation")}
          {...bind("situation")}
          data={[
            { value: "", label: t("comparisons.allSituations") },
            ...situationsAtStart.map((s) => ({ value: s, label: t(`episodes.situations.${s}`) })),
          ]}
          error={fieldError(error, "situation")}
          {...wide}
        />
        <NativeSelect
          label={t("dashboards.filters.ruleSet")}
          {...bind("ruleSet")}
          data={outcomeRuleSetIds.map((id) => ({ value: id, label: t(`dashboards.ruleSets.${id}`) }))}
          {...wide}
        />
        <DateField
          label={t("comparisons.from")}
          description={t("comparisons.periodHelp")}
          value={draft.from}
          onChange={(from) => set({ from })}
          error={fieldError(error, "from")}
        />
        <DateField
          label={t("comparisons.to")}
          value={draft.to}
          onChange={(to) => set({ to })}
          error={fieldError(error, "to")}
        />
      </Group>
      <Button type="submit" mt="md" loading={pending} disabled={!draft.teamId || !draft.cohortId}>
        {t("comparisons.compare")}
      </Button>
    </form>
  );
}
