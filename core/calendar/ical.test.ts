import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { buildCalendar, escapeText, foldLine, formatUtc } from "./ical.ts";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar text", () => {
  it("escapes TEXT values per RFC 5545", () => {
    const cases: [string, string][] = [
      ["Työpaikka", "Työpaikka"],
      ["a;b", "a\\;b"],
      ["a,b", "a\\,b"],
      ["a\\b", "a\\\\b"],
      ["line1\nline2", "line1\\nline2"],
      ["line1\r\nline2", "line1\\nline2"],
      ["\\;,", "\\\\\\;\\,"],
    ];
    for (const [input, expected] of cases) assert.equal(escapeText(input), expected, input);
  });

  it("formats instants in UTC without separators", () => {
    assert.equal(formatUtc(new Date("2026-01-05T09:30:00+02:00")), "20260105T073000Z");
    assert.equal(formatUtc(new Date("2026-12-31T23:59:59.999Z")), "20261231T235959Z");
  });

  it("folds at 75 octets without splitting a multi-byte character", () => {
    assert.equal(foldLine("SUMMARY:short"), "SUMMARY:short");
    for (const line of [
      `LOCATION:${"a".repeat(200)}`,
      `LOCATION:${"ä".repeat(100)}`,
      `X:${"€😀".repeat(40)}`,
    ]) {
      const folded = foldLine(line);
      const parts = folded.split("\r\n");
      assert.ok(parts.length > 1, line);
      for (const part of parts) assert.ok(octets(part) <= 75, `${octets(part)} octets`);
      for (const part of parts.slice(1)) assert.ok(part.startsWith(" "));
      assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(""), line, "unfolds to the original");
      assert.ok(!folded.includes("\uFFFD"));
    }
  });

  it("builds a calendar that ical.js reads back, with CRLF line ends", () => {
    const location = `Työpaikka, Katu 1; rappu B, ${"pitkä ".repeat(20)}`;
    const text = buildCalendar({
      name: "Polku",
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      events: [
        {
          uid: "abc@polku",
          start: new Date("2026-01-05T07:30:00Z"),
          end: new Date("2026-01-05T08:30:00Z"),
          summary: "IPS MM",
          location,
        },
        {
          uid: "def@polku",
          start: new Date("2026-01-06T07:30:00Z"),
          end: new Date("2026-01-06T08:00:00Z"),
          summary: "IPS",
        },
      ],
    });
    assert.ok(text.endsWith("\r\n"));
    assert.ok(!/[^\r]\n/.test(text), "every newline is CRLF");
    for (const line of text.split("\r\n")) assert.ok(octets(line) <= 75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent");
    assert.equal(events.length, 2);
    const first = new ICAL.Event(events[0]);
    assert.equal(first.uid, "abc@polku");
    assert.equal(first.summary, "IPS MM");
    assert.equal(first.location, location);
    assert.equal(first.startDate.toJSDate().toISOString(), "2026-01-05T07:30:00.000Z");
    assert.equal(first.endDate.toJSDate().toISOString(), "2026-01-05T08:30:00.000Z");
    assert.equal(events[1]?.getFirstPropertyValue("location"), null);
  });
});
