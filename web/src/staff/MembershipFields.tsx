import { roles } from "@core/access/roles";
import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import type { Team } from "../platform/types.ts";

/** One membership row as typed in the form; FTE stays text until submitted. */
export type MembershipDraft = { role: (typeof roles)[number]; teamId: string; fte: string };

export const emptyMembership: MembershipDraft = { role: "coach", teamId: "", fte: "" };

/** Turns the typed rows into the API shape; a comma is accepted as the decimal separator. */
export function toMembershipInputs(drafts: MembershipDraft[]) {
  return drafts.map((d) => ({
    role: d.role,
    teamId: d.teamId || null,
    fte: d.fte.trim() === "" ? null : Number(d.fte.trim().replace(",", ".")),
  }));
}

/** Role + optional team + FTE rows, with the server's field messages beside each input. */
export function MembershipFields({
  value,
  onChange,
  teams,
  error,
}: {
  value: MembershipDraft[];
  onChange: (next: MembershipDraft[]) => void;
  teams: Team[];
  error: unknown;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<MembershipDraft>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const teamOptions = [
    { value: "", label: t("users.noTeam") },
    ...teams
      .filter((team) => !team.archived || value.some((row) => row.teamId === team.id))
      .map((team) => ({ value: team.id, label: `${team.name} (${t(`teamKinds.${team.kind}`)})` })),
  ];
  const listError = fieldError(error, "memberships");
  return (
    <Stack gap="sm">
      <Text fw={500}>{t("users.memberships")}</Text>
      {value.map((row, index) => {
        const path = `memberships.${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <Fieldset key={index} legend={t("users.membershipN", { n: index + 1 })}>
            <Stack gap="xs">
              <NativeSelect
                label={t("users.role")}
                value={row.role}
                onChange={(e) => set(index, { role: e.currentTarget.value as MembershipDraft["role"] })}
                data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                error={fieldError(error, `${path}.role`)}
              />
              <NativeSelect
                label={t("users.team")}
                value={row.teamId}
                onChange={(e) => set(index, { teamId: e.currentTarget.value })}
                data={teamOptions}
                error={fieldError(error, `${path}.teamId`)}
              />
              <TextInput
                label={t("users.fte")}
                description={t("users.fteHelp")}
                inputMode="decimal"
                value={row.fte}
                onChange={(e) => set(index, { fte: e.currentTarget.value })}
                error={fieldError(error, `${path}.fte`)}
              />
              {value.length > 1 ? (
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  >
                    {t("users.removeMembership", { n: index + 1 })}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Fieldset>
        );
      })}
      {listError ? (
        <Text c="red.8" size="sm" role="alert">
          {listError}
        </Text>
      ) : null}
      <Button variant="default" onClick={() => onChange([...value, emptyMembership])} w="fit-content">
        {t("users.addMembership")}
      </Button>
    </Stack>
  );
}
