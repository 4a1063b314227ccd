import { readFileSync } from "node:fs";

/** Polku's version from the root package.json (found from server/src and dist/server/src alike). */
export function readVersion(): string {
  for (const up of ["../../../package.json", "../../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "polku" && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return "0.0.0";
}
