import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { secretOf } from "./otpauth.ts";

describe("secretOf", () => {
  it("reads and groups the secret", () => {
    const uri =
      "otpauth://totp/Polku:coach%40demo.polku.fi?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Polku";
    assert.equal(secretOf(uri), "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
  });
  it("returns an empty string for a broken URI", () => {
    assert.equal(secretOf("not a uri"), "");
    assert.equal(secretOf("otpauth://totp/x?issuer=Polku"), "");
  });
});
