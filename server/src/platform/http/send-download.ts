import type { FastifyReply } from "fastify";

export type DownloadFile = { body: Buffer | string; contentType: string; fileName: string };

/**
 * Sends a file as a download, never shown inline and never cached (exports of figures, a
 * client's documents and attachments). The name must be plain ASCII without quotes; callers
 * build it from codes and ids. `nosniff` keeps a browser from guessing another type.
 */
export function sendDownload(reply: FastifyReply, file: DownloadFile) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.fileName}"`)
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "no-store")
    .send(file.body);
}
