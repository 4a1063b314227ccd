import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../platform/api.ts";
import { problemLine } from "./problem-line.ts";

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
