/** The graph stage's public face: connecting to Neo4j, the local server kit, reads and writes. */
export { connectGraph, type GraphConnection, localInstance, openDriver } from "./connection.js";
export { assertCurrentFormat, GraphFormatError } from "./format.js";
export {
  collectFiles,
  type LoadFailure,
  type LoadInput,
  type LoadOptions,
  type LoadProgress,
  type LoadSummary,
  loadFiles,
} from "./load.js";
export {
  type BackupOptions,
  crashReason,
  dumpLocalNeo4j,
  type LocalInstance,
  LocalNeo4jError,
  restoreLocalNeo4j,
  runningPid,
  startLocalNeo4j,
  statusOfLocalNeo4j,
  stopLocalNeo4j,
  superviseLocalNeo4j,
} from "./local-neo4j.js";
export { OutputBudget, OutputTooLarge } from "./output-budget.js";
export {
  cypherInt,
  type DealReportRow,
  type GraphReader,
  HOPS,
  type HopName,
  hopCypher,
  KEY_OF,
  type Neighbour,
  type NodeLabel,
  neighbours,
  nodesByKey,
  type PartnerRow,
  type Props,
  partnersOf,
  read,
  reportsOfDeals,
} from "./reads.js";
export { ReextractError, reextractGraph } from "./reextract.js";
export { applySchema, schemaStatements } from "./schema.js";
export { readServerInfo, type ServerInfo } from "./server-info.js";
export {
  type ArticleToWrite,
  deleteArticles,
  previewArticles,
  type WriteCounts,
  type WriteScope,
  writeArticles,
} from "./writer.js";
