import { clientLanguages, diagnosisGroups, educationLevels } from "@core/contracts/clients";
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import type { ClientDetails, UpdateClient } from "./types.ts";

/** The details form as typed: every value a string until it is sent. */
export type DetailsDraft = {
  firstName: string;
  lastName: string;
  henkilotunnus: string;
  birthYear: string;
  phone: string;
  email: string;
  address: string;
  municipality: string;
  preferredLanguage: (typeof clientLanguages)[number];
  educationLevel: string;
  educationNotes: string;
  workHistory: string;
  diagnosisGroup: string;
};

export const emptyDetails: DetailsDraft = {
  firstName: "",
  lastName: "",
  henkilotunnus: "",
  birthYear: "",
  phone: "",
  email: "",
  address: "",
  municipality: "",
  preferredLanguage: "fi",
  educationLevel: "",
  educationNotes: "",
  workHistory: "",
  diagnosisGroup: "",
};

/** The draft of a saved record, for the edit form. */
export function detailsDraftOf(d: ClientDetails): DetailsDraft {
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    henkilotunnus: d.henkilotunnus ?? "",
    birthYear: d.birthYear === null ? "" : String(d.birthYear),
    phone: d.phone ?? "",
    email: d.email ?? "",
    address: d.address ?? "",
    municipality: d.municipality ?? "",
    preferredLanguage: d.preferredLanguage,
    educationLevel: d.educationLevel ?? "",
    educationNotes: d.educationNotes ?? "",
    workHistory: d.workHistory ?? "",
    diagnosisGroup: d.diagnosisGroup ?? "",
  };
}

const text = (value: string) => (value.trim() === "" ? null : value.trim());

/** The draft as the API wants it: empty text is null, the birth year only without a henkilötunnus. */
export function detailsInput(d: DetailsDraft) {
  const henkilotunnus = text(d.henkilotunnus);
  const year = d.birthYear.trim();
  return {
    firstName: d.firstName.trim(),
    lastName: d.lastName.trim(),
    henkilotunnus,
    // An unparsable year is sent as is so the server names the field.
    birthYear: henkilotunnus || year === "" ? null : /^\d+$/.test(year) ? Number(year) : (year as never),
    phone: text(d.phone),
    email: text(d.email),
    address: text(d.address),
    municipality: text(d.municipality),
    preferredLanguage: d.preferredLanguage,
    educationLevel: (text(d.educationLevel) as UpdateClient["educationLevel"]) ?? null,
    educationNotes: text(d.educationNotes),
    workHistory: text(d.workHistory),
    diagnosisGroup: (text(d.diagnosisGroup) as UpdateClient["diagnosisGroup"]) ?? null,
  } satisfies UpdateClient;
}

/** Field paths this component shows errors for (under the given prefix). */
export const detailFieldNames = Object.keys(emptyDetails);

/**
 * Name, identity, contact details, language, education and work history. `prefix` is where the
 * server reports this object's field errors ("client." on create, "" on edit).
 */
export function ClientDetailsFields({
  value,
  onChange,
  error,
  prefix,
  short = false,
}: {
  value: DetailsDraft;
  onChange: (next: DetailsDraft) => void;
  error: unknown;
  prefix: string;
  /** The clinician's referral: no education, work history or diagnosis group. */
  short?: boolean;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof DetailsDraft>(key: K) =>
    (event: { currentTarget: { value: string } }) =>
      onChange({ ...value, [key]: event.currentTarget.value as DetailsDraft[K] });
  const err = (key: keyof DetailsDraft) => fieldError(error, `${prefix}${key}`);
  const empty = { value: "", label: t("clients.notRecorded") };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("clients.fields.firstName")}
          required
          autoComplete="off"
          value={value.firstName}
          onChange={set("firstName")}
          error={err("firstName")}
        />
        <TextInput
          label={t("clients.fields.lastName")}
          required
          autoComplete="off"
          value={value.lastName}
          onChange={set("lastName")}
          error={err("lastName")}
        />
        <TextInput
          label={t("clients.fields.henkilotunnus")}
          description={t("clients.fields.henkilotunnusHelp")}
          autoComplete="off"
          spellCheck={false}
          value={value.henkilotunnus}
          onChange={set("henkilotunnus")}
          error={err("henkilotunnus")}
        />
        <TextInput
          label={t("clients.fields.birthYear")}
          description={t("clients.fields.birthYearHelp")}
          inputMode="numeric"
          autoComplete="off"
          disabled={value.henkilotunnus.trim() !== ""}
          value={value.birthYear}
          onChange={set("birthYear")}
          error={err("birthYear")}
        />
        <TextInput
          label={t("clients.fields.phone")}
          type="tel"
          autoComplete="off"
          value={value.phone}
          onChange={set("phone")}
          error={err("phone")}
        />
        <TextInput
          label={t("clients.fields.email")}
          type="email"
          autoComplete="off"
          value={value.email}
          onChange={set("email")}
          error={err("email")}
        />
        <TextInput
          label={t("clients.fields.address")}
          autoComplete="off"
          value={value.address}
          onChange={set("address")}
          error={err("address")}
        />
        <TextInput
          label={t("clients.fields.municipality")}
          autoComplete="off"
          value={value.municipality}
          onChange={set("municipality")}
          error={err("municipality")}
        />
        <NativeSelect
          label={t("clients.fields.preferredLanguage")}
          value={value.preferredLanguage}
          onChange={set("preferredLanguage")}
          data={clientLanguages.map((l) => ({ value: l, label: t(`clients.languages.${l}`) }))}
          error={err("preferredLanguage")}
        />
        {short ? null : (
          <NativeSelect
            label={t("clients.fields.educationLevel")}
            value={value.educationLevel}
            onChange={set("educationLevel")}
            data={[empty, ...educationLevels.map((l) => ({ value: l, label: t(`clients.education.${l}`) }))]}
            error={err("educationLevel")}
          />
        )}
      </SimpleGrid>
      {short ? null : (
        <>
          <Textarea
            label={t("clients.fields.educationNotes")}
            autosize
            minRows={2}
            value={value.educationNotes}
            onChange={set("educationNotes")}
            error={err("educationNotes")}
          />
          <Textarea
            label={t("clients.fields.workHistory")}
            autosize
            minRows={3}
            value={value.workHistory}
            onChange={set("workHistory")}
            error={err("workHistory")}
          />
          <NativeSelect
            label={t("clients.fields.diagnosisGroup")}
            description={t("clients.fields.diagnosisGroupHelp")}
            value={value.diagnosisGroup}
            onChange={set("diagnosisGroup")}
            data={[empty, ...diagnosisGroups.map((g) => ({ value: g, label: t(`clients.diagnosis.${g}`) }))]}
            error={err("diagnosisGroup")}
            maw={480}
          />
        </>
      )}
    </Stack>
  );
}
