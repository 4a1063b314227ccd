import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Mantine's PasswordInput with its show/hide button labelled in the current language. */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  // Mantine marks the inner input only with data-invalid; screen readers need aria-invalid.
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ "aria-label": t("common.showPassword") }}
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
