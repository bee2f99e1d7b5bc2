/**
 * Builds the explore page into dist/explore/: esbuild bundles explore/src/main.ts with its
 * libraries (Cytoscape.js, Observable Plot) into one script, and the page and its style are
 * copied beside it, so the API serves every file itself (no CDN, works offline). `npm run build`,
 * `npm start` and the explore test run it; `tsx explore/build.ts` alone does too.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const HERE = new URL("./", import.meta.url);
export const EXPLORE_DIST = fileURLToPath(new URL("../dist/explore/", import.meta.url));

/** Writes dist/explore/{index.html, explore.css, explore.js}; returns the folder. */
export async function buildExplore(): Promise<string> {
  await mkdir(EXPLORE_DIST, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL("src/main.ts", HERE))],
    outfile: `${EXPLORE_DIST}explore.js`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: true,
    legalComments: "linked",
    logLevel: "warning",
  });
  for (const file of ["index.html", "explore.css"])
    await copyFile(new URL(file, HERE), `${EXPLORE_DIST}${file}`);
  return EXPLORE_DIST;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExplore();
  console.log(`explore page built into ${EXPLORE_DIST}`);
}
