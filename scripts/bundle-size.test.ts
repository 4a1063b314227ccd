import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import { judge, measure, scriptsOfIndex, staticClosure } from "./bundle-size.mjs";

const root = mkdtempSync(path.join(tmpdir(), "polku-bundle-size-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** A chunk of `bytes` random bytes: gzip cannot shrink it, so its size is known to the kB. */
function chunk(file: string, bytes: number): number {
  const content = randomBytes(bytes);
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  return gzipSync(content, { level: 9 }).length;
}

// A build shaped like Vite's: an entry preloading a shared chunk, one lazy catalogue per
// language, a lazy sign-in page with a static import of its own, and a home page in the entry.
const sizes = {
  entry: chunk("assets/index.js", 60_000),
  shared: chunk("assets/ui.js", 20_000),
  fi: chunk("assets/fi.js", 9_000),
  sv: chunk("assets/sv.js", 8_000),
  en: chunk("assets/en.js", 7_000),
  signIn: chunk("assets/SignInPage.js", 3_000),
  field: chunk("assets/PasswordField.js", 2_000),
  layout: chunk("assets/AppLayout.js", 5_000),
};
writeFileSync(
  path.join(root, "index.html"),
  `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/ui.js">
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="icon" href="/favicon.ico">
  </head><body><div id="root"></div></body></html>`,
);
const manifest = {
  "index.html": { file: "assets/index.js", isEntry: true, imports: ["_ui.js"] },
  "_ui.js": { file: "assets/ui.js" },
  "../core/i18n/fi.ts": { file: "assets/fi.js", isDynamicEntry: true },
  "../core/i18n/sv.ts": { file: "assets/sv.js", isDynamicEntry: true },
  "../core/i18n/en.ts": { file: "assets/en.js", isDynamicEntry: true },
  "src/auth/SignInPage.tsx": {
    file: "assets/SignInPage.js",
    isDynamicEntry: true,
    imports: ["_ui.js", "_PasswordField.js"],
  },
  "_PasswordField.js": { file: "assets/PasswordField.js", imports: ["_ui.js"] },
  "src/app/AppLayout.tsx": { file: "assets/AppLayout.js", isDynamicEntry: true, imports: ["_ui.js"] },
};
mkdirSync(path.join(root, ".vite"));
writeFileSync(path.join(root, ".vite", "manifest.json"), JSON.stringify(manifest));

test("index.html counts the scripts it loads and preloads, not styles or icons", () => {
  assert.deepEqual(
    scriptsOfIndex(`<script type="module" src="/a.js"></script><link rel="stylesheet" href="/b.css">
    <link rel="modulepreload" href="/c.js"><script src="https://cdn.example/x.js"></script>`),
    ["a.js", "c.js"],
  );
});

test("a chunk's static imports are followed once, through shared chunks", () => {
  assert.deepEqual(staticClosure(manifest, "src/auth/SignInPage.tsx"), [
    "assets/SignInPage.js",
    "assets/ui.js",
    "assets/PasswordField.js",
  ]);
  assert.throws(() => staticClosure(manifest, "src/nowhere.tsx"), /not in the Vite manifest/);
});

test("each page counts index.html, the largest catalogue and its own lazy chunks", () => {
  const result = measure(root);
  assert.equal(result.largest.key, "../core/i18n/fi.ts");
  const first = sizes.entry + sizes.shared;
  const byName = Object.fromEntries(result.pages.map((p) => [p.name, p.gz]));
  assert.equal(byName["sign-in"], first + sizes.fi + sizes.signIn + sizes.field);
  // HomePage.tsx is not a chunk of its own here (it is in the entry): only the frame adds to it.
  assert.equal(byName["coach's home"], first + sizes.fi + sizes.layout);
});

test("a figure over its budget fails, one at or under it passes", () => {
  const result = measure(root);
  const first = (sizes.entry + sizes.shared) / 1000;
  const tight = { "index.html": first, "sign-in": 1, "coach's home": 1_000 };
  const verdicts = Object.fromEntries(judge(result, tight).map((v) => [v.name, v.ok]));
  assert.deepEqual(verdicts, { "index.html": true, "sign-in": false, "coach's home": true });
  assert.throws(() => judge(result, { "index.html": 150 }), /no budget for sign-in/);
});
