import type { IndustrySection, SizeClass } from "@core/employers/tol2008";
import { Y_TUNNUS_EXAMPLE } from "@core/identity/y-tunnus";
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../platform/api.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import { industryOptions, sizeClassOptions } from "./labels.ts";
import { findByBusinessId, useSaveEmployer } from "./queries.ts";
import type { CreateEmployer, EmployerDetail, EmployerListItem } from "./types.ts";

type Draft = Record<
  | "name"
  | "businessId"
  | "industry"
  | "sizeClass"
  | "municipality"
  | "streetAddress"
  | "postalCode"
  | "website"
  | "relationshipNotes",
  string
>;

const draftOf = (e: EmployerDetail | null): Draft => ({
  name: e?.name ?? "",
  businessId: e?.businessId ?? "",
  industry: e?.industry ?? "",
  sizeClass: e?.sizeClass ?? "",
  municipality: e?.municipality ?? "",
  streetAddress: e?.streetAddress ?? "",
  postalCode: e?.postalCode ?? "",
  website: e?.website ?? "",
  relationshipNotes: e?.relationshipNotes ?? "",
});

const orNull = (v: string) => v.trim() || null;

/** Adds an employer to the register or edits one; the server checks the Y-tunnus. */
export function EmployerForm({
  organisationId,
  employer,
  onSaved,
  onCancel,
}: {
  organisationId: string;
  employer: EmployerDetail | null;
  onSaved: (saved: EmployerDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveEmployer(organisationId);
  const [draft, setDraft] = useState<Draft>(() => draftOf(employer));
  const [existing, setExisting] = useState<EmployerListItem | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  // A taken business ID: find who has it, so the user can go there instead of making a duplicate.
  const conflict = save.error instanceof ApiError && save.error.status === 409 ? draft.businessId.trim() : "";
  useEffect(() => {
    if (!conflict) return setExisting(null);
    let live = true;
    findByBusinessId(organisationId, conflict)
      .then((found) => live && setExisting(found && found.id !== employer?.id ? found : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [conflict, organisationId, employer?.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CreateEmployer = {
      name: draft.name.trim(),
      businessId: orNull(draft.businessId),
      industry: (draft.industry || null) as IndustrySection | null,
      sizeClass: (draft.sizeClass || null) as SizeClass | null,
      municipality: orNull(draft.municipality),
      streetAddress: orNull(draft.streetAddress),
      postalCode: orNull(draft.postalCode),
      website: orNull(draft.website),
      relationshipNotes: orNull(draft.relationshipNotes),
    };
    save.mutate({ id: employer?.id ?? null, body }, { onSuccess: onSaved });
  };

  const err = (path: keyof Draft) => fieldError(save.error, path);
  const text = (key: keyof Draft, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput
      size="md"
      label={label}
      value={draft[key]}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={err(key)}
      {...extra}
    />
  );
  const shown = Object.keys(draft);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        {text("name", t("employersUi.fields.name"), { required: true, "data-autofocus": true })}
        {text("businessId", t("employersUi.fields.businessId"), {
          description: t("employersUi.fields.businessIdHelp"),
          placeholder: Y_TUNNUS_EXAMPLE,
          autoComplete: "off",
        })}
        {existing ? (
          <Alert color="orange" variant="light" role="alert" title={t("employersUi.duplicateTitle")}>
            {t("employersUi.duplicateText")}{" "}
            <Anchor
              component={Link}
              to={`/organisations/${organisationId}/employers/${existing.id}`}
              c="inherit"
              underline="always"
              fw={700}
            >
              {existing.name}
            </Anchor>
          </Alert>
        ) : null}
        <NativeSelect
          size="md"
          label={t("employersUi.fields.industry")}
          description={t("employersUi.fields.industryHelp")}
          value={draft.industry}
          onChange={(e) => set("industry")(e.currentTarget.value)}
          data={[{ value: "", label: t("employersUi.notSet") }, ...industryOptions(t)]}
          error={err("industry")}
        />
        <NativeSelect
          size="md"
          label={t("employersUi.fields.sizeClass")}
          value={draft.sizeClass}
          onChange={(e) => set("sizeClass")(e.currentTarget.value)}
          data={[{ value: "", label: t("employersUi.notSet") }, ...sizeClassOptions(t)]}
          error={err("sizeClass")}
        />
        {text("streetAddress", t("employersUi.fields.streetAddress"), { autoComplete: "off" })}
        <Group grow align="flex-start" gap="sm">
          {text("postalCode", t("employersUi.fields.postalCode"), { inputMode: "numeric", miw: 0 })}
          {text("municipality", t("employersUi.fields.municipality"), { miw: 0 })}
        </Group>
        {text("website", t("employersUi.fields.website"), { type: "url", placeholder: "https://" })}
        <Textarea
          size="md"
          label={t("employersUi.fields.relationshipNotes")}
          description={t("employersUi.fields.relationshipNotesHelp")}
          autosize
          minRows={3}
          maxRows={12}
          value={draft.relationshipNotes}
          onChange={(e) => set("relationshipNotes")(e.currentTarget.value)}
          error={err("relationshipNotes")}
        />
        {otherFieldErrors(save.error, shown).map((message) => (
          <ErrorAlert key={message} error={message} />
        ))}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="md" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="md" loading={save.isPending}>
            {employer ? t("common.save") : t("employersUi.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
