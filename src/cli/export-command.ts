/**
 * `npm run export -- --register [file|-] [--format csv|jsonl] [filters]`: the trade register,
 * one row per deal, into a file (stdout for `-` or no file) — CSV with SIPRI's columns, or JSON
 * Lines. The filters are the download's query parameters as options (`--country MA`,
 * `--status signed`, `--reported-from 2025-01-01`, `--conflicting true`); the format is the
 * file's extension (.jsonl) unless --format says. Bad options or filter values exit 2 with the
 * option named; the register is read page by page, so its size does not matter.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { isRegisterFormat, type RegisterFormatName, writeRegister } from "../export/formats.js";
import { REGISTER_PARAMETERS, RegisterInputError, registerQueryOf } from "../export/register-params.js";
import { registerPages } from "../export/register-read.js";
import { defaultGazetteer } from "../extract/index.js";
import { connectGraph } from "../graph/index.js";
import { say } from "./output.js";

/** A query parameter's option: reportedFrom is --reported-from. */
const optionOf = (parameter: string) => parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const USAGE = `usage: npm run export -- --register [file.csv|file.jsonl|-] [--format csv|jsonl] ${REGISTER_PARAMETERS.map(
  (parameter) => `[--${optionOf(parameter)} …]`,
).join(" ")}`;

class UsageError extends Error {}

function formatOf(given: string | undefined, file: string | undefined): RegisterFormatName {
  const format = given ?? (file?.endsWith(".jsonl") ? "jsonl" : "csv");
  if (!isRegisterFormat(format)) throw new UsageError(`--format: "${format}" is not csv or jsonl`);
  return format;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        register: { type: "boolean", default: false },
        format: { type: "string" },
        ...Object.fromEntries(
          REGISTER_PARAMETERS.map((parameter) => [optionOf(parameter), { type: "string" as const }]),
        ),
      },
    });
  } catch (error) {
    // parseArgs names the unknown option or the missing value.
    throw new UsageError((error as Error).message);
  }
}

export async function exportCommand(argv: string[]): Promise<number> {
  const gazetteer = defaultGazetteer();
  let format: RegisterFormatName;
  let query: ReturnType<typeof registerQueryOf>;
  let file: string | undefined;
  try {
    const { values, positionals } = parse(argv);
    if (!values.register) throw new UsageError("say what to export: --register");
    if (positionals.length > 1) throw new UsageError(`one output file, not ${positionals.length}`);
    file = positionals[0] === "-" ? undefined : positionals[0];
    format = formatOf(values.format as string | undefined, file);
    const options = values as Record<string, string | boolean | undefined>;
    query = registerQueryOf(
      gazetteer,
      Object.fromEntries(
        REGISTER_PARAMETERS.map((parameter) => [
          parameter,
          options[optionOf(parameter)] as string | undefined,
        ]),
      ),
    );
  } catch (error) {
    if (error instanceof RegisterInputError) {
      say(`--${optionOf(error.parameter)}: ${error.detail}`);
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    say(error.message);
    say(USAGE);
    return 2;
  }
  const out = file ? createWriteStream(file) : process.stdout;
  if (file) {
    try {
      await once(out, "open");
    } catch (error) {
      say(`${file}: cannot be written (${(error as Error).message})`);
      return 2;
    }
  }
  const graph = await connectGraph(loadConfig(), say);
  try {
    const reader = { driver: graph.driver, database: graph.database };
    let rows = 0;
    const counted = async function* () {
      for await (const row of registerPages(() => reader, gazetteer, query)) {
        rows += 1;
        yield row;
      }
    };
    await writeRegister(counted(), format, out);
    say(`Wrote ${rows} deals to ${file ?? "stdout"} (${format}).`);
    return 0;
  } finally {
    await graph.close();
  }
}
