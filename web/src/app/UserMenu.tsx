import { Button, Menu } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { authClient } from "../platform/auth-client.ts";
import { meKey } from "../platform/session.ts";
import type { Me } from "../platform/types.ts";

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await authClient.signOut();
    client.clear();
    client.setQueryData(meKey, null);
    navigate("/sign-in", { replace: true, state: { signedOut: true } });
  };
}

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={`${t("nav.userMenu")}: ${me.user.name}`} maw={220}>
          {me.user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile">
          {t("nav.profile")}
        </Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t("nav.signOut")}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
