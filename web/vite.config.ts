import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
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
