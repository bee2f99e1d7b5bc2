/**
 * Serves one benchmark target over HTTP, in a process of its own so that each gets the same
 * cores as the others and its memory can be read apart:
 *   tsx bench/queries/serve.ts api|cypher|peer <port>     (BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD)
 * - api: our API exactly as `npm start` serves it in production (limits, masking, loaders);
 * - cypher: POST {"request": <name>, "subjects": {...}} runs that request's hand-written Cypher
 *   through the driver and answers {rows} — the floor, with the same HTTP and JSON work;
 * - peer: @neo4j/graphql 7 on the same Apollo Server and Express versions as ours.
 * Prints "ready <url>" on stdout once listening.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { Neo4jGraphQL } from "@neo4j/graphql";
import express from "express";
import type { Driver } from "neo4j-driver";
import { startApi } from "../../src/api/index.js";
import { openDriver } from "../../src/graph/index.js";
import { PEER_TYPE_DEFS } from "./peer-schema.js";
import { type BenchSubjects, benchRequests } from "./requests.js";

const DATABASE = "neo4j";

async function listen(server: http.Server, port: number): Promise<string> {
  await new Promise<void>((listening) => server.listen(port, "127.0.0.1", listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function serveCypher(driver: Driver, port: number): Promise<string> {
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      request: string;
      subjects: BenchSubjects;
    };
    const cypher = benchRequests(body.subjects).find((request) => request.name === body.request)?.cypher;
    if (!cypher) {
      response.writeHead(400).end();
      return;
    }
    try {
      const { records } = await driver.executeQuery(cypher.statement, cypher.params, {
        database: DATABASE,
        routing: "READ",
      });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ rows: records.map((record) => record.toObject()) }));
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [String(error)] }));
    }
  });
  return `${await listen(server, port)}/cypher`;
}

async function servePeer(driver: Driver, port: number): Promise<string> {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const app = express();
  const server = http.createServer(app);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: DATABASE } }) }),
  );
  return `${await listen(server, port)}/graphql`;
}

async function serveApi(driver: Driver, port: number): Promise<string> {
  const api = await startApi({ driver, database: DATABASE, production: true }, port, "127.0.0.1");
  return api.url;
}

const [target = "", portText = "0"] = process.argv.slice(2);
const serve = { api: serveApi, cypher: serveCypher, peer: servePeer }[target];
if (!serve) {
  process.stderr.write("usage: serve.ts api|cypher|peer <port>\n");
  process.exit(2);
}
const driver = openDriver(
  process.env.BENCH_NEO4J_URI ?? "bolt://127.0.0.1:27687",
  "neo4j",
  process.env.BENCH_NEO4J_PASSWORD ?? "",
);
const url = await serve(driver, Number(portText));
process.stdout.write(`ready ${url}\n`);
// Exit normally on SIGTERM so `node --cpu-prof` can write its profile.
process.once("SIGTERM", () => process.exit(0));
