import { Stack } from "@mantine/core";
import { AttachmentsSection } from "../attachments/AttachmentsSection.tsx";
import { CooperationAgreementSection } from "./CooperationAgreementSection.tsx";
import { PrintDocuments } from "./PrintDocuments.tsx";

/** The client's documents: the cooperation agreement, the printable PDFs and the attachments. */
export default function DocumentsTab({ client }: { client: { id: string } }) {
  return (
    <Stack>
      <CooperationAgreementSection clientId={client.id} />
      <PrintDocuments clientId={client.id} />
      <AttachmentsSection clientId={client.id} />
    </Stack>
  );
}
