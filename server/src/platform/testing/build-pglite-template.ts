import { writeFile } from "node:fs/promises";
import { dumpMigratedPGlite } from "./test-database.ts";

/**
 * `node --import tsx server/src/platform/testing/build-pglite-template.ts <file>`: writes a
 * migrated PGlite data directory as a tarball. scripts/test.mjs runs it once before the PGlite
 * integration run and hands the file to every test process (POLKU_TEST_PGLITE_TEMPLATE), so no
 * test file pays for initdb and the migrations again.
 */
const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: build-pglite-template.ts <file>\n");
  process.exit(2);
}
const tarball = await dumpMigratedPGlite();
await writeFile(file, new Uint8Array(await tarball.arrayBuffer()));
