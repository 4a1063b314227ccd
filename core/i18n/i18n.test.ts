import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorCodes, validationKeys } from "../errors/codes.ts";
import { interpolate, messages, offlineMessages, supervisionMessages, translate } from "./index.ts";
import { locales } from "./locales.ts";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("i18n catalogues", () => {
  const fi = leaves(messages.fi);

  it("the checks below run over all three languages and a non-trivial catalogue", () => {
    assert.deepEqual([...locales].sort(), ["en", "fi", "sv"]);
    assert.ok(fi.size >= 100, `the Finnish catalogue has ${fi.size} messages`);
    assert.ok(errorCodes.length >= 5 && validationKeys.length >= 5);
  });

  for (const locale of locales) {
    it(`${locale} has exactly the Finnish keys, none empty, with the same placeholders`, () => {
      const catalogue = leaves(messages[locale]);
      assert.deepEqual([...catalogue.keys()].sort(), [...fi.keys()].sort());
      for (const [key, text] of catalogue) {
        assert.ok(text.trim().length > 0, `${locale}:${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(fi.get(key) ?? ""), `${locale}:${key}`);
      }
    });

    it(`${locale}: the supervision pages' messages have exactly the Finnish keys and placeholders`, () => {
      const finnish = leaves(supervisionMessages.fi);
      const catalogue = leaves(supervisionMessages[locale]);
      assert.ok(finnish.size >= 20);
      assert.deepEqual([...catalogue.keys()].sort(), [...finnish.keys()].sort());
      for (const [key, text] of catalogue) {
        assert.ok(text.trim().length > 0, `${locale}:${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(finnish.get(key) ?? ""), `${locale}:${key}`);
        assert.ok(!fi.has(key), `${key} is also in the first page's catalogue`);
      }
    });

    it(`${locale}: the offline queue's messages have exactly the Finnish keys and placeholders`, () => {
      const finnish = leaves(offlineMessages.fi);
      const catalogue = leaves(offlineMessages[locale]);
      assert.ok(finnish.size >= 5);
      assert.deepEqual([...catalogue.keys()].sort(), [...finnish.keys()].sort());
      for (const [key, text] of catalogue) {
        assert.ok(text.trim().length > 0, `${locale}:${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(finnish.get(key) ?? ""), `${locale}:${key}`);
        assert.ok(!fi.has(key), `${key} is also in the first page's catalogue`);
      }
    });

    it(`${locale} has a message for every error code and validation key`, () => {
      for (const code of errorCodes)
        assert.ok(translate(locale, `errors.${code}`) !== `errors.${code}`, code);
      for (const key of validationKeys) {
        assert.ok(translate(locale, `validation.${key}`) !== `validation.${key}`, key);
      }
    });
  }

  for (const locale of ["en", "sv"] as const) {
    it(`${locale} names the personal identity code in its own language, never "henkilötunnus"`, () => {
      for (const [key, text] of leaves(messages[locale]))
        assert.ok(!/henkilötunnus/i.test(text), `${locale}:${key} says henkilötunnus`);
    });
  }

  it("rule-set names are Finnish in the Finnish catalogue, not the English ones", () => {
    for (const group of ["dashboards.ruleSets.", "workUi.ruleSetNames."]) {
      const names = [...fi.keys()].filter((key) => key.startsWith(group));
      assert.ok(names.length >= 1, group);
      for (const key of names) assert.notEqual(translate("fi", key), translate("en", key), key);
    }
  });

  it("interpolates {{name}} and keeps unknown placeholders", () => {
    assert.equal(translate("fi", "validation.too_short", { min: 12 }), "Kirjoita vähintään 12 merkkiä.");
    assert.equal(translate("en", "home.title", { name: "Aino" }), "Welcome, Aino");
    assert.equal(interpolate("{{a}} {{b}}", { a: 1 }), "1 {{b}}");
  });

  it("falls back to the key when a message is missing", () => {
    assert.equal(translate("sv", "no.such.key"), "no.such.key");
  });
});
