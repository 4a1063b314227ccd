#!/usr/bin/env node
// The web app's first-page JavaScript budget (issue 10; docs/performance.md). Plain Node, no
// dependencies. Reads the built app (dist/web, from `npm run build`) and prints, gzip -9:
//
//   index.html   every script index.html loads (<script src>) or preloads (<link rel=modulepreload>):
//                issue 10's measure, with its budget of 150 kB
//   sign-in      that, plus the chunks the sign-in page fetches before it shows: the largest
//                language catalogue and the page's own lazy chunks with their static imports
//   coach's home the same for the signed-in frame and the home page
//
// and exits 1 when a figure is over its budget. The two pages' budgets hold today's figures, so
// that they can only go down (docs/performance.md). The chunk graph comes from Vite's manifest
// (dist/web/.vite/manifest.json, `build.manifest` in web/vite.config.ts). A size, not a timing:
// the same build gives the same figures on any machine.
//
//   node scripts/bundle-size.mjs [--dist dist/web]

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** Budgets in kB (1 000 bytes) of gzip -9: index.html's is the issue's; the pages' are ratchets. */
export const BUDGETS_KB = { "index.html": 150, "sign-in": 169, "coach's home": 191 };

/** The language catalogues (core/i18n/<locale>.ts), each a lazy chunk; a page loads one. */
export const CATALOGUES = ["../core/i18n/fi.ts", "../core/i18n/sv.ts", "../core/i18n/en.ts"];

/**
 * What each first page fetches beyond index.html, as source modules (manifest keys, relative to
 * web/). A module that is not a lazy chunk of its own is already in the entry and adds nothing.
 */
export const PAGES = {
  "sign-in": ["src/auth/SignInPage.tsx"],
  "coach's home": ["src/app/AppLayout.tsx", "src/home/HomePage.tsx"],
};

/** The files index.html loads or preloads, in order, as paths relative to the dist root. */
export function scriptsOfIndex(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = tag.match(isScript ? /\bsrc=["']([^"']+)["']/i : /\bhref=["']([^"']+)["']/i)?.[1];
    if (url && !/^[a-z]+:\/\//i.test(url)) files.push(url.replace(/^\//, ""));
  }
  return files;
}

/** The chunk files a manifest entry needs: its own file and its static imports, transitively. */
export function staticClosure(manifest, key) {
  const files = [];
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    const entry = manifest[k];
    if (!entry) throw new Error(`${k} is not in the Vite manifest`);
    files.push(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

/** gzip -9 size in bytes of each file under root (each counted once). */
function gzipSizes(root, files) {
  return [...new Set(files)].map((file) => ({
    file,
    gz: gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length,
  }));
}

const sum = (rows) => rows.reduce((total, row) => total + row.gz, 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Every figure of the budget, from a built dist/web. */
export function measure(root) {
  const html = readFileSync(path.join(root, "index.html"), "utf8");
  const manifest = JSON.parse(readFileSync(path.join(root, ".vite", "manifest.json"), "utf8"));
  const first = scriptsOfIndex(html);
  if (first.length === 0) throw new Error("index.html loads no script: is this a Vite build?");
  const catalogues = CATALOGUES.map((key) => ({ key, files: staticClosure(manifest, key) })).map((c) => ({
    ...c,
    gz: sum(
      gzipSizes(
        root,
        c.files.filter((f) => !first.includes(f)),
      ),
    ),
  }));
  const largest = catalogues.reduce((a, b) => (b.gz > a.gz ? b : a));
  const pages = Object.entries(PAGES).map(([name, modules]) => {
    const lazy = modules
      .filter((m) => manifest[m]?.isDynamicEntry)
      .flatMap((m) => staticClosure(manifest, m));
    const files = [...new Set([...first, ...largest.files, ...lazy])];
    const rows = gzipSizes(root, files);
    return { name, rows, gz: sum(rows) };
  });
  return { index: gzipSizes(root, first), catalogues, largest, pages };
}

/** The figures with their budgets, and whether each is within it. */
export function judge(result, budgetsKb = BUDGETS_KB) {
  const figures = [{ name: "index.html", gz: sum(result.index) }, ...result.pages];
  return figures.map((f) => {
    const budget = budgetsKb[f.name] * 1000;
    if (!Number.isFinite(budget)) throw new Error(`no budget for ${f.name}`);
    return { name: f.name, gz: f.gz, budget, ok: f.gz <= budget };
  });
}

function main(argv) {
  const at = argv.indexOf("--dist");
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : path.join(here, "..", "dist", "web"));
  const result = measure(root);
  console.log(`index.html loads or preloads: ${kb(sum(result.index))} gz`);
  for (const row of result.index) console.log(`  ${row.file.padEnd(48)} ${kb(row.gz)}`);
  const names = result.catalogues.map((c) => `${path.basename(c.key, ".ts")} ${kb(c.gz)}`).join(", ");
  console.log(`language catalogues (one is loaded): ${names}`);
  for (const page of result.pages) {
    const extra = page.rows.filter((row) => !result.index.some((i) => i.file === row.file));
    const parts = extra.map((row) => `${path.basename(row.file)} ${kb(row.gz)}`).join(", ");
    console.log(`${page.name}: ${kb(page.gz)} gz; beyond index.html: ${parts}`);
  }
  const verdicts = judge(result);
  for (const v of verdicts) {
    console.log(`budget ${v.name}: ${kb(v.gz)} of ${kb(v.budget)} ${v.ok ? "ok" : "OVER"}`);
  }
  const over = verdicts.filter((v) => !v.ok).map((v) => v.name);
  if (over.length > 0) console.error(`Over the JavaScript budget (docs/performance.md): ${over.join(", ")}`);
  return over.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`bundle-size: ${error.message}`);
    process.exitCode = 1;
  }
}
