import { roles } from "@core/access/roles";
import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SignInInfo } from "../platform/types.ts";

/** Tells people this installation holds made-up demo data and which accounts exist. */
export function DemoNotice({ info }: { info: SignInInfo }) {
  const { t } = useTranslation();
  const known = [...roles, "platform_admin"] as const;
  const roleName = (role: string) =>
    (known as readonly string[]).includes(role) ? t(`roles.${role as (typeof known)[number]}`) : role;
  return (
    <Alert color="yellow" variant="light" title={t("auth.demoTitle")} role="note">
      <Text size="sm">{t("auth.demoText")}</Text>
      {info.demoAccounts.length > 0 ? (
        <>
          <Text size="sm" fw={700} mt="sm">
            {t("auth.demoAccounts")}
          </Text>
          <List size="sm">
            {info.demoAccounts.map((account) => (
              <List.Item key={account.email}>
                {account.email} ({roleName(account.role)})
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
