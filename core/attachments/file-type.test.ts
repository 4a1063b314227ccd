import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { attachmentMediaTypes, checkAttachment, checkAttachmentName, detectMediaType } from "./file-type.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const zipHeader = [0x50, 0x4b, 0x03, 0x04, ...new Array(26).fill(0)];

const pdf = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const odt = bytes(zipHeader, "mimetypeapplication/vnd.oasis.opendocument.text", "PK");
const docx = bytes(zipHeader, "[Content_Types].xml", "PK", "word/document.xml");
const html = bytes("<!doctype html><script>alert(1)</script>");
const svg = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
const plainZip = bytes(zipHeader, "evil.exe");

describe("detectMediaType: the content decides", () => {
  const cases: Array<[string, Uint8Array, string | null]> = [
    ["PDF", pdf, "application/pdf"],
    ["PNG", png, "image/png"],
    ["JPEG", jpeg, "image/jpeg"],
    ["ODT", odt, attachmentMediaTypes.odt],
    ["DOCX", docx, attachmentMediaTypes.docx],
    ["HTML", html, null],
    ["SVG", svg, null],
    ["a ZIP that is not a document", plainZip, null],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e]), null],
    ["nothing", new Uint8Array(), null],
  ];
  for (const [name, content, expected] of cases)
    test(name, () => assert.equal(detectMediaType(content), expected));
});

describe("checkAttachmentName", () => {
  const cases: Array<[string, string]> = [
    ["cv.pdf", "pdf"],
    ["Todistus 2026.JPG", "jpg"],
    ["../../etc/passwd.pdf", "file_name_not_allowed"],
    ["C:\\temp\\cv.pdf", "file_name_not_allowed"],
    ["a/b.pdf", "file_name_not_allowed"],
    [".hidden.pdf", "file_name_not_allowed"],
    ["cv.pdf\n", "file_name_not_allowed"],
    [" cv.pdf", "file_name_not_allowed"],
    ["page.html", "file_type_not_allowed"],
    ["logo.svg", "file_type_not_allowed"],
    ["README", "file_type_not_allowed"],
    ["Työhakemus ÅÄÖ 履歴書.pdf", "pdf"],
    // Shown as "cvfdp.png": a right-to-left override makes the name look like another type.
    ["cv\u202Egnp.pdf", "file_name_not_allowed"],
    ["cv\u2067x\u2069.pdf", "file_name_not_allowed"],
    ["cv\u200F.pdf", "file_name_not_allowed"],
    ["cv\u200B.pdf", "file_name_not_allowed"],
    ["cv\uFEFF.pdf", "file_name_not_allowed"],
    ["cv\u2028.pdf", "file_name_not_allowed"],
    // Names of the lookup object's inherited properties are no allowed extension.
    ["cv.constructor", "file_type_not_allowed"],
    ["cv.__proto__", "file_type_not_allowed"],
    ["cv.toString", "file_type_not_allowed"],
  ];
  for (const [name, expected] of cases)
    test(JSON.stringify(name), () => {
      const result = checkAttachmentName(name);
      assert.equal("extension" in result ? result.extension : result.problem, expected);
    });
});

describe("checkAttachment", () => {
  const max = 1000;
  const cases: Array<[string, string, Uint8Array, string]> = [
    ["a PDF named .pdf", "cv.pdf", pdf, "application/pdf"],
    ["a DOCX", "cv.docx", docx, attachmentMediaTypes.docx],
    ["HTML renamed to .pdf", "cv.pdf", html, "content:file_content_mismatch"],
    ["a PNG named .pdf", "cv.pdf", png, "content:file_content_mismatch"],
    ["empty", "cv.pdf", new Uint8Array(), "content:file_empty"],
    [
      "one byte over the limit",
      "cv.pdf",
      bytes("%PDF-", new Array(max - 4).fill(32)),
      "content:file_too_large",
    ],
    ["exactly the limit", "cv.pdf", bytes("%PDF-", new Array(max - 5).fill(32)), "application/pdf"],
    ["a path in the name", "../cv.pdf", pdf, "fileName:file_name_not_allowed"],
  ];
  for (const [name, fileName, content, expected] of cases)
    test(name, () => {
      const result = checkAttachment({ fileName, bytes: content }, max);
      assert.equal("mediaType" in result ? result.mediaType : `${result.field}:${result.problem}`, expected);
    });
});
