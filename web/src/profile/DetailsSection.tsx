import { Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../platform/api.ts";
import { fieldError } from "../platform/fields.ts";
import { LanguageSwitcher } from "../platform/LanguageSwitcher.tsx";
import { meKey } from "../platform/session.ts";
import type { Me, UpdateMe } from "../platform/types.ts";
import { ErrorAlert, StatusMessage } from "../platform/ui.tsx";

export function DetailsSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const save = useMutation({
    mutationFn: (body: UpdateMe) => api<unknown>("PATCH", "/api/me", body),
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim() });
  };
  return (
    <section aria-labelledby="details-heading">
      <Stack>
        <Title order={2} id="details-heading">
          {t("profile.detailsTitle")}
        </Title>
        <Text>
          {t("profile.email")}: {me.user.email}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t("profile.name")}
              name="name"
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(save.error, "name")}
            />
            <ErrorAlert error={save.error} />
            <StatusMessage message={save.isSuccess ? t("common.saved") : null} />
            <Button type="submit" loading={save.isPending} w="fit-content">
              {t("common.save")}
            </Button>
          </Stack>
        </form>
        <LanguageSwitcher />
      </Stack>
    </section>
  );
}
