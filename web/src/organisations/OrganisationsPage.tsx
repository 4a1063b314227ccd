import type { OrganisationType } from "@core/access/roles";
import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../platform/api.ts";
import { minPasswordLength } from "../platform/auth-client.ts";
import { fieldError } from "../platform/fields.ts";
import { useFormat } from "../platform/format.ts";
import { PasswordField } from "../platform/PasswordField.tsx";
import { useMe } from "../platform/session.ts";
import type { CreateOrganisation, Organisation } from "../platform/types.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { useOrganisationTypeOptions } from "./useOrganisationTypeOptions.ts";

const listKey = ["organisations"] as const;

/** Platform admin: every organisation, and creating a new one. */
export default function OrganisationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe().data;
  const memberOf = new Set(me?.abilities.map((a) => a.organisationId) ?? []);
  const list = useQuery({
    queryKey: listKey,
    queryFn: () => api<Organisation[]>("GET", "/api/organisations"),
  });
  return (
    <Stack>
      <Title order={1}>{t("platform.title")}</Title>
      <QueryGate isPending={list.isPending} error={list.error}>
        {list.data && list.data.length === 0 ? <Text>{t("platform.empty")}</Text> : null}
        {list.data && list.data.length > 0 ? (
          <TableScroll label={t("platform.title")}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("platform.name")}</Table.Th>
                  <Table.Th scope="col">{t("platform.type")}</Table.Th>
                  <Table.Th scope="col">{t("platform.twoFactor")}</Table.Th>
                  <Table.Th scope="col">{t("platform.createdAt")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      {/* Platform admins see inside an organisation only through a membership. */}
                      {memberOf.has(o.id) ? (
                        <Anchor component={Link} to={`/organisations/${o.id}/settings`}>
                          {o.name}
                        </Anchor>
                      ) : (
                        o.name
                      )}
                    </Table.Td>
                    <Table.Td>{t(`organisationTypes.${o.type}`)}</Table.Td>
                    <Table.Td>{o.requireTwoFactor ? t("common.yes") : t("common.no")}</Table.Td>
                    <Table.Td>{format.date(o.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
      <CreateOrganisationForm />
    </Stack>
  );
}

function CreateOrganisationForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const types = useOrganisationTypeOptions();
  const [name, setName] = useState("");
  const [type, setType] = useState<OrganisationType>("wellbeing_services_county");
  const [requireTwoFactor, setRequireTwoFactor] = useState(false);
  const [admin, setAdmin] = useState({ name: "", email: "", password: "" });
  const create = useMutation({
    mutationFn: (body: CreateOrganisation) => api<Organisation>("POST", "/api/organisations", body),
    onSuccess: () => {
      setName("");
      setRequireTwoFactor(false);
      setAdmin({ name: "", email: "", password: "" });
      void client.invalidateQueries({ queryKey: listKey });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name: name.trim(),
      type,
      requireTwoFactor,
      firstAdmin: { name: admin.name.trim(), email: admin.email.trim(), password: admin.password },
    });
  };
  return (
    <Paper withBorder p="md" maw={640} component="section" aria-labelledby="new-organisation-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} id="new-organisation-heading">
            {t("platform.createTitle")}
          </Title>
          <TextInput
            label={t("platform.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(create.error, "name")}
          />
          <NativeSelect
            label={t("platform.type")}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as OrganisationType)}
            data={types}
            error={fieldError(create.error, "type")}
          />
          <Checkbox
            label={t("organisation.requireTwoFactor")}
            checked={requireTwoFactor}
            onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
          />
          <Fieldset legend={t("platform.firstAdmin")}>
            <Stack>
              <TextInput
                label={t("users.name")}
                required
                autoComplete="off"
                value={admin.name}
                onChange={(e) => setAdmin({ ...admin, name: e.currentTarget.value })}
                error={fieldError(create.error, "firstAdmin.name")}
              />
              <TextInput
                label={t("users.email")}
                type="email"
                required
                autoComplete="off"
                value={admin.email}
                onChange={(e) => setAdmin({ ...admin, email: e.currentTarget.value })}
                error={fieldError(create.error, "firstAdmin.email")}
              />
              <PasswordField
                label={t("users.password")}
                description={t("users.passwordHelp", { min: minPasswordLength })}
                required
                autoComplete="new-password"
                value={admin.password}
                onChange={(e) => setAdmin({ ...admin, password: e.currentTarget.value })}
                error={fieldError(create.error, "firstAdmin.password")}
              />
            </Stack>
          </Fieldset>
          <ErrorAlert error={create.error} />
          <StatusMessage message={create.isSuccess ? t("platform.created") : null} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t("platform.create")}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
