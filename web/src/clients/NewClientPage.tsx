import { helsinkiDate } from "@core/time/dates";
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useActiveOrganisation } from "../app/useActiveOrganisation.ts";
import { caseloadKeys } from "../caseload/queries.ts";
import { api } from "../platform/api.ts";
import { clientKeys } from "../platform/client/clients.ts";
import { fieldError, otherFieldErrors } from "../platform/fields.ts";
import { permissionsIn, useMe } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";
import {
  ClientDetailsFields,
  type DetailsDraft,
  detailsInput,
  emptyDetails,
} from "./ClientDetailsFields.tsx";
import { DuplicatesNotice } from "./DuplicatesNotice.tsx";
import {
  emptyReferral,
  type ReferralDraft,
  ReferralFields,
  referralInputOf,
  SituationSelect,
} from "./ReferralFields.tsx";
import type { CreateClient, CreateClientResult, DuplicateCandidate } from "./types.ts";
import { useTeamOptions } from "./useTeamOptions.ts";

const shownFields = ["client", "referral"];

/**
 * A new client with their referral (coaches and team leaders), or a clinician's simpler
 * "refer to IPS": details, situation and IPS team; the server records the source and referrer.
 */
export default function NewClientPage() {
  const me = useMe().data;
  if (!me) return null;
  return <NewClientForm me={me} />;
}

function NewClientForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisation = useActiveOrganisation(me);
  const can = organisation.id ? permissionsIn(me, organisation.id) : new Set<string>();
  const asReferrer = !can.has("client.create") && can.has("client.refer");
  const teams = useTeamOptions(organisation.id);
  const myIpsTeam = me.memberships.find(
    (m) => m.organisationId === organisation.id && (m.role === "coach" || m.role === "team_lead"),
  );
  const myTreatmentTeam = me.memberships.find(
    (m) => m.organisationId === organisation.id && m.role === "clinician" && m.teamId,
  );
  const [details, setDetails] = useState<DetailsDraft>(emptyDetails);
  const [referral, setReferral] = useState<ReferralDraft>(() => ({
    ...emptyReferral(helsinkiDate()),
    source: asReferrer ? "treatment_team" : "self",
    ipsTeamId: myIpsTeam?.teamId ?? "",
    coachUserId: myIpsTeam?.role === "coach" ? me.user.id : "",
    treatmentTeamId: myTreatmentTeam?.teamId ?? "",
  }));
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const [referred, setReferred] = useState(false);
  // Without a chosen team, the only IPS team is the obvious choice.
  const ipsTeamId = referral.ipsTeamId || (teams.ipsTeams.length === 1 ? (teams.ipsTeams[0]?.id ?? "") : "");

  const create = useMutation({
    mutationFn: (confirmNotDuplicate: boolean) => {
      const body: CreateClient = {
        client: detailsInput(details),
        referral: referralInputOf({ ...referral, ipsTeamId }),
        confirmNotDuplicate,
      };
      return api<CreateClientResult>("POST", "/api/clients", body);
    },
    onSuccess: (result) => {
      if (!result.created) {
        setDuplicates(result.duplicates);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: clientKeys.all });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.mine });
      if (asReferrer) {
        setReferred(true);
        setDuplicates(null);
        setDetails(emptyDetails);
        return;
      }
      navigate(`/clients/${result.clientId}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setReferred(false);
    setDuplicates(null);
    create.mutate(false);
  };

  return (
    <Stack>
      <Title order={1}>{asReferrer ? t("clients.referTitle") : t("clients.newTitle")}</Title>
      <Text maw={720}>{asReferrer ? t("clients.referIntro") : t("clients.newIntro")}</Text>
      <StatusMessage message={referred ? t("clients.referred") : null} />
      <form onSubmit={submit} noValidate>
        <Stack maw={880}>
          <Paper withBorder p="md" component="section" aria-labelledby="client-details-heading">
            <Stack>
              <Title order={2} size="h3" id="client-details-heading">
                {t("clients.detailsTitle")}
              </Title>
              <ClientDetailsFields
                value={details}
                onChange={setDetails}
                error={create.error}
                prefix="client."
                short={asReferrer}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="referral-heading">
            <Stack>
              <Title order={2} size="h3" id="referral-heading">
                {t("clients.referralTitle")}
              </Title>
              {asReferrer ? (
                <Stack maw={480}>
                  <SituationSelect
                    value={referral.situationAtStart}
                    onChange={(situationAtStart) => setReferral({ ...referral, situationAtStart })}
                    error={fieldError(create.error, "referral.situationAtStart")}
                  />
                  <AssignmentFieldsForReferrer
                    organisationId={organisation.id}
                    value={{ ...referral, ipsTeamId }}
                    onChange={(next) => setReferral({ ...referral, ...next })}
                    error={create.error}
                  />
                </Stack>
              ) : (
                <ReferralFields
                  organisationId={organisation.id}
                  value={{ ...referral, ipsTeamId }}
                  onChange={setReferral}
                  error={create.error}
                  prefix="referral."
                />
              )}
            </Stack>
          </Paper>
          {duplicates ? (
            <DuplicatesNotice
              duplicates={duplicates}
              saving={create.isPending}
              onConfirm={() => create.mutate(true)}
              onCancel={() => setDuplicates(null)}
            />
          ) : null}
          <ErrorAlert error={create.error} />
          {otherFieldErrors(create.error, shownFields).map((message) => (
            <ErrorAlert key={message} error={message} />
          ))}
          <Group>
            <Button type="submit" loading={create.isPending && !duplicates}>
              {asReferrer ? t("clients.referSubmit") : t("clients.createSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The clinician chooses only the IPS team; coach and treatment team are the IPS team's to set. */
function AssignmentFieldsForReferrer(props: {
  organisationId: string | null;
  value: ReferralDraft;
  onChange: (next: Partial<ReferralDraft>) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const teams = useTeamOptions(props.organisationId);
  return (
    <NativeTeamSelect
      label={t("clients.fields.ipsTeam")}
      value={props.value.ipsTeamId}
      options={teams.ipsTeams}
      onChange={(ipsTeamId) => props.onChange({ ipsTeamId })}
      error={fieldError(props.error, "referral.ipsTeamId")}
    />
  );
}

function NativeTeamSelect({
  label,
  value,
  options,
  onChange,
  error,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: "", label: t("clients.chooseTeam"), disabled: true },
        ...options.map((o) => ({ value: o.id, label: o.name })),
      ]}
      error={error}
    />
  );
}
