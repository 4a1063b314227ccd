import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countCohortRows } from "./count-cohort-rows.ts";

const header = "pseudonym,period_from,period_to,employed";

describe("countCohortRows", () => {
  it("counts people and employed per period; rows are not returned", () => {
    const result = countCohortRows(
      [
        header,
        "a1,2021-01-01,2021-06-30,1",
        "a2,2021-01-01,2021-06-30,0",
        "b1,2021-02-01,2021-07-31,1",
        "",
      ].join("\r\n"),
    );
    assert.deepEqual(result, {
      ok: true,
      rows: 3,
      counts: [
        { periodFrom: "2021-01-01", periodTo: "2021-06-30", denominator: 2, employed: 1 },
        { periodFrom: "2021-02-01", periodTo: "2021-07-31", denominator: 1, employed: 1 },
      ],
    });
  });

  it("reads `;` files with columns in any order", () => {
    const result = countCohortRows("employed;pseudonym;period_to;period_from\n1;x;2021-06-30;2021-01-01");
    assert.ok(result.ok);
    assert.deepEqual(result.counts, [
      { periodFrom: "2021-01-01", periodTo: "2021-06-30", denominator: 1, employed: 1 },
    ]);
  });

  const refused: Array<[string, string, string, Record<string, string | number>]> = [
    [
      "a name column",
      "pseudonym,period_from,period_to,employed,name\nx,2021-01-01,2021-06-30,1,Maija",
      "csv_column_not_allowed",
      { line: 1, column: "name" },
    ],
    [
      "a henkilötunnus column",
      "hetu,period_from,period_to,employed\n131052-308T,2021-01-01,2021-06-30,1",
      "csv_column_not_allowed",
      { line: 1, column: "hetu" },
    ],
    ["a missing column", "pseudonym,period_from,employed\nx,2021-01-01,1", "csv_header", { line: 1 }],
    // No header: line 1 is a person's data, which the message must not repeat.
    ["no header (data on line 1)", "x,2021-01-01,2021-06-30,Maija Meikäläinen", "csv_header", { line: 1 }],
    ["no header, an identity code last", "x,2021-01-01,2021-06-30,131052-308T", "csv_header", { line: 1 }],
    [
      "an identity code among the header's names",
      "pseudonym,period_from,period_to,employed,131052-308T",
      "csv_header",
      { line: 1 },
    ],
    [
      "a henkilötunnus as pseudonym",
      `${header}\n131052-308T,2021-01-01,2021-06-30,1`,
      "csv_identity_code",
      { line: 2, column: "pseudonym" },
    ],
    [
      "a henkilötunnus with a wrong check character",
      `${header}\nok,2021-01-01,2021-06-30,1\n131052-308A,2021-01-01,2021-06-30,1`,
      "csv_identity_code",
      { line: 3, column: "pseudonym" },
    ],
    ["a short row", `${header}\nx,2021-01-01,1`, "csv_field_count", { line: 2, expected: 4 }],
    ["an empty pseudonym", `${header}\n ,2021-01-01,2021-06-30,1`, "csv_pseudonym_missing", { line: 2 }],
    [
      "a bad date",
      `${header}\nx,2021-02-30,2021-06-30,1`,
      "csv_invalid_date",
      { line: 2, column: "period_from" },
    ],
    ["a reversed period", `${header}\nx,2021-07-01,2021-06-30,1`, "csv_period_reversed", { line: 2 }],
    ["employed not 0/1", `${header}\nx,2021-01-01,2021-06-30,yes`, "csv_employed_flag", { line: 2 }],
    [
      "a person twice",
      `${header}\nx,2021-01-01,2021-06-30,1\ny,2021-01-01,2021-06-30,0\nx,2021-01-01,2021-06-30,0`,
      "csv_duplicate_pseudonym",
      { line: 4, first: 2 },
    ],
    ["an unclosed quote", `${header}\n"x,2021-01-01,2021-06-30,1`, "csv_unclosed_quote", { line: 2 }],
  ];
  it("refuses the whole file, naming the line and what to fix", () => {
    let ran = 0;
    for (const [name, text, key, params] of refused) {
      const result = countCohortRows(text);
      assert.equal(result.ok, false, name);
      if (result.ok) continue;
      assert.deepEqual(result.problems[`rows.${params.line}`], { key, params }, name);
      ran++;
    }
    assert.equal(ran, refused.length);
    assert.equal(ran, 15);
  });
});
