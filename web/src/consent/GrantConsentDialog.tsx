import { consentMethods, consentScopes, scopeTarget } from "@core/consent/scopes";
import { grantConsent } from "@core/contracts/clients";
import { helsinkiDate } from "@core/time/dates";
import { NativeSelect, SimpleGrid, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { organisationsOf } from "../app/useActiveOrganisation.ts";
import { clientChanged } from "../clients/queries.ts";
import type { ClientRecord, GrantConsent } from "../clients/types.ts";
import { useTeamOptions } from "../clients/useTeamOptions.ts";
import { consents } from "../platform/client/consents.ts";
import { DateField, dateOrNull, FormModal, useContractForm } from "../platform/form/index.ts";
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
  const otherOrganisations = (me ? organisationsOf(me) : []).filter((o) => o.id !== client.organisationId);
  const grant = useMutation({
    mutationFn: (body: GrantConsent) => consents.grant(client.id, body),
    onSuccess: (record) => {
      clientChanged(queryClient, record);
      onDone();
    },
  });
  const form = useContractForm({
    schema: grantConsent,
    initial: {
      scope: "share_with_treatment_team" as Scope,
      targetTeamId: "",
      targetOrganisationId: "",
      givenOn: helsinkiDate(),
      method: "written" as Method,
      validUntil: "",
    },
    // Only the scope's own target is sent: a team for a treatment team, an organisation for another.
    toBody: (v): GrantConsent => ({
      scope: v.scope,
      targetTeamId: scopeTarget[v.scope] === "team" ? v.targetTeamId || null : null,
      targetOrganisationId: scopeTarget[v.scope] === "organisation" ? v.targetOrganisationId || null : null,
      givenOn: v.givenOn,
      method: v.method,
      validUntil: dateOrNull(v.validUntil),
    }),
    onSubmit: (body) => grant.mutate(body),
    serverError: grant.error,
  });
  const target = scopeTarget[form.values.scope];
  return (
    <FormModal
      title={t("consent.grantTitle")}
      submitLabel={t("consent.grantSubmit")}
      form={form}
      busy={grant.isPending}
      error={grant.error}
      onClose={onClose}
    >
      <Text size="sm">{t("consent.grantIntro")}</Text>
      <NativeSelect
        size="md"
        required
        {...form.field("scope", t("consent.fields.scope"))}
        data={consentScopes.map((s) => ({ value: s, label: t(`consent.scopes.${s}`) }))}
      />
      {target === "team" ? (
        <NativeSelect
          size="md"
          required
          {...form.field("targetTeamId", t("consent.fields.targetTeam"))}
          data={[
            { value: "", label: t("clients.chooseTeam"), disabled: true },
            ...teams.treatmentTeams.map((team) => ({ value: team.id, label: team.name })),
          ]}
        />
      ) : null}
      {target === "organisation" ? (
        <NativeSelect
          size="md"
          required
          description={otherOrganisations.length === 0 ? t("consent.noOtherOrganisations") : undefined}
          {...form.field("targetOrganisationId", t("consent.fields.targetOrganisation"))}
          data={[
            { value: "", label: t("consent.chooseOrganisation"), disabled: true },
            ...otherOrganisations.map((o) => ({ value: o.id, label: o.name ?? o.id })),
          ]}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField required miw={0} {...form.field("givenOn", t("consent.fields.givenOn"))} />
        <NativeSelect
          size="md"
          required
          {...form.field("method", t("consent.fields.method"))}
          data={consentMethods.map((m) => ({ value: m, label: t(`consent.methods.${m}`) }))}
        />
        <DateField
          miw={0}
          description={t("consent.validUntilHelp")}
          {...form.field("validUntil", t("consent.fields.validUntil"))}
        />
      </SimpleGrid>
    </FormModal>
  );
}
