/**
 * What every resolver receives for one request: the graph connection. Per-request loaders and
 * the caller's credentials join it as the API grows.
 */
import type { Driver } from "neo4j-driver";

export interface GraphContext {
  driver: Driver;
  database: string;
}
