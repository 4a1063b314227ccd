import { Alert, Anchor, Button, Group, List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DuplicateCandidate } from "./types.ts";

/**
 * Possible duplicates found before a record is created. A henkilötunnus match is the same person
 * and never gets a second record; a name and birth date match may be someone else.
 */
export function DuplicatesNotice({
  duplicates,
  saving,
  onConfirm,
  onCancel,
}: {
  duplicates: DuplicateCandidate[];
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const sameHetu = duplicates.some((d) => d.reason === "henkilotunnus");
  return (
    <Alert color="yellow" variant="light" role="alert" title={t("clients.duplicates.title")}>
      <Stack gap="sm">
        <Text size="sm">{sameHetu ? t("clients.duplicates.sameHetu") : t("clients.duplicates.intro")}</Text>
        <List size="sm">
          {duplicates.map((d, index) => (
            <List.Item key={d.clientId ?? `hidden-${index}`}>
              {d.visible && d.clientId ? (
                <Anchor component={Link} to={`/clients/${d.clientId}`}>
                  {d.name ?? t("clients.duplicates.unnamed")}
                </Anchor>
              ) : (
                t("clients.duplicates.invisible")
              )}{" "}
              ({t(`clients.duplicates.reasons.${d.reason}`)})
            </List.Item>
          ))}
        </List>
        <Group>
          {sameHetu ? null : (
            <Button onClick={onConfirm} loading={saving}>
              {t("clients.duplicates.differentPerson")}
            </Button>
          )}
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
