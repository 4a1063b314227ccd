import { printableDocuments } from "@core/documents/codes";
import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { documentPdfPath } from "./queries.ts";

/** Links to the four documents as PDFs, made by the server in the client's language. */
export function PrintDocuments({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="print-documents">
      <Stack gap="xs">
        <Title order={2} size="h3" id="print-documents">
          {t("documents.print.heading")}
        </Title>
        <Text size="sm">{t("documents.print.help")}</Text>
        <List>
          {printableDocuments.map((document) => (
            <List.Item key={document}>
              <Anchor href={documentPdfPath(clientId, document)} download>
                {t("documents.print.pdf", { document: t(`documents.kinds.${document}`) })}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
