import { type Locale, locales } from "@core/i18n/locales";
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../platform/api.ts";
import { minPasswordLength } from "../platform/auth-client.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { PasswordField } from "../platform/PasswordField.tsx";
import type { CreateStaffUser, StaffUser, Team, UpdateStaffUser } from "../platform/types.ts";
import { ErrorAlert } from "../platform/ui.tsx";
import {
  emptyMembership,
  type MembershipDraft,
  MembershipFields,
  toMembershipInputs,
} from "./MembershipFields.tsx";

const shownFields = ["name", "email", "password", "locale", "memberships"];

/** Creates a user (user = null) or edits one user's name and memberships. */
export function UserFormModal({
  organisationId,
  user,
  opened,
  teams,
  onClose,
  onSaved,
}: {
  organisationId: string;
  user: StaffUser | null;
  opened: boolean;
  teams: Team[];
  onClose: () => void;
  onSaved: (user: StaffUser) => void;
}) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState(user?.name ?? "");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [locale, setLocale] = useState<Locale>((i18n.resolvedLanguage as Locale | undefined) ?? "fi");
  const [memberships, setMemberships] = useState<MembershipDraft[]>(
    user
      ? user.memberships
          .filter((m) => m.organisationId === organisationId)
          .map((m) => ({ role: m.role, teamId: m.teamId ?? "", fte: m.fte === null ? "" : String(m.fte) }))
      : [emptyMembership],
  );
  const base = `/api/organisations/${organisationId}/users`;
  const save = useMutation({
    mutationFn: () => {
      const rows = toMembershipInputs(memberships);
      if (user) {
        const body: UpdateStaffUser = { name: name.trim(), memberships: rows };
        return api<StaffUser>("PATCH", `${base}/${encodeURIComponent(user.id)}`, body);
      }
      const body: CreateStaffUser = {
        name: name.trim(),
        email: email.trim(),
        password,
        locale,
        memberships: rows,
      };
      return api<StaffUser>("POST", base, body);
    },
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={user ? t("users.editTitle", { name: user.name }) : t("users.createTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("users.name")}
            required
            data-autofocus
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(save.error, "name")}
          />
          {user ? null : (
            <>
              <TextInput
                label={t("users.email")}
                type="email"
                required
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fieldError(save.error, "email")}
              />
              <PasswordField
                label={t("users.password")}
                description={t("users.passwordHelp", { min: minPasswordLength })}
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldError(save.error, "password")}
              />
              <NativeSelect
                label={t("users.locale")}
                value={locale}
                onChange={(e) => setLocale(e.currentTarget.value as Locale)}
                data={locales.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
                error={fieldError(save.error, "locale")}
              />
            </>
          )}
          <MembershipFields value={memberships} onChange={setMemberships} teams={teams} error={save.error} />
          <ErrorAlert error={save.error} />
          {otherFieldErrors(save.error, shownFields).map((message) => (
            <ErrorAlert key={message} error={message} />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? t("common.save") : t("users.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
