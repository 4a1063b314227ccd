import { attachmentKinds } from "@core/attachments/file-type";
import type { Messages } from "@core/i18n/types";
import {
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { focusSoon, focusTarget } from "../platform/focus.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage, TableScroll } from "../platform/ui.tsx";
import {
  type Attachment,
  attachmentContentPath,
  readAsBase64,
  type UploadAttachment,
  useAttachments,
  useUploadAttachment,
} from "./queries.ts";
import { RemoveAttachmentModal } from "./RemoveAttachmentModal.tsx";

const MB = 1024 * 1024;
const linkId = (attachmentId: string) => `attachment-${attachmentId}`;

/**
 * Files kept with the client: the list with download and remove, and an upload form. The server
 * checks the type by content and the size; the size is checked here too, so a large file is not
 * sent only to be refused.
 */
export function AttachmentsSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attachments = useAttachments(clientId);
  const upload = useUploadAttachment(clientId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<UploadAttachment["kind"]>("cv");
  const [localError, setLocalError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const maxMb = Math.floor((attachments.data?.maxBytes ?? 10 * MB) / MB);
  const a = (
    key: Exclude<keyof Messages["documents"]["attachments"], "kinds">,
    params?: Record<string, string | number>,
  ) => t(`documents.attachments.${key}`, params);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    upload.reset();
    setNotice(null);
    if (!file) return setLocalError(a("chooseFile"));
    if (file.size > maxMb * MB) return setLocalError(t("validation.file_too_large", { max: maxMb }));
    if (file.size === 0) return setLocalError(t("validation.file_empty"));
    setLocalError(null);
    const content = await readAsBase64(file);
    upload.mutate(
      { kind, fileName: file.name, content },
      {
        // The list is fresh by now (the upload waits for it): the new file's link takes focus,
        // as the busy upload button let it go.
        onSuccess: (saved) => {
          setFile(null);
          setNotice(a("uploaded"));
          focusSoon(() => document.getElementById(linkId(saved.id)));
        },
      },
    );
  };
  const fileError = localError ?? fieldError(upload.error, "content") ?? fieldError(upload.error, "fileName");

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="client-attachments">
      <Stack>
        <Title order={2} size="h3" id="client-attachments" ref={heading} {...focusTarget}>
          {a("heading")}
        </Title>
        <Text size="sm">{a("intro")}</Text>
        <StatusMessage message={notice} />
        <QueryGate isPending={attachments.isPending} error={attachments.error}>
          {attachments.data?.items.length ? (
            <TableScroll label={a("heading")}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{a("name")}</Table.Th>
                    <Table.Th scope="col">{a("kind")}</Table.Th>
                    <Table.Th scope="col">{a("size")}</Table.Th>
                    <Table.Th scope="col">{a("uploadedAt")}</Table.Th>
                    <Table.Th scope="col">{a("actions")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {attachments.data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td style={{ wordBreak: "break-word" }}>{item.fileName}</Table.Td>
                      <Table.Td>{t(`documents.attachments.kinds.${item.kind}`)}</Table.Td>
                      <Table.Td>{`${format.number(Math.max(item.sizeBytes / 1024, 0.1))} kB`}</Table.Td>
                      <Table.Td>
                        {format.dateTime(item.uploadedAt)}
                        {item.uploadedByName ? `, ${item.uploadedByName}` : ""}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Anchor
                            id={linkId(item.id)}
                            href={attachmentContentPath(clientId, item.id)}
                            download
                          >
                            {a("download", { name: item.fileName })}
                          </Anchor>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setRemoving(item)}
                            aria-label={a("remove", { name: item.fileName })}
                          >
                            {a("removeConfirm")}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Text>{a("none")}</Text>
          )}
        </QueryGate>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <NativeSelect
                label={a("kind")}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as UploadAttachment["kind"])}
                data={attachmentKinds.map((k) => ({
                  value: k,
                  label: t(`documents.attachments.kinds.${k}`),
                }))}
                error={fieldError(upload.error, "kind")}
              />
              <FileInput
                label={a("file")}
                description={a("fileHelp", { max: maxMb })}
                required
                clearable
                clearButtonProps={{ "aria-label": a("clearFile") }}
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setLocalError(null);
                  upload.reset();
                }}
                accept=".pdf,.png,.jpg,.jpeg,.docx,.odt,application/pdf,image/png,image/jpeg"
                error={fileError}
              />
            </Group>
            {upload.error instanceof ApiError && !fileError ? <ErrorAlert error={upload.error} /> : null}
            <Group justify="flex-end">
              <Button type="submit" loading={upload.isPending} aria-describedby={undefined}>
                {upload.isPending ? a("uploading") : a("upload")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      {removing ? (
        <RemoveAttachmentModal
          clientId={clientId}
          attachment={removing}
          onClose={() => setRemoving(null)}
          onDone={() => {
            setRemoving(null);
            setNotice(a("removed"));
            focusSoon(() => heading.current);
          }}
        />
      ) : null}
    </Paper>
  );
}
