import assert from "node:assert/strict";
import { test } from "node:test";
import { translate } from "../../../core/i18n/index.ts";
import { locales } from "../../../core/i18n/locales.ts";
import { sharedViewKinds, sharedViewList, sharedViewShowsTab } from "./shared-view.ts";

test("the shared view's banner names every kind the shared view shows, in every language", () => {
  for (const locale of locales) {
    const label = (kind: string) => translate(locale, `clients.sharedViewKinds.${kind}`);
    const banner = translate(locale, "clients.sharedViewText", { kinds: sharedViewList(label, locale) });
    for (const { kind } of sharedViewKinds) {
      assert.notEqual(label(kind), `clients.sharedViewKinds.${kind}`, `${locale}: ${kind} has a label`);
      assert.ok(banner.includes(label(kind)), `${locale}: the banner lists ${kind}`);
    }
  }
});

test("the shared view shows the tabs its kinds name, and no other", () => {
  for (const id of ["episodes", "contacts", "work"]) assert.ok(sharedViewShowsTab(id), id);
  for (const id of ["details", "consents", "plans", "record-use"]) assert.ok(!sharedViewShowsTab(id), id);
});
