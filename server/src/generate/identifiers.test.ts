import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseHenkilotunnus } from "../../../core/identity/henkilotunnus.ts";
import { parseYTunnus } from "../../../core/identity/y-tunnus.ts";
import { syntheticHenkilotunnus, syntheticYTunnus, uuidFor } from "./identifiers.ts";

describe("synthetic identifiers", () => {
  test("henkilötunnus: valid, temporary (900–999) and born on the given day, in both centuries", () => {
    const cases: Array<[string, number, string]> = [
      ["1965-03-01", 900, "010365-900"],
      ["1999-12-31", 999, "311299-999"],
      ["2000-01-01", 950, "010100A950"],
      ["2004-02-29", 901, "290204A901"],
    ];
    for (const [born, individual, prefix] of cases) {
      const code = syntheticHenkilotunnus(born, individual);
      assert.ok(code.startsWith(prefix), code);
      assert.deepEqual(parseHenkilotunnus(code, "2026-12-07"), {
        valid: true,
        birthDate: born,
        temporary: true,
      });
    }
    assert.throws(() => syntheticHenkilotunnus("1980-01-01", 899), /900–999/);
  });

  test("Y-tunnus: every serial gives a valid, distinct code (check-digit remainder 1 skipped)", () => {
    const codes = Array.from({ length: 5000 }, (_, i) => syntheticYTunnus(i));
    for (const code of codes) assert.ok(parseYTunnus(code).valid, code);
    assert.equal(new Set(codes).size, codes.length);
  });

  test("ids are version-4 shaped, fixed by seed and key, and differ between seeds", () => {
    const id = uuidFor(1, "client:0");
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(uuidFor(1, "client:0"), id);
    assert.notEqual(uuidFor(2, "client:0"), id);
  });
});
