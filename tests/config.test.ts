import { describe, expect, it } from "vitest";
import { ConfigError, DEV_NEO4J_PASSWORD, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: "127.0.0.1",
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: DEV_NEO4J_PASSWORD,
      NEO4J_DATABASE: "neo4j",
      NEO4J_BOLT_PORT: 7687,
      NEO4J_HTTP_PORT: 7474,
      NODE_ENV: "development",
    });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.API_TOKEN).toBeUndefined();
  });

  it("treats blank optional values as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", API_TOKEN: "" }).NEO4J_URI).toBeUndefined();
  });

  it("accepts every Bolt URI scheme", () => {
    for (const uri of ["bolt://db:7687", "neo4j://db", "neo4j+s://x.databases.neo4j.io", "bolt+ssc://h:1"]) {
      expect(loadConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    }
  });

  it("names every bad variable and its value in one error", () => {
    const bad = {
      PORT: "80a",
      NEO4J_URI: "http://localhost:7474",
      NEO4J_PASSWORD: "short",
      NEO4J_HEAP: "lots",
    };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      const message = (error as Error).message;
      for (const [name, value] of Object.entries(bad)) expect(message).toContain(`${name}="${value}"`);
      expect(message).toContain("a Bolt URI");
    }
  });

  it("rejects ports out of range and an unknown NODE_ENV", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT="70000"/);
    expect(() => loadConfig({ NODE_ENV: "staging" })).toThrow(/NODE_ENV="staging"/);
  });

  it("reads the scaling and per-client limit settings, with their defaults", () => {
    expect(loadConfig({})).toMatchObject({
      WEB_CONCURRENCY: 1,
      RATE_LIMIT_PER_MINUTE: 600,
      CONCURRENCY_PER_CLIENT: 8,
    });
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    const set = loadConfig({ WEB_CONCURRENCY: "2", RATE_LIMIT_PER_MINUTE: "0", TRUST_PROXY: "1" });
    expect(set).toMatchObject({ WEB_CONCURRENCY: 2, RATE_LIMIT_PER_MINUTE: 0, TRUST_PROXY: 1 });
    expect(loadConfig({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toBe("loopback");
  });

  it("refuses TRUST_PROXY=true (any client could choose its address) and a worker count of 0", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY="true": a hop count/);
    expect(() => loadConfig({ WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY="0"/);
    expect(() => loadConfig({ CONCURRENCY_PER_CLIENT: "-1" })).toThrow(/CONCURRENCY_PER_CLIENT="-1"/);
  });
});
