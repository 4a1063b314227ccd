import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_THEME } from "@mantine/core";
import { theme } from "./theme.ts";
import { themeColour } from "./theme-colour.ts";

test("the installed app's colour is the theme's primary colour at its shade", () => {
  const { primaryColor = "blue", primaryShade = 6 } = theme;
  const shade = typeof primaryShade === "number" ? primaryShade : primaryShade.light;
  assert.equal(DEFAULT_THEME.colors[primaryColor]?.[shade ?? 6], themeColour);
});
