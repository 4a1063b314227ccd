import { teamKinds } from "@core/access/roles";
import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { permissionsIn, useMe } from "../platform/session.ts";
import type { CreateTeam, Team, UpdateTeam } from "../platform/types.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { RenameTeamModal } from "./RenameTeamModal.tsx";
import { teamsKey, useTeams } from "./useTeams.ts";

/** The organisation's teams: list, create, rename, archive and restore. */
export default function TeamsPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const me = useMe().data;
  const client = useQueryClient();
  const teams = useTeams(organisationId);
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canManage = Boolean(me && permissionsIn(me, organisationId).has("team.manage"));

  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateTeam }) =>
      api<Team>("PATCH", `/api/organisations/${organisationId}/teams/${id}`, body),
    onSuccess: (team) => {
      setNotice(t("common.saved"));
      setRenaming(null);
      void client.invalidateQueries({ queryKey: teamsKey(organisationId) });
      return team;
    },
  });

  return (
    <Stack>
      <Title order={1}>{t("teams.title")}</Title>
      <StatusMessage message={notice} />
      {renaming ? null : <ErrorAlert error={update.error} />}
      <QueryGate isPending={teams.isPending} error={teams.error}>
        {teams.data?.length === 0 ? <Text>{t("teams.empty")}</Text> : null}
        {teams.data && teams.data.length > 0 ? (
          <TableScroll label={t("teams.title")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("teams.name")}</Table.Th>
                  <Table.Th scope="col">{t("teams.kind")}</Table.Th>
                  <Table.Th scope="col">{t("teams.members")}</Table.Th>
                  <Table.Th scope="col">{t("teams.status")}</Table.Th>
                  {canManage ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {teams.data.map((team) => (
                  <Table.Tr key={team.id}>
                    <Table.Td>{team.name}</Table.Td>
                    <Table.Td>{t(`teamKinds.${team.kind}`)}</Table.Td>
                    <Table.Td>{team.memberCount}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {team.archived ? t("teams.archived") : t("teams.active")}
                      </Text>
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t("teams.renameNamed", { name: team.name })}
                            onClick={() => {
                              update.reset();
                              setRenaming(team);
                            }}
                          >
                            {t("teams.rename")}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={
                              team.archived
                                ? t("teams.restoreNamed", { name: team.name })
                                : t("teams.archiveNamed", { name: team.name })
                            }
                            onClick={() => update.mutate({ id: team.id, body: { archived: !team.archived } })}
                          >
                            {team.archived ? t("teams.restore") : t("teams.archive")}
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
      {canManage ? <CreateTeamForm organisationId={organisationId} /> : null}
      <RenameTeamModal
        team={renaming}
        saving={update.isPending}
        error={update.error}
        onClose={() => setRenaming(null)}
        onSave={(id, name) => update.mutate({ id, body: { name } })}
      />
    </Stack>
  );
}

function CreateTeamForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<CreateTeam["kind"]>("ips_team");
  const create = useMutation({
    mutationFn: (body: CreateTeam) => api<Team>("POST", `/api/organisations/${organisationId}/teams`, body),
    onSuccess: () => {
      setName("");
      void client.invalidateQueries({ queryKey: teamsKey(organisationId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), kind });
  };
  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="new-team-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} id="new-team-heading">
            {t("teams.createTitle")}
          </Title>
          <TextInput
            label={t("teams.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, "name")}
          />
          <NativeSelect
            label={t("teams.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as CreateTeam["kind"])}
            data={teamKinds.map((k) => ({ value: k, label: t(`teamKinds.${k}`) }))}
            error={fieldError(create.error, "kind")}
          />
          <ErrorAlert error={create.error} />
          <StatusMessage message={create.isSuccess ? t("teams.created") : null} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t("teams.create")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
