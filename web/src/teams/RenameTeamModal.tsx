import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import type { Team } from "../platform/types.ts";
import { ErrorAlert } from "../platform/ui.tsx";

export function RenameTeamModal({
  team,
  saving,
  error,
  onClose,
  onSave,
}: {
  team: Team | null;
  saving: boolean;
  error: unknown;
  onClose: () => void;
  onSave: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  useEffect(() => setName(team?.name ?? ""), [team]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (team) onSave(team.id, name.trim());
  };
  return (
    <Modal
      opened={team !== null}
      onClose={onClose}
      title={t("teams.renameTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t("teams.name")}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, "name")}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={saving}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
