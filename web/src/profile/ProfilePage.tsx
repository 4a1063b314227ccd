import { Divider, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../platform/session.ts";
import { CalendarFeedSection } from "./CalendarFeedSection.tsx";
import { ChangePasswordSection } from "./ChangePasswordSection.tsx";
import { DetailsSection } from "./DetailsSection.tsx";
import { SessionsSection } from "./SessionsSection.tsx";
import TwoFactorSection from "./TwoFactorSection.tsx";

/** The user's own details, language, password, two-factor and sessions. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <Stack maw={640}>
      <Title order={1}>{t("profile.title")}</Title>
      <DetailsSection me={me} />
      <Divider />
      <ChangePasswordSection />
      <Divider />
      <section aria-labelledby="two-factor-heading">
        <Title order={2} id="two-factor-heading" mb="sm">
          {t("profile.twoFactorTitle")}
        </Title>
        <TwoFactorSection />
      </section>
      <Divider />
      <SessionsSection />
      <Divider />
      <CalendarFeedSection />
    </Stack>
  );
}
