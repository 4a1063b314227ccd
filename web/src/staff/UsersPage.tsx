import { Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { api } from "../platform/api.ts";
import { useFormat } from "../platform/format.ts";
import { permissionsIn, useMe } from "../platform/session.ts";
import type { StaffUser, UpdateStaffUser } from "../platform/types.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { useTeams } from "../teams/useTeams.ts";
import { UserFormModal } from "./UserFormModal.tsx";

export const usersKey = (organisationId: string) => ["organisation", organisationId, "users"] as const;

type Editing = { user: StaffUser | null } | null;

/** The organisation's staff: roles, teams, status, two-factor; create, edit, (de)activate. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const me = useMe().data;
  const format = useFormat();
  const client = useQueryClient();
  const canManage = Boolean(me && permissionsIn(me, organisationId).has("user.manage"));
  const users = useQuery({
    queryKey: usersKey(organisationId),
    queryFn: () => api<StaffUser[]>("GET", `/api/organisations/${organisationId}/users`),
  });
  const teams = useTeams(organisationId);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: StaffUser; active: boolean }) => {
      const body: UpdateStaffUser = { active };
      return api<StaffUser>(
        "PATCH",
        `/api/organisations/${organisationId}/users/${encodeURIComponent(user.id)}`,
        body,
      );
    },
    onSuccess: (user) => {
      setNotice(user.active ? t("users.reactivated") : t("users.deactivated"));
      void client.invalidateQueries({ queryKey: usersKey(organisationId) });
    },
  });

  const membershipsHere = (user: StaffUser) =>
    user.memberships.filter((m) => m.organisationId === organisationId);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t("users.title")}</Title>
        {canManage ? (
          <Button
            onClick={() => {
              setNotice(null);
              setEditing({ user: null });
            }}
          >
            {t("users.create")}
          </Button>
        ) : null}
      </Group>
      <StatusMessage message={notice} />
      <ErrorAlert error={setActive.error} />
      <QueryGate isPending={users.isPending} error={users.error}>
        {users.data?.length === 0 ? <Text>{t("users.empty")}</Text> : null}
        {users.data && users.data.length > 0 ? (
          <TableScroll label={t("users.title")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("users.name")}</Table.Th>
                  <Table.Th scope="col">{t("users.memberships")}</Table.Th>
                  <Table.Th scope="col">{t("users.status")}</Table.Th>
                  <Table.Th scope="col">{t("users.twoFactor")}</Table.Th>
                  {canManage ? <Table.Th scope="col">{t("common.actions")}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text fw={500}>{user.name}</Text>
                      <Text size="sm" c="dimmed">
                        {user.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {membershipsHere(user).map((m) => (
                        <Text key={m.id} size="sm">
                          {t(`roles.${m.role}`)}
                          {m.teamName ? `, ${m.teamName}` : ""}
                          {m.fte === null ? "" : ` (${t("users.fteValue", { value: format.number(m.fte) })})`}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {user.active ? t("users.active") : t("users.inactive")}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {user.twoFactorEnabled ? t("users.twoFactorOn") : t("users.twoFactorOff")}
                    </Table.Td>
                    {canManage ? (
                      <Table.Td>
                        {user.canManage ? (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={t("users.editNamed", { name: user.name })}
                              onClick={() => {
                                setNotice(null);
                                setEditing({ user });
                              }}
                            >
                              {t("common.edit")}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              color={user.active ? "red" : undefined}
                              aria-label={
                                user.active
                                  ? t("users.deactivateNamed", { name: user.name })
                                  : t("users.reactivateNamed", { name: user.name })
                              }
                              loading={setActive.isPending && setActive.variables?.user.id === user.id}
                              onClick={() => setActive.mutate({ user, active: !user.active })}
                            >
                              {user.active ? t("users.deactivate") : t("users.reactivate")}
                            </Button>
                          </Group>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
      {editing ? (
        <UserFormModal
          key={editing.user?.id ?? "new"}
          organisationId={organisationId}
          user={editing.user}
          opened
          teams={teams.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(editing.user ? t("common.saved") : t("users.created"));
            client.setQueryData<StaffUser[]>(usersKey(organisationId), (list) =>
              list
                ? editing.user
                  ? list.map((u) => (u.id === saved.id ? saved : u))
                  : [...list, saved]
                : list,
            );
            void client.invalidateQueries({ queryKey: usersKey(organisationId) });
          }}
        />
      ) : null}
    </Stack>
  );
}
