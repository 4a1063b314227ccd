import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordJob } from "../../../../core/contracts/work.ts";
import { fieldProblems } from "../../../../core/errors/field-problems.ts";
import { translate } from "../../../../core/i18n/index.ts";
import { fieldForPath, placeServerMessages, translateProblems } from "./form-errors.ts";

const fields = { employer: null, title: "", startDate: "", hoursPerWeek: "", hourlyWage: "", content: {} };
const fieldOf = { employerId: "employer", employerName: "employer" };
const fieldFor = (path: string) => fieldForPath(path, fields, fieldOf);

describe("fieldForPath puts a body path's problem on the field that shows it", () => {
  const cases: Array<[string, string | null]> = [
    ["title", "title"],
    ["employerName", "employer"],
    ["employerId", "employer"],
    ["content.hours", "content"],
    ["workTrialId", null],
    ["_", null],
  ];
  for (const [path, expected] of cases) it(path, () => assert.equal(fieldFor(path), expected));
});

describe("the contract's problems become the language's messages on the form's fields", () => {
  const body = {
    employerId: null,
    employerName: null,
    title: " ",
    startDate: "",
    hoursPerWeek: 81,
    hourlyWage: 1280,
    contractType: "open_ended",
    workTrialId: "not-a-uuid",
  };
  const result = recordJob.safeParse(body);
  assert.ok(!result.success);
  const problems = fieldProblems(result.error.issues);
  const cases: Array<["fi" | "sv" | "en", string, string]> = [
    ["fi", "title", "Täytä tämä kenttä."],
    ["fi", "startDate", "Kirjoita kelvollinen päivämäärä."],
    ["fi", "hoursPerWeek", "Arvon on oltava enintään 80."],
    ["fi", "hourlyWage", "Kirjoita tuntipalkka väliltä 0–200 €/h, esim. 12,80."],
    ["sv", "title", "Fyll i detta fält."],
    ["en", "hourlyWage", "Type the hourly wage in euros, 0–200 €/h, for example 12.80."],
  ];
  for (const [locale, field, expected] of cases) {
    it(`${locale}: ${field}`, () => {
      const messages = translateProblems(problems, fieldFor, (key, params) => translate(locale, key, params));
      assert.equal(messages.byField.get(field), expected);
    });
  }
  it("a problem no field shows goes to the summary, not lost", () => {
    const messages = translateProblems(problems, fieldFor, (key, params) => translate("fi", key, params));
    assert.deepEqual(messages.other, [translate("fi", "validation.invalid_format")]);
  });
  it("no zod default message ever shows", () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const messages = translateProblems(problems, fieldFor, (key, params) => translate(locale, key, params));
      for (const text of [...messages.byField.values(), ...messages.other])
        assert.doesNotMatch(text, /Invalid|expected|received|vähintään 1 merkki/);
    }
  });
});

describe("the server's field messages land on the same fields", () => {
  it("maps paths and keeps the rest for the summary", () => {
    const placed = placeServerMessages(
      { employerName: "Täytä tämä kenttä.", "content.hours": "Liian suuri.", workTrialId: "Ei löydy." },
      fieldFor,
    );
    assert.deepEqual(Object.fromEntries(placed.byField), {
      employer: "Täytä tämä kenttä.",
      content: "Liian suuri.",
    });
    assert.deepEqual(placed.other, ["Ei löydy."]);
  });
});
