import "@mantine/core/styles.css";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { startI18n } from "./platform/i18n.ts";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
const container = root;

// The first render waits for the language's catalogue (its own chunk), so no key shows untranslated.
void startI18n().then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
