/**
 * What a fresh machine meets first: `npm ci` on the committed lockfile, and the Docker image.
 * `npm ci` refuses a lockfile that lacks an optional dependency of a locked package (another
 * platform's binary, e.g. Biome for macOS), so a lockfile written where those were missing broke
 * every clean install; this checks the lockfile itself, whatever the machine it runs on.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);

interface LockedPackage {
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
}
const lock = JSON.parse(await readFile(new URL("package-lock.json", root), "utf8")) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(await readFile(new URL("package.json", root), "utf8")) as {
  allowScripts?: Record<string, boolean>;
};

/** Where Node would find `name` from the package installed at `path` (nearest node_modules up). */
function resolveFrom(path: string, name: string): string | undefined {
  let base = path;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

function packageName(path: string): string {
  return path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
}

describe("package-lock.json", () => {
  it("lists every optional dependency of every locked package, for every platform", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => resolveFrom(path, name) === undefined)
        .map((name) => `${path || "(root)"} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("would be caught missing one (the check itself can fail)", () => {
    const path = Object.keys(lock.packages).find((p) => lock.packages[p]?.optionalDependencies);
    expect(path).toBeDefined();
    const name = Object.keys(lock.packages[path as string]?.optionalDependencies ?? {})[0] as string;
    const found = resolveFrom(path as string, name) as string;
    const saved = lock.packages[found];
    delete lock.packages[found];
    try {
      expect(resolveFrom(path as string, name)).toBeUndefined();
    } finally {
      lock.packages[found] = saved as LockedPackage;
    }
  });

  it("has every package with an install script allowed or denied in package.json", () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => packageName(path));
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = Object.keys(manifest.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@[^@/]*$/, ""));
    expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  });
});

describe("Dockerfile", async () => {
  const dockerfile = await readFile(new URL("Dockerfile", root), "utf8");
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? "";

  it("installs with npm ci in every stage (no npm install that could rewrite the lockfile)", () => {
    expect(dockerfile).not.toMatch(/npm install/);
    for (const stage of stages) expect(stage).toMatch(/RUN npm ci\b/);
  });

  it("runs compiled JavaScript with production dependencies only, as a non-root user", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).toMatch(/COPY --from=\w+ \/app\/dist/);
    expect(runtime).toMatch(/^USER (?!root)\w+/m);
    expect(runtime).toMatch(/CMD \["node", "dist\/cli\/main\.js", "start"\]/);
    expect(runtime).not.toMatch(/tsx/);
  });

  it("has a healthcheck that asks the API's /health", () => {
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/health/);
  });
});
