import { Text } from "@mantine/core";
import type { AuditEntry } from "./audit-api.ts";

/** An audit entry's details as the server worded them: a label and a value per line. */
export function EntryDetails({ details }: { details: AuditEntry["details"] }) {
  if (details.length === 0) return null;
  return (
    <dl style={{ margin: 0 }}>
      {details.map((d) => (
        <Text key={d.label} size="sm" component="div">
          <Text span fw={600} component="dt" style={{ display: "inline" }}>
            {d.label}:
          </Text>{" "}
          <Text span component="dd" style={{ display: "inline", margin: 0 }}>
            {d.value}
          </Text>
        </Text>
      ))}
    </dl>
  );
}
