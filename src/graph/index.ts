/** The graph stage's public face: connecting to Neo4j, the local server kit, reads and writes. */
export { connectGraph, type GraphConnection, localInstance, openDriver } from "./connection.js";
export {
  type LocalInstance,
  LocalNeo4jError,
  startLocalNeo4j,
  statusOfLocalNeo4j,
  stopLocalNeo4j,
} from "./local-neo4j.js";
export { readServerInfo, type ServerInfo } from "./server-info.js";
