/**
 * Which files may be kept with a client, decided by the file's own first bytes, never by the name
 * or the type a browser declares alone: a renamed HTML or SVG file would otherwise be stored as a
 * "PDF" and could run script if it were ever shown inline.
 */
export const attachmentMediaTypes = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
} as const;
export type AttachmentExtension = keyof typeof attachmentMediaTypes;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[AttachmentExtension];

/** What a person keeps with a client; shown as a label, used to find the signed agreement. */
export const attachmentKinds = ["cv", "signed_agreement", "certificate", "other"] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** Whether the bytes hold the ASCII text anywhere (plain loop: core runs in the browser too). */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i !== -1; i = bytes.indexOf(first ?? 0, i + 1))
    if (startsWith(bytes, needle, i)) return true;
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

/**
 * The media type the content itself shows, or null when it is none of the allowed ones. An ODT
 * starts with a stored `mimetype` entry naming its type (ODF 1.2 §3.3); a DOCX is a ZIP holding
 * `word/document.xml`.
 */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ZIP)) {
    if (startsWith(bytes, ascii(`mimetype${ODT_MIMETYPE}`), 30)) return ODT_MIMETYPE;
    if (contains(bytes, "word/document.xml")) return attachmentMediaTypes.docx;
  }
  return null;
}

export type AttachmentProblem =
  | "file_empty"
  | "file_too_large"
  | "file_name_not_allowed"
  | "file_type_not_allowed"
  | "file_content_mismatch";

/**
 * Path characters, control characters, invisible format characters (bidirectional overrides and
 * isolates, zero-width marks: "cv\u202Egnp.pdf" is shown as "cvfdp.png") and line separators.
 */
const NOT_IN_A_NAME = /[/\\:\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A file name as typed on the person's computer: a plain name with an allowed extension. Path
 * characters, control and invisible characters and leading dots are refused rather than cleaned,
 * so what is stored is what the person chose and what everyone is shown is what it is.
 */
export function checkAttachmentName(
  fileName: string,
): { extension: AttachmentExtension } | { problem: AttachmentProblem } {
  if (NOT_IN_A_NAME.test(fileName) || fileName.startsWith(".") || fileName.trim() !== fileName)
    return { problem: "file_name_not_allowed" };
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  // Own keys only: "cv.constructor" must not find Object.prototype.constructor.
  if (!fileName.includes(".") || !Object.hasOwn(attachmentMediaTypes, extension))
    return { problem: "file_type_not_allowed" };
  return { extension: extension as AttachmentExtension };
}

/**
 * The one check of an upload: a safe name with an allowed extension, not empty, not over the
 * limit, and content whose first bytes show the type its name declares.
 */
export function checkAttachment(
  file: { fileName: string; bytes: Uint8Array },
  maxBytes: number,
): { mediaType: AttachmentMediaType } | { field: "fileName" | "content"; problem: AttachmentProblem } {
  const name = checkAttachmentName(file.fileName);
  if ("problem" in name) return { field: "fileName", problem: name.problem };
  if (file.bytes.length === 0) return { field: "content", problem: "file_empty" };
  if (file.bytes.length > maxBytes) return { field: "content", problem: "file_too_large" };
  const detected = detectMediaType(file.bytes);
  // The name's ending is allowed (checked above), so content of no allowed kind (an HTML page
  // named cv.pdf) does not match it: saying "this type is not allowed" would puzzle the person.
  if (detected === null || detected !== attachmentMediaTypes[name.extension])
    return { field: "content", problem: "file_content_mismatch" };
  return { mediaType: detected };
}
