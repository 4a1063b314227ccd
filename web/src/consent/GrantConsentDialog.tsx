import { consentMethods, consentScopes, scopeTarget } from "@core/consent/scopes";
import { helsinkiDate } from "@core/time/dates";
import { NativeSelect, SimpleGrid, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { organisationsOf } from "../app/useActiveOrganisation.ts";
import { clientChanged } from "../clients/queries.ts";
import type { ClientRecord, GrantConsent } from "../clients/types.ts";
import { useTeamOptions } from "../clients/useTeamOptions.ts";
import { ActionModal } from "../episodes/ActionModal.tsx";
import { api } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { DateField } from "../platform/form/index.ts";
import { useMe } from "../platform/session.ts";

type Scope = (typeof consentScopes)[number];
type Method = (typeof consentMethods)[number];

/** Records a consent the client gave: what, to whom, when, how, and for how long. */
export function GrantConsentDialog({
  client,
  onClose,
  onDone,
}: {
  client: ClientRecord;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const teams = useTeamOptions(client.organisationId);
  const [scope, setScope] = useState<Scope>("share_with_treatment_team");
  const [teamId, setTeamId] = useState("");
  const [organisationId, setOrganisationId] = useState("");
  const [givenOn, setGivenOn] = useState(helsinkiDate());
  const [method, setMethod] = useState<Method>("written");
  const [validUntil, setValidUntil] = useState("");
  const target = scopeTarget[scope];
  const otherOrganisations = (me ? organisationsOf(me) : []).filter((o) => o.id !== client.organisationId);
  const grant = useMutation({
    mutationFn: () => {
      const body: GrantConsent = {
        scope,
        targetTeamId: target === "team" ? teamId || null : null,
        targetOrganisationId: target === "organisation" ? organisationId || null : null,
        givenOn,
        method,
        validUntil: validUntil || null,
      };
      return api<ClientRecord>("POST", `/api/clients/${client.id}/consents`, body);
    },
    onSuccess: (record) => {
      clientChanged(queryClient, record);
      onDone();
    },
  });
  return (
    <ActionModal
      opened
      title={t("consent.grantTitle")}
      submitLabel={t("consent.grantSubmit")}
      saving={grant.isPending}
      error={grant.error}
      shownFields={["scope", "targetTeamId", "targetOrganisationId", "givenOn", "method", "validUntil"]}
      onClose={onClose}
      onSubmit={() => grant.mutate()}
    >
      <Text size="sm">{t("consent.grantIntro")}</Text>
      <NativeSelect
        label={t("consent.fields.scope")}
        required
        value={scope}
        onChange={(e) => setScope(e.currentTarget.value as Scope)}
        data={consentScopes.map((s) => ({ value: s, label: t(`consent.scopes.${s}`) }))}
        error={fieldError(grant.error, "scope")}
      />
      {target === "team" ? (
        <NativeSelect
          label={t("consent.fields.targetTeam")}
          required
          value={teamId}
          onChange={(e) => setTeamId(e.currentTarget.value)}
          data={[
            { value: "", label: t("clients.chooseTeam"), disabled: true },
            ...teams.treatmentTeams.map((team) => ({ value: team.id, label: team.name })),
          ]}
          error={fieldError(grant.error, "targetTeamId")}
        />
      ) : null}
      {target === "organisation" ? (
        <NativeSelect
          label={t("consent.fields.targetOrganisation")}
          description={otherOrganisations.length === 0 ? t("consent.noOtherOrganisations") : undefined}
          required
          value={organisationId}
          onChange={(e) => setOrganisationId(e.currentTarget.value)}
          data={[
            { value: "", label: t("consent.chooseOrganisation"), disabled: true },
            ...otherOrganisations.map((o) => ({ value: o.id, label: o.name ?? o.id })),
          ]}
          error={fieldError(grant.error, "targetOrganisationId")}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t("consent.fields.givenOn")}
          required
          value={givenOn}
          onChange={(v) => setGivenOn(v)}
          error={fieldError(grant.error, "givenOn")}
        />
        <NativeSelect
          label={t("consent.fields.method")}
          required
          value={method}
          onChange={(e) => setMethod(e.currentTarget.value as Method)}
          data={consentMethods.map((m) => ({ value: m, label: t(`consent.methods.${m}`) }))}
          error={fieldError(grant.error, "method")}
        />
        <DateField
          label={t("consent.fields.validUntil")}
          description={t("consent.validUntilHelp")}
          value={validUntil}
          onChange={(v) => setValidUntil(v)}
          error={fieldError(grant.error, "validUntil")}
        />
      </SimpleGrid>
    </ActionModal>
  );
}
