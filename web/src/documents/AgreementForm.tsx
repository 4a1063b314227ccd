import { responsibilityAreas, responsibleParties } from "@core/documents/codes";
import type { Messages } from "@core/i18n/types";
import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import type { AgreementContent } from "./queries.ts";

type Content = Required<AgreementContent>;

/** An agreement to start from: every area listed, none decided yet. */
export const emptyAgreement = (): Content => ({
  clinicianName: null,
  otherParties: [],
  responsibilities: [],
  responsibilityNotes: null,
  goals: null,
  reviewOn: null,
});

/** The fields the coach writes; parties, consents and the date come from the record. */
export function AgreementForm({
  value,
  onChange,
  error,
}: {
  value: Content;
  onChange: (value: Content) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const k = (key: keyof Messages["documents"]["agreement"], params?: Record<string, string | number>) =>
    t(`documents.agreement.${key}`, params);
  const set = <F extends keyof Content>(key: F, v: Content[F]) => onChange({ ...value, [key]: v });
  const text = (v: string) => (v.trim() === "" ? null : v);
  const partyOf = (area: string) => value.responsibilities.find((r) => r.area === area)?.party ?? "";
  const setParty = (area: (typeof responsibilityAreas)[number], party: string) =>
    set(
      "responsibilities",
      [
        ...value.responsibilities.filter((r) => r.area !== area),
        ...(party ? [{ area, party: party as (typeof responsibleParties)[number] }] : []),
      ].sort((a, b) => responsibilityAreas.indexOf(a.area) - responsibilityAreas.indexOf(b.area)),
    );
  return (
    <Stack>
      <TextInput
        label={k("clinicianName")}
        value={value.clinicianName ?? ""}
        onChange={(e) => set("clinicianName", text(e.currentTarget.value))}
        error={fieldError(error, "content.clinicianName")}
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>{k("otherParties")}</legend>
        <Stack gap="xs">
          {value.otherParties.map((party, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; order is the identity.
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput
                label={`${k("otherN", { n: i + 1 })}: ${k("otherName")}`}
                required
                value={party.name}
                onChange={(e) =>
                  set(
                    "otherParties",
                    value.otherParties.map((p, j) => (j === i ? { ...p, name: e.currentTarget.value } : p)),
                  )
                }
                error={fieldError(error, `content.otherParties.${i}.name`)}
              />
              <TextInput
                label={`${k("otherN", { n: i + 1 })}: ${k("otherRole")}`}
                value={party.role ?? ""}
                onChange={(e) =>
                  set(
                    "otherParties",
                    value.otherParties.map((p, j) =>
                      j === i ? { ...p, role: text(e.currentTarget.value) } : p,
                    ),
                  )
                }
                error={fieldError(error, `content.otherParties.${i}.role`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={k("removeOther", { n: i + 1 })}
                onClick={() =>
                  set(
                    "otherParties",
                    value.otherParties.filter((_, j) => j !== i),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => set("otherParties", [...value.otherParties, { name: "", role: null }])}
            >
              {k("addOther")}
            </Button>
          </Group>
        </Stack>
      </fieldset>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>{k("responsibilities")}</legend>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {responsibilityAreas.map((area) => (
            <NativeSelect
              key={area}
              label={t(`documents.areas.${area}`)}
              value={partyOf(area)}
              onChange={(e) => setParty(area, e.currentTarget.value)}
              data={[
                { value: "", label: t("common.none") },
                ...responsibleParties.map((p) => ({ value: p, label: t(`documents.parties.${p}`) })),
              ]}
            />
          ))}
        </SimpleGrid>
      </fieldset>
      <Textarea
        label={k("responsibilityNotes")}
        autosize
        minRows={2}
        value={value.responsibilityNotes ?? ""}
        onChange={(e) => set("responsibilityNotes", text(e.currentTarget.value))}
        error={fieldError(error, "content.responsibilityNotes")}
      />
      <Textarea
        label={k("goals")}
        autosize
        minRows={2}
        value={value.goals ?? ""}
        onChange={(e) => set("goals", text(e.currentTarget.value))}
        error={fieldError(error, "content.goals")}
      />
      <DateField
        label={k("reviewOn")}
        value={value.reviewOn ?? ""}
        onChange={(v) => set("reviewOn", v || null)}
        error={fieldError(error, "content.reviewOn")}
      />
    </Stack>
  );
}
