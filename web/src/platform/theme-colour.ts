/**
 * The primary colour at the theme's shade (Mantine's blue, shade 8; theme.ts): the installed
 * app's title bar and icon (web/vite.config.ts, scripts/make-icons.mjs). A module without
 * imports, so the build's config does not type-check Mantine (theme-colour.test.ts holds it equal).
 */
export const themeColour = "#1971c2";
