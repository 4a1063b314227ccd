import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { themeColour } from "./src/platform/theme-colour.ts";

const webRoot = fileURLToPath(new URL(".", import.meta.url));

/** The browser's title-bar colour and the home-screen icon on iOS, in index.html's head. */
const installMeta: Plugin = {
  name: "polku-install-meta",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { name: "theme-color", content: themeColour }, injectTo: "head" },
    { tag: "link", attrs: { rel: "apple-touch-icon", href: "/icons/icon-180.png" }, injectTo: "head" },
  ],
};

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    installMeta,
    // Installable app (ADR 0016): a manifest and a service worker that precaches the built app
    // shell (HTML, scripts, styles, icons) and nothing else. API answers, which carry client data,
    // never pass through a cache: there are no runtime caching rules, and /api/ is never served
    // the shell. The signed-in frame registers the worker (platform/offline/OfflineQueueNotice.tsx,
    // a lazy chunk), so the first page carries no registration script (its budget).
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: false,
      manifest: {
        name: "Polku",
        short_name: "Polku",
        description: "IPS-tuetun työllistymisen tietojärjestelmä",
        lang: "fi",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: themeColour,
        background_color: "#ffffff",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,png,woff2}"],
        // Lazy pages (PDF, charts) are large; the shell must still open offline, so allow them.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: { "@core": fileURLToPath(new URL("../core", import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // The chunk graph, for scripts/bundle-size.mjs (the first-page budget); not served (a dot dir).
    manifest: true,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
