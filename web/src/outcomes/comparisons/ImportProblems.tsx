import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api.ts";

/** The line a field path points at: `rows.<line>` (a CSV line) or `counts.<index>.…` (a period). */
export function problemLine(path: string): { kind: "row" | "period"; line: number } | null {
  const row = /^rows\.(\d+)$/.exec(path);
  if (row) return { kind: "row", line: Number(row[1]) };
  const period = /^counts\.(\d+)\./.exec(path);
  if (period) return { kind: "period", line: Number(period[1]) + 1 };
  return null;
}

/**
 * Every problem the server found in an import, one item per line of the file or period of the
 * counts, in order, so a long file can be fixed top to bottom. The messages are the server's
 * (translated, naming what to fix); problems of the form's own fields sit beside those fields.
 */
export function ImportProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return null;
  const problems = Object.entries(error.fields)
    .flatMap(([path, message]) => {
      const at = problemLine(path);
      return at ? [{ path, message, ...at }] : [];
    })
    .sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  if (problems.length === 0) return null;
  return (
    <Stack gap={4} role="alert">
      <Text fw={600}>{t("comparisons.problems", { count: problems.length })}</Text>
      <List size="sm" spacing={2}>
        {problems.map((p) => (
          <List.Item key={p.path}>
            {p.kind === "period" ? `${t("comparisons.periodN", { n: p.line })}: ${p.message}` : p.message}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
