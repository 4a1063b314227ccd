import { type Phase, phases } from "@core/episodes/phase";
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useActiveOrganisation } from "../app/useActiveOrganisation.ts";
import { permissionsIn, useMe } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";
import { QueryGate, TableScroll } from "../platform/ui.tsx";
import { ClientSearchForm } from "./ClientSearchForm.tsx";
import { PhaseBadge } from "./PhaseBadge.tsx";
import { useClientSearch } from "./queries.ts";

/**
 * The clients the caller may see: the IPS team's own, and those a consent shares with the
 * caller's team or organisation (a clinician sees only these, as "shared clients").
 */
export default function ClientsPage() {
  const me = useMe().data;
  if (!me) return null;
  return <ClientList me={me} />;
}

function ClientList({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const phaseParam = params.get("phase") ?? "";
  const phase = (phases as readonly string[]).includes(phaseParam) ? (phaseParam as Phase) : "";
  const organisation = useActiveOrganisation(me);
  const can = organisation.id ? permissionsIn(me, organisation.id) : new Set<string>();
  const sharedOnly = !can.has("client.create");
  const tooShort = q.length === 1;
  const results = useClientSearch(tooShort ? "" : q, phase);
  const title = sharedOnly ? t("clients.sharedTitle") : t("clients.title");

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{title}</Title>
        {can.has("client.create") ? (
          <Button component={Link} to="/clients/new">
            {t("clients.newTitle")}
          </Button>
        ) : can.has("client.refer") ? (
          <Button component={Link} to="/clients/new">
            {t("clients.referTitle")}
          </Button>
        ) : null}
      </Group>
      {sharedOnly ? <Text maw={720}>{t("clients.sharedIntro")}</Text> : null}
      <ClientSearchForm
        key={q}
        initial={q}
        extra={
          <NativeSelect
            label={t("clients.phaseFilter")}
            value={phase}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.currentTarget.value) next.set("phase", e.currentTarget.value);
              else next.delete("phase");
              setParams(next);
            }}
            data={[
              { value: "", label: t("clients.allPhases") },
              ...phases.map((p) => ({ value: p, label: t(`clients.phases.${p}`) })),
            ]}
          />
        }
      />
      {tooShort ? <Text>{t("clients.searchTooShort")}</Text> : null}
      <QueryGate isPending={results.isPending} error={results.error}>
        <div role="status" aria-live="polite">
          <Text size="sm" c="dimmed">
            {t("clients.resultCount", { count: results.data?.length ?? 0 })}
          </Text>
        </div>
        {results.data && results.data.length > 0 ? (
          <TableScroll label={title}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("clients.fields.name")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.phase")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.coach")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.ipsTeam")}</Table.Th>
                  <Table.Th scope="col">{t("clients.fields.access")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.data.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/clients/${c.id}`}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <PhaseBadge phase={c.phase} />
                    </Table.Td>
                    <Table.Td>{c.coachName ?? t("clients.noCoach")}</Table.Td>
                    <Table.Td>{c.ipsTeamName ?? t("common.none")}</Table.Td>
                    <Table.Td>
                      {c.access === "shared" ? (
                        <Badge variant="outline" color="dark" tt="none">
                          {t("clients.access.shared")}
                        </Badge>
                      ) : (
                        t("clients.access.full")
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
    </Stack>
  );
}
