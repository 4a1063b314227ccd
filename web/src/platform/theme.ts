import { type CSSVariablesResolver, createTheme, darken } from "@mantine/core";

/**
 * Light scheme only. Shade 8 keeps white text on the primary colour above 4.5:1 (the default
 * shade 6 fails axe's contrast check, STACK pitfall 11).
 */
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: "sm",
  focusRing: "auto",
});

/**
 * Text on "light" variants (alerts, badges) is shade 9 on shade 1 by default, which fails 4.5:1
 * for yellow, orange, green and others; darken it for every colour. Dimmed text likewise.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    // Dimmed text (descriptions, secondary text) is gray.6 by default: 3.3:1 on white.
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    // Error text is red.6 by default: 3.3:1 on white.
    "--mantine-color-error": "var(--mantine-color-red-9)",
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.35),
      ]),
    ),
  },
  dark: {},
});
