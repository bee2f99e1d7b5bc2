/**
 * Per-client limits over real HTTP: a client over its rate gets 429 with Retry-After and the
 * RateLimit headers while another client is still served; a client with its in-flight cap
 * reached (requests whose bodies are still arriving) is refused before its body is read, and is
 * served again once one of them is answered. Clients are told apart by X-Forwarded-For through
 * the trusted loopback proxy. With both limits off (0), every route serves without them.
 */
import http from "node:http";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startApi } from "../../src/api/index.js";
import { TEST_DATABASE, testDriver } from "../support/graph.js";

const QUERY = JSON.stringify({ query: "{ health { ok } }" });

function post(url: string, client: string, body = QUERY) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": client },
    body,
  });
}

/** A request whose body is only half sent: it stays in flight until `finish` sends the rest. */
function halfSent(url: string, client: string) {
  const target = new URL(url);
  const request = http.request({
    host: target.hostname,
    port: target.port,
    path: target.pathname,
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(QUERY),
      "x-forwarded-for": client,
    },
  });
  const answered = new Promise<number>((resolve, reject) => {
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
  request.write(QUERY.slice(0, 5));
  return { answered, finish: () => request.end(QUERY.slice(5)) };
}

describe("per-client limits", () => {
  let driver: Driver;
  let api: RunningApi;
  beforeAll(async () => {
    driver = testDriver();
    api = await startApi(
      {
        driver,
        database: TEST_DATABASE,
        production: true,
        clientLimits: { ratePerMinute: 5, concurrent: 2 },
        trustProxy: "loopback",
      },
      0,
      "127.0.0.1",
    );
  });
  afterAll(async () => {
    await api.stop();
    await driver.close();
  });

  it("answers 429 with Retry-After past the rate, per client", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) statuses.push((await post(api.url, "10.9.0.1")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await post(api.url, "10.9.0.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-policy")).toMatch(/q=5/);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("TOO_MANY_REQUESTS");
    expect(body.errors[0]?.message).toMatch(/More than 5 requests a minute/);
    const other = await post(api.url, "10.9.0.2");
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit")).toMatch(/r=4/);
  });

  it("refuses a client's third request in flight before reading its body, and frees the slot after", async () => {
    const first = halfSent(api.url, "10.9.1.1");
    const second = halfSent(api.url, "10.9.1.1");
    await new Promise((wait) => setTimeout(wait, 200)); // both reach the server
    // Malformed JSON: refused for concurrency, so the body was never parsed.
    const third = await post(api.url, "10.9.1.1", "{ not json");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("1");
    expect(((await third.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /More than 2 requests at once/,
    );
    expect((await post(api.url, "10.9.1.2")).status).toBe(200);
    first.finish();
    expect(await first.answered).toBe(200);
    expect((await post(api.url, "10.9.1.1")).status).toBe(200);
    second.finish();
    expect(await second.answered).toBe(200);
  });
});

describe("per-client limits turned off", () => {
  it("serves GraphQL and the register with no rate or in-flight limit", async () => {
    const driver = testDriver();
    const api = await startApi(
      {
        driver,
        database: TEST_DATABASE,
        production: true,
        clientLimits: { ratePerMinute: 0, concurrent: 0 },
      },
      0,
      "127.0.0.1",
    );
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 8; index += 1) statuses.push((await post(api.url, "10.9.2.1")).status);
      expect(statuses).toEqual(Array(8).fill(200));
      const register = await fetch(new URL("/register.csv", api.url));
      expect(register.status).toBe(200);
      expect(register.headers.get("ratelimit")).toBeNull();
    } finally {
      await api.stop();
      await driver.close();
    }
  });
});
