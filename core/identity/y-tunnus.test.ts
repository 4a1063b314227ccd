import assert from "node:assert/strict";
import { test } from "node:test";
import { messages } from "../i18n/index.ts";
import { locales } from "../i18n/locales.ts";
import { parseYTunnus, Y_TUNNUS_EXAMPLE } from "./y-tunnus.ts";

test("valid business IDs, including check digit 0 (remainder 0)", () => {
  // 0112038-9: 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57, 57 mod 11 = 2, 11 − 2 = 9.
  for (const code of ["0112038-9", "1572860-0", "0000000-0", " 2331972-7 "]) {
    const result = parseYTunnus(code);
    assert.ok(result.valid, code);
    assert.equal(result.valid && result.value, code.trim());
  }
});

test("a wrong check digit, and digits whose remainder is 1, are refused", () => {
  // 0000006: 6·2 = 12, 12 mod 11 = 1: no check digit makes these digits a valid code.
  const cases = ["0112038-8", "1572860-1", "2331972-6", "0000010-0", "0000006-0", "0000006-1", "0000006-9"];
  for (const code of cases)
    assert.deepEqual(parseYTunnus(code), { valid: false, problem: "check_digit" }, code);
});

test("wrong shapes are refused as format", () => {
  for (const code of [
    "",
    "0112038",
    "01120389",
    "0112038 9",
    "112038-9",
    "01120380-9",
    "A112038-9",
    "0112038-",
  ]) {
    assert.deepEqual(parseYTunnus(code), { valid: false, problem: "format" }, code);
  }
});

test("the example every hint, error and placeholder shows is a valid business ID in every language", () => {
  assert.ok(parseYTunnus(Y_TUNNUS_EXAMPLE).valid, Y_TUNNUS_EXAMPLE);
  for (const locale of locales) {
    const texts = leafTexts(messages[locale]);
    const examples = texts.flatMap((text) => [...text.matchAll(/\b\d{7}-\d\b/g)].map((m) => m[0]));
    assert.ok(examples.length >= 2, `${locale} shows the example in the hint and the error`);
    for (const example of examples) assert.ok(parseYTunnus(example).valid, `${locale}: ${example}`);
  }
});

function leafTexts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return Object.values(node as Record<string, unknown>).flatMap(leafTexts);
}
