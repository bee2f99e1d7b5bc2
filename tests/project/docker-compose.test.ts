import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const root = new URL("../../", import.meta.url);

describe("docker-compose.yml", async () => {
  const compose = parse(await readFile(new URL("docker-compose.yml", root), "utf8"));

  it("is valid against the Compose Specification's JSON schema", () => {
    const schema = require("../../node_modules/dclint/schemas/compose.schema.json");
    // The schema names the https draft-07 meta-schema, which Ajv registers under http: skip meta-validation.
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("passes dclint with no errors and no warnings", async () => {
    // dclint exits non-zero past --max-warnings, and execFile rejects on a non-zero exit.
    const lint = promisify(execFile)(
      process.execPath,
      ["node_modules/dclint/bin/dclint.cjs", "--max-warnings", "0", "docker-compose.yml"],
      { cwd: root },
    );
    await expect(lint).resolves.toBeDefined();
  });

  it("would be rejected by the same validator if it were broken", () => {
    const schema = require("../../node_modules/dclint/schemas/compose.schema.json");
    const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
    addFormats.default(ajv);
    const broken = structuredClone(compose);
    broken.services.neo4j.healthcheck.retries = "many";
    broken.services.api.depends_on.neo4j.condition = "when_ready";
    expect(ajv.compile(schema)(broken)).toBe(false);
  });

  it("runs Neo4j 5.26 Community with a volume, a healthcheck and auth from the environment", () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.ports).toEqual(
      expect.arrayContaining([expect.stringMatching(/:7474$/), expect.stringMatching(/:7687$/)]),
    );
    expect(neo4j.volumes).toContain("neo4j-data:/data");
    expect(neo4j.healthcheck.test.join(" ")).toContain("7474");
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it("starts the API after Neo4j is healthy and points it at that Neo4j", () => {
    const api = compose.services.api;
    expect(api.depends_on.neo4j.condition).toBe("service_healthy");
    expect(api.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(api.environment.NEO4J_PASSWORD).toBe(
      compose.services.neo4j.environment.NEO4J_AUTH.replace(/^neo4j\//, ""),
    );
  });
});

describe("docker-compose.yml scaling", async () => {
  const compose = parse(await readFile(new URL("docker-compose.yml", root), "utf8"));
  const nginx = await readFile(new URL("deploy/nginx.conf", root), "utf8");

  it("can scale the API: no fixed host port on it, a proxy on 4000 round-robins over its replicas", () => {
    const { api, proxy } = compose.services;
    expect(api.ports).toBeUndefined();
    expect(api.container_name).toBeUndefined();
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.ports).toEqual(["127.0.0.1:4000:4000"]);
    expect(proxy.depends_on.api.condition).toBe("service_healthy");
    const mounted = proxy.volumes.find((volume: string) => volume.startsWith("./deploy/nginx.conf:"));
    expect(mounted).toBe("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro");
    expect(nginx).toMatch(/upstream api \{\s*server api:4000;/);
    expect(nginx).toMatch(/listen 4000;/);
    expect(nginx).toMatch(/proxy_pass http:\/\/api;/);
  });

  it("trusts exactly the proxy's hop for client addresses", () => {
    expect(compose.services.api.environment.TRUST_PROXY).toBe("1");
    expect(nginx).toMatch(/X-Forwarded-For \$proxy_add_x_forwarded_for/);
  });
});
