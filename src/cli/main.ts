#!/usr/bin/env node
/**
 * The command line: `tsx src/cli/main.ts <command> [args]`, reached through the npm scripts; built,
 * the package's `defence-graph` bin (`npx defence-graph <command>`).
 * Exit codes: 0 success, 1 failure, 2 bad usage or configuration.
 */
import { writeFile } from "node:fs/promises";
import { printApiSchema } from "../api/index.js";
import { ConfigError, loadConfig } from "../config.js";
import { InputListError } from "../fetch/index.js";
import { GraphFormatError, LocalNeo4jError, ReextractError } from "../graph/index.js";
import { exportCommand } from "./export-command.js";
import { extractCommand } from "./extract-command.js";
import { loadCommand } from "./load-command.js";
import { neo4jCommand } from "./neo4j-command.js";
import { say } from "./output.js";
import { reextractCommand } from "./reextract-command.js";
import { startCommand } from "./start-command.js";
import { watchCommand } from "./watch-command.js";

const USAGE =
  "usage: defence-graph start | load <paths|urls...> | watch <feeds.txt> | reextract | extract <paths...> | neo4j start|stop|status|dump|restore | schema";

const SCHEMA_FILE = new URL("../../schema/schema.graphql", import.meta.url);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "start":
      return startCommand();
    case "neo4j":
      return neo4jCommand(rest[0], rest.slice(1));
    case "load":
      return loadCommand(rest);
    case "watch":
      return watchCommand(rest);
    case "reextract":
      return reextractCommand(rest);
    case "export":
      return exportCommand(rest);
    case "extract":
      return extractCommand(rest, loadConfig().MAX_ARTICLE_BYTES);
    case "schema":
      await writeFile(SCHEMA_FILE, await printApiSchema());
      say("Wrote schema/schema.graphql");
      return 0;
    case "--help":
    case "help":
      say(USAGE);
      return 0;
    default:
      say(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof LocalNeo4jError ||
      error instanceof ReextractError ||
      error instanceof GraphFormatError ||
      error instanceof InputListError
    ) {
      say(error.message);
      process.exit(2);
    }
    say(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
