import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarFeedCreated, CalendarFeedStatus } from "../calendar/types.ts";
import { api } from "../platform/api.ts";
import { useFormat } from "../platform/format.ts";
import { ErrorAlert, QueryGate, StatusMessage } from "../platform/ui.tsx";

const feedKey = ["calendar-feed"] as const;

/**
 * A private calendar feed of my appointments for Outlook or a phone calendar. The URL holds the
 * secret and is shown once; making a new one replaces (rotates) the old one.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const status = useQuery({
    queryKey: feedKey,
    queryFn: () => api<CalendarFeedStatus>("GET", "/api/calendar-feed"),
  });
  const create = useMutation({
    mutationFn: () => api<CalendarFeedCreated>("POST", "/api/calendar-feed", {}),
    onSuccess: (result) => {
      setCreated(result);
      setNotice(null);
      void client.invalidateQueries({ queryKey: feedKey });
    },
  });
  const revoke = useMutation({
    mutationFn: () => api<CalendarFeedStatus>("DELETE", "/api/calendar-feed"),
    onSuccess: () => {
      setCreated(null);
      setNotice(t("calendarUi.feed.revoked"));
      void client.invalidateQueries({ queryKey: feedKey });
    },
  });
  const active = status.data?.active ?? false;

  return (
    <section aria-labelledby="calendar-feed-heading">
      <Stack>
        <Title order={2} id="calendar-feed-heading">
          {t("calendarUi.feed.title")}
        </Title>
        <Text>{t("calendarUi.feed.intro")}</Text>
        <QueryGate isPending={status.isPending} error={status.error}>
          <Text fw={500}>
            {active && status.data?.createdAt
              ? t("calendarUi.feed.active", { date: format.dateTime(status.data.createdAt) })
              : t("calendarUi.feed.inactive")}
          </Text>
        </QueryGate>
        {created ? (
          <Alert color="yellow" variant="light" title={t("calendarUi.feed.onceTitle")}>
            <Stack gap="xs">
              <Text size="sm">{t("calendarUi.feed.warning")}</Text>
              <TextInput
                label={t("calendarUi.feed.url")}
                value={created.url}
                readOnly
                onFocus={(e) => e.currentTarget.select()}
                classNames={{ input: "secret" }}
              />
              <CopyButton value={created.url}>
                {({ copied, copy }) => (
                  <Button onClick={copy} variant={copied ? "light" : "filled"} w="fit-content">
                    {copied ? t("calendarUi.feed.copied") : t("calendarUi.feed.copy")}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        ) : null}
        <StatusMessage message={notice} />
        <ErrorAlert error={create.error ?? revoke.error} />
        <Group>
          <Button
            onClick={() => create.mutate()}
            loading={create.isPending}
            variant={active ? "default" : "filled"}
          >
            {active ? t("calendarUi.feed.rotate") : t("calendarUi.feed.create")}
          </Button>
          {active ? (
            <Button color="red" variant="outline" onClick={() => revoke.mutate()} loading={revoke.isPending}>
              {t("calendarUi.feed.revoke")}
            </Button>
          ) : null}
        </Group>
        {active && !created ? (
          <Text size="sm" c="dimmed">
            {t("calendarUi.feed.rotateHelp")}
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}
