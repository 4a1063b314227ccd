/**
 * The primary colour at its shade (Mantine's blue 8, theme.ts): the installed app's title bar and
 * icon. Kept apart from theme.ts so web/vite.config.ts reads it without loading Mantine (and, with
 * it, React's global DOM types into the server's type check).
 */
export const themeColour = "#1971c2";
