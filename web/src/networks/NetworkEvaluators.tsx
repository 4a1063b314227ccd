import { Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../platform/fields.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import { useDraft } from "../platform/use-draft.ts";
import {
  type ReportingNetwork,
  useAddEvaluator,
  useNetworkEvaluators,
  useRemoveEvaluator,
} from "./networks-api.ts";

/** A network's evaluators: who they are and since when, removing one, naming one by e-mail. */
export function NetworkEvaluators({ network }: { network: ReportingNetwork }) {
  const { t } = useTranslation();
  const format = useFormat();
  const evaluators = useNetworkEvaluators(network.id);
  const add = useAddEvaluator(network.id);
  const remove = useRemoveEvaluator(network.id);
  const [notice, setNotice] = useState<string | null>(null);
  const { draft, bind, reset } = useDraft({ email: "" });
  const headingId = `evaluators-${network.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    add.mutate(
      { email: draft.email.trim() },
      {
        onSuccess: () => {
          setNotice(t("networks.evaluatorAdded", { email: draft.email.trim() }));
          reset();
        },
      },
    );
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t("networks.evaluators")}
      </Title>
      <QueryGate isPending={evaluators.isPending} error={evaluators.error}>
        {evaluators.data?.length === 0 ? <Text size="sm">{t("networks.noEvaluators")}</Text> : null}
        {evaluators.data && evaluators.data.length > 0 ? (
          <TableScroll label={t("networks.evaluatorsOf", { name: network.name })}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("networks.evaluatorName")}</Table.Th>
                  <Table.Th scope="col">{t("networks.email")}</Table.Th>
                  <Table.Th scope="col">{t("networks.evaluatorSince")}</Table.Th>
                  <Table.Th scope="col">{t("common.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {evaluators.data.map((e) => (
                  <Table.Tr key={e.userId}>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td>{e.email}</Table.Td>
                    <Table.Td>{format.date(e.validFrom)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t("networks.removeEvaluatorNamed", {
                          name: e.name,
                          network: network.name,
                        })}
                        loading={remove.isPending && remove.variables === e.userId}
                        onClick={() => {
                          setNotice(null);
                          remove.mutate(e.userId, {
                            onSuccess: () => setNotice(t("networks.evaluatorRemoved", { name: e.name })),
                          });
                        }}
                      >
                        {t("networks.removeEvaluator")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
      </QueryGate>
      <ErrorAlert error={remove.error} />
      <form onSubmit={submit} noValidate>
        <Group align="end" gap="sm" wrap="wrap">
          <TextInput
            type="email"
            autoComplete="off"
            label={t("networks.addEvaluatorEmail")}
            description={t("networks.addEvaluatorHelp")}
            required
            {...bind("email")}
            error={fieldError(add.error, "email")}
            style={{ flex: "1 1 16rem" }}
          />
          <Button
            type="submit"
            loading={add.isPending}
            aria-label={t("networks.addEvaluatorTo", { name: network.name })}
          >
            {t("networks.addEvaluator")}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={add.error} />
      <StatusMessage message={notice} />
    </Stack>
  );
}
