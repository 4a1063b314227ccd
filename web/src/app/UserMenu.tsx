import { Button, Paper, UnstyledButton } from "@mantine/core";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../platform/types.ts";
import { useSignOut } from "./useSignOut.ts";

function menuItems(list: HTMLElement | null): HTMLElement[] {
  return [...(list?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/**
 * The user's menu (profile, sign out), a WAI-ARIA menu button. Hand-made rather than Mantine's
 * Menu: that one brings its popover positioning (floating-ui, focus trap), about
 * 28 kB gz that every signed-in page would download for two links (docs/performance.md).
 */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  // Opening moves focus to the first item; a click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    menuItems(list.current)[0]?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const all = menuItems(list.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === "ArrowDown") move(at + 1);
    else if (event.key === "ArrowUp") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") setOpen(false);
  };

  return (
    <div ref={root} className="user-menu">
      <Button
        ref={button}
        variant="default"
        maw={220}
        aria-label={`${t("nav.userMenu")}: ${me.user.name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {me.user.name}
      </Button>
      {open ? (
        <Paper
          ref={list}
          id={menuId}
          role="menu"
          aria-label={t("nav.userMenu")}
          className="user-menu-list"
          shadow="md"
          withBorder
          onKeyDown={onMenuKey}
        >
          <UnstyledButton
            component={Link}
            to="/profile"
            role="menuitem"
            tabIndex={-1}
            className="user-menu-item"
            onClick={() => setOpen(false)}
          >
            {t("nav.profile")}
          </UnstyledButton>
          <UnstyledButton
            role="menuitem"
            tabIndex={-1}
            className="user-menu-item"
            onClick={() => {
              setOpen(false);
              void signOut();
            }}
          >
            {t("nav.signOut")}
          </UnstyledButton>
        </Paper>
      ) : null}
    </div>
  );
}
