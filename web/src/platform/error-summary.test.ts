import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorSummary } from "./error-summary.ts";

/** The shape of web/src/platform/api.ts's ApiError (not imported: it needs a browser). */
function apiError(message: string, fields: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), { fields });
}

describe("errorSummary", () => {
  const check = "Tarkista merkityt kentät ja yritä uudelleen.";
  const fallback = "Jotain meni vikaan.";
  const cases: [string, unknown, string][] = [
    [
      "a conflict naming a field points at the field, not at the generic conflict text",
      apiError("Tieto on jo olemassa tai sitä on muutettu samaan aikaan.", {
        scope: "Asiakkaalla on jo voimassa sama suostumus samalle vastaanottajalle.",
      }),
      check,
    ],
    [
      "a conflict without fields keeps its own message",
      apiError("Tieto on muutettu samaan aikaan."),
      "Tieto on muutettu samaan aikaan.",
    ],
    ["a validation error with fields", apiError("x", { a: "b" }), check],
    ["a plain error", new Error("Verkkovirhe"), "Verkkovirhe"],
    ["a string", "Viesti", "Viesti"],
    ["anything else", { weird: true }, fallback],
  ];
  let ran = 0;
  for (const [name, error, expected] of cases) {
    it(name, () => {
      ran++;
      assert.equal(errorSummary(error, check, fallback), expected);
    });
  }
  it("ran every case", () => assert.equal(ran, cases.length));
});
