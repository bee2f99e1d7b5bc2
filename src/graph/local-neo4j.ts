/**
 * The local Neo4j kit: a real Neo4j 5.26 Community server started from jars that Maven fetches
 * from Maven Central (neo4j/pom.xml), for machines without Docker.
 *
 * We launch `org.neo4j.server.CommunityEntryPoint` ourselves — the class `bin/neo4j console`
 * forks — so JVM flags and heap are passed here, not read from neo4j.conf. Each instance
 * ("dev", "test") has its own home folder (data, logs, run) under neo4j/instances/ and shares
 * neo4j/conf; ports and directories are passed as `-c` overrides. Neo4j's own admin tool
 * (`neo4j-admin`, class org.neo4j.cli.AdminTool in the jars) sets the initial password before
 * the first start, and dumps and loads a database — offline, so the instance is stopped for
 * it and started again afterwards if it was running.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

export const KIT_DIR = resolve(fileURLToPath(new URL("../../neo4j", import.meta.url)));
const LIB_DIR = join(KIT_DIR, "lib");
const CONF_DIR = join(KIT_DIR, "conf");
const SUPPORTED_JAVA = [17, 21];

export interface LocalInstance {
  /** Folder name under neo4j/instances/. */
  name: string;
  boltPort: number;
  httpPort: number;
  password: string;
  heap: string;
  pageCache: string;
}

export interface RunningServer {
  pid: number;
  boltUri: string;
  browserUrl: string;
  /** True when this call started it; false when it was already running. */
  started: boolean;
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

const ALTERNATIVES =
  "Alternatives: run Neo4j with Docker (`docker compose up neo4j`), or point NEO4J_URI at an existing " +
  "Neo4j 5 server (with NEO4J_USER / NEO4J_PASSWORD).";

const homeOf = (instance: LocalInstance) => join(KIT_DIR, "instances", instance.name);
const pidFileOf = (instance: LocalInstance) => join(homeOf(instance), "run", "kit.pid");
const logFileOf = (instance: LocalInstance) => join(homeOf(instance), "logs", "console.log");
export const boltUriOf = (instance: LocalInstance) => `bolt://127.0.0.1:${instance.boltPort}`;
const browserUrlOf = (instance: LocalInstance) => `http://127.0.0.1:${instance.httpPort}/browser/`;

function javaMajor(javaBin: string): number | undefined {
  const probe = spawnSync(javaBin, ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) return undefined;
  const match = /version "(\d+)/.exec(probe.stderr);
  return match ? Number(match[1]) : undefined;
}

/** A Java 17 or 21 binary: $JAVA_HOME, then `java` on PATH, then any JDK under /usr/lib/jvm. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [
    env.JAVA_HOME && join(env.JAVA_HOME, "bin", "java"),
    "java",
    ...(existsSync("/usr/lib/jvm")
      ? readdirSync("/usr/lib/jvm").map((jdk) => join("/usr/lib/jvm", jdk, "bin", "java"))
      : []),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const seen: string[] = [];
  for (const candidate of candidates) {
    const major = javaMajor(candidate);
    if (major === undefined) continue;
    if (SUPPORTED_JAVA.includes(major)) return candidate;
    seen.push(`${candidate} (Java ${major})`);
  }
  throw new LocalNeo4jError(
    `Neo4j 5.26 needs Java 17 or 21, and none was found${seen.length ? ` (found: ${seen.join(", ")})` : ""}. ` +
      `Install one (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME. ${ALTERNATIVES}`,
  );
}

const jarsReady = () =>
  existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((jar) => /^neo4j-5\.26\.\d+\.jar$/.test(jar));

/** Fetches the server jars with Maven into neo4j/lib unless they are already there. */
export function ensureJars(log: (line: string) => void): void {
  if (jarsReady()) return;
  log("Fetching Neo4j 5.26 jars from Maven Central (first run only, about 140 MB)...");
  const mvn = spawnSync(
    "mvn",
    [
      "-B",
      "-q",
      "-f",
      join(KIT_DIR, "pom.xml"),
      "dependency:copy-dependencies",
      "-DincludeScope=runtime",
      `-DoutputDirectory=${LIB_DIR}`,
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (mvn.error) {
    throw new LocalNeo4jError(
      `Maven (mvn) is not installed, so the local Neo4j cannot be fetched. ${ALTERNATIVES}`,
    );
  }
  if (mvn.status !== 0 || !jarsReady()) {
    throw new LocalNeo4jError(`Maven could not fetch the Neo4j jars (exit ${mvn.status}). ${ALTERNATIVES}`);
  }
}

function readPid(instance: LocalInstance): number | undefined {
  const file = pidFileOf(instance);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when pid is a live Neo4j server (a stale pid file may name a reused pid). */
function isNeo4jProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, "utf8").includes("CommunityEntryPoint");
}

/** The pid of the instance's server when it runs. */
export function runningPid(instance: LocalInstance): number | undefined {
  const pid = readPid(instance);
  return pid !== undefined && isNeo4jProcess(pid) ? pid : undefined;
}

/**
 * The home folder of the Neo4j answering on the instance's Bolt port, or undefined when none
 * answers. Another kit's server (another clone, a concurrent test run) may hold the port: the
 * home folder tells ours from theirs.
 */
async function answeringHome(instance: LocalInstance): Promise<string | undefined> {
  const driver = neo4j.driver(boltUriOf(instance), neo4j.auth.basic("neo4j", instance.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    // One attempt: the driver would otherwise retry an unanswered port for 30 s per probe.
    maxTransactionRetryTime: 0,
  });
  try {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.neo4j_home' RETURN value",
    );
    return String(records[0]?.get("value") ?? "");
  } catch (error) {
    // Wrong credentials still mean "something answers here".
    return (error as { code?: string }).code === "Neo.ClientError.Security.Unauthorized"
      ? UNAUTHORIZED
      : undefined;
  } finally {
    await driver.close();
  }
}

const UNAUTHORIZED = "(a server that refuses the password)";
const isOurs = (instance: LocalInstance, home: string | undefined) =>
  home !== undefined && resolve(home) === homeOf(instance);

/** Runs `neo4j-admin <args>` on the instance's home; `stdio` may route a dump to or from a file. */
function runAdminTool(
  java: string,
  instance: LocalInstance,
  args: string[],
  doing: string,
  stdio: [number | "ignore", number | "pipe"] = ["ignore", "pipe"],
): void {
  const admin = spawnSync(java, ["-cp", `${LIB_DIR}/*`, "org.neo4j.cli.AdminTool", ...args], {
    env: { ...process.env, NEO4J_HOME: homeOf(instance), NEO4J_CONF: CONF_DIR },
    encoding: "utf8",
    stdio: [...stdio, "pipe"],
  });
  if (admin.error || admin.status !== 0) {
    throw new LocalNeo4jError(
      `Neo4j's admin tool could not ${doing}: ${admin.error?.message ?? (admin.stderr || admin.stdout)}`,
    );
  }
}

function setInitialPassword(java: string, instance: LocalInstance): void {
  // Only honoured before the very first start; afterwards the stored password stays.
  if (existsSync(join(homeOf(instance), "data", "databases"))) return;
  runAdminTool(
    java,
    instance,
    ["dbms", "set-initial-password", instance.password],
    "set the initial password",
  );
}

function serverArgs(instance: LocalInstance): string[] {
  const home = homeOf(instance);
  return [
    `-Xms${instance.heap}`,
    `-Xmx${instance.heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "-cp",
    `${LIB_DIR}/*`,
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${home}`,
    `--config-dir=${CONF_DIR}`,
    "--console-mode",
    "-c",
    `server.bolt.listen_address=127.0.0.1:${instance.boltPort}`,
    "-c",
    // What Browser offers as its connect URL.
    `server.bolt.advertised_address=127.0.0.1:${instance.boltPort}`,
    "-c",
    `server.http.listen_address=127.0.0.1:${instance.httpPort}`,
    "-c",
    `server.memory.pagecache.size=${instance.pageCache}`,
  ];
}

function tailOfLog(instance: LocalInstance, lines = 15): string {
  const file = logFileOf(instance);
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

async function waitForBolt(instance: LocalInstance, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new LocalNeo4jError(
        `Neo4j exited during start (code ${exited}). Last lines of ${logFileOf(instance)}:\n${tailOfLog(instance)}`,
      );
    }
    const home = await answeringHome(instance);
    if (isOurs(instance, home)) return;
    if (home === UNAUTHORIZED) {
      throw new LocalNeo4jError(
        `Neo4j on port ${instance.boltPort} refuses the password: NEO4J_PASSWORD differs from the one set at its first start. ` +
          `Use that one, or stop Neo4j and delete ${homeOf(instance)} (this deletes its graph).`,
      );
    }
    if (home !== undefined) {
      throw new LocalNeo4jError(
        `Another Neo4j (${home}) took port ${instance.boltPort} while ours was starting; stop it or choose other ports.`,
      );
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${boltUriOf(instance)} within ${timeoutMs / 1000}s:\n${tailOfLog(instance)}`,
  );
}

/**
 * Starts the instance unless it already runs (a second start returns the running one), waits
 * until Bolt answers, and leaves the server running detached from this process.
 */
export async function startLocalNeo4j(
  instance: LocalInstance,
  log: (line: string) => void = () => {},
  timeoutMs = 180_000,
): Promise<RunningServer> {
  const existing = runningPid(instance);
  if (existing !== undefined) {
    return {
      pid: existing,
      boltUri: boltUriOf(instance),
      browserUrl: browserUrlOf(instance),
      started: false,
    };
  }
  const occupant = await answeringHome(instance);
  if (occupant !== undefined) {
    throw new LocalNeo4jError(
      `Another Neo4j (${occupant}) already serves Bolt on port ${instance.boltPort}. Stop it, choose NEO4J_BOLT_PORT, or set NEO4J_URI to use it.`,
    );
  }
  const java = findJava();
  ensureJars(log);
  const home = homeOf(instance);
  for (const dir of ["data", "logs", "run", "plugins", "import"])
    mkdirSync(join(home, dir), { recursive: true });
  setInitialPassword(java, instance);

  const logFd = openSync(logFileOf(instance), "a");
  const child = spawn(java, serverArgs(instance), {
    cwd: home,
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: CONF_DIR },
  });
  closeSync(logFd);
  if (child.pid === undefined) throw new LocalNeo4jError(`Could not launch ${java}`);
  writeFileSync(pidFileOf(instance), `${child.pid}\n`);
  child.unref();
  try {
    await waitForBolt(instance, child, timeoutMs);
  } catch (error) {
    if (isAlive(child.pid)) process.kill(child.pid, "SIGTERM");
    throw error;
  }
  return { pid: child.pid, boltUri: boltUriOf(instance), browserUrl: browserUrlOf(instance), started: true };
}

/** Stops the instance with SIGTERM (Neo4j's clean shutdown) and waits for the process to end. */
export async function stopLocalNeo4j(instance: LocalInstance, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(instance);
  if (pid === undefined) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      break;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  await rm(pidFileOf(instance), { force: true });
  return true;
}

/** What the JVM prints when `-XX:+ExitOnOutOfMemoryError` ends it. */
const OUT_OF_MEMORY = /(Terminating due to )?java\.lang\.OutOfMemoryError.*/;

/**
 * Why the instance's server stopped without being asked to, from its console.log: the
 * OutOfMemoryError written after its last start, else "no clean shutdown" (a kill); undefined
 * while it runs or after a clean stop.
 */
export function crashReason(instance: LocalInstance): string | undefined {
  const file = logFileOf(instance);
  if (!existsSync(file) || runningPid(instance) !== undefined) return undefined;
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  const sinceStart = lines.slice(lines.findLastIndex((line) => /INFO {2}Starting\.\.\./.test(line)) + 1);
  if (sinceStart.some((line) => /INFO {2}Stopped\./.test(line))) return undefined;
  const fatal = sinceStart.map((line) => OUT_OF_MEMORY.exec(line)?.[0]).find((line) => line !== undefined);
  const why = fatal ?? "it exited without a clean shutdown";
  return `The local Neo4j stopped: ${why.trim()} (see ${file}).`;
}

export interface LocalStatus {
  pid?: number;
  boltAnswers: boolean;
  boltUri: string;
  browserUrl: string;
  /** Why it is not running, when it stopped without being asked to. */
  crash?: string;
}

export async function statusOfLocalNeo4j(instance: LocalInstance): Promise<LocalStatus> {
  return {
    pid: runningPid(instance),
    boltAnswers: isOurs(instance, await answeringHome(instance)),
    boltUri: boltUriOf(instance),
    browserUrl: browserUrlOf(instance),
    crash: crashReason(instance),
  };
}

/**
 * Watches a running instance and starts it again when its server dies (an OutOfMemoryError, a
 * kill), saying why it died; for `npm start`, so the API does not stay without its graph.
 * Returns the function that stops watching.
 */
export function superviseLocalNeo4j(
  instance: LocalInstance,
  log: (line: string) => void,
  intervalMs = 5_000,
): () => void {
  let restarting = false;
  const timer = setInterval(async () => {
    if (restarting || runningPid(instance) !== undefined) return;
    restarting = true;
    log(`${crashReason(instance) ?? "The local Neo4j is not running."} Restarting it...`);
    try {
      const server = await startLocalNeo4j(instance, log);
      log(`Local Neo4j restarted (pid ${server.pid}).`);
    } catch (error) {
      log(`Could not restart the local Neo4j: ${(error as Error).message}`);
    } finally {
      restarting = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export interface BackupOptions {
  /** Replace an existing dump file (dump) or a database holding data (restore). */
  force: boolean;
  database?: string;
  log?: (line: string) => void;
}

/** Stops the instance around `work` when it runs, and starts it again afterwards (also when `work` fails). */
async function whileStopped(
  instance: LocalInstance,
  log: (line: string) => void,
  work: () => void,
): Promise<void> {
  const wasRunning = runningPid(instance) !== undefined;
  if (wasRunning) {
    log("Stopping the local Neo4j (a dump or load needs the database offline)...");
    await stopLocalNeo4j(instance);
  }
  try {
    work();
  } finally {
    if (wasRunning) {
      log("Starting it again...");
      // A restored store may need recovery or index population first: wait longer than a plain start.
      await startLocalNeo4j(instance, log, 600_000);
    }
  }
}

/**
 * Writes an offline dump of the instance's database to `file` (refusing an existing file
 * without `force`). Written beside it first, so a failed dump never leaves half a file.
 */
export async function dumpLocalNeo4j(
  instance: LocalInstance,
  file: string,
  options: BackupOptions,
): Promise<void> {
  const { database = "neo4j", log = () => {} } = options;
  const target = resolve(file);
  if (existsSync(target) && !options.force)
    throw new LocalNeo4jError(`${target} already exists; pass --force to overwrite it.`);
  if (!existsSync(join(homeOf(instance), "data", "databases", database)))
    throw new LocalNeo4jError(`The local Neo4j (${homeOf(instance)}) has no database "${database}" to dump.`);
  const java = findJava();
  const partial = `${target}.partial`;
  await whileStopped(instance, log, () => {
    const fd = openSync(partial, "w");
    try {
      runAdminTool(java, instance, ["database", "dump", database, "--to-stdout"], `dump "${database}"`, [
        "ignore",
        fd,
      ]);
    } finally {
      closeSync(fd);
    }
  });
  await rename(partial, target);
}

async function holdsData(instance: LocalInstance, database: string): Promise<boolean> {
  if (runningPid(instance) === undefined)
    return existsSync(join(homeOf(instance), "data", "databases", database));
  const driver = neo4j.driver(boltUriOf(instance), neo4j.auth.basic("neo4j", instance.password));
  try {
    const { records } = await driver.executeQuery(
      "MATCH (n) RETURN count(n) > 0 AS any LIMIT 1",
      {},
      { database },
    );
    return records[0]?.get("any") === true;
  } finally {
    await driver.close();
  }
}

/**
 * Replaces the instance's database with a dump made by `dumpLocalNeo4j` (or `neo4j-admin
 * database dump`). Refuses without `force` when the database holds any node (a stopped
 * instance with a database folder counts as holding data: it cannot be asked).
 */
export async function restoreLocalNeo4j(
  instance: LocalInstance,
  file: string,
  options: BackupOptions,
): Promise<void> {
  const { database = "neo4j", log = () => {} } = options;
  const source = resolve(file);
  if (!existsSync(source)) throw new LocalNeo4jError(`${source}: no such dump file.`);
  if (!options.force && (await holdsData(instance, database)))
    throw new LocalNeo4jError(
      `The local Neo4j's database "${database}" already holds data; pass --force to replace it with ${source}.`,
    );
  const java = findJava();
  ensureJars(log);
  // A never started instance gets its password first, as startLocalNeo4j would give it.
  setInitialPassword(java, instance);
  await whileStopped(instance, log, () => {
    const fd = openSync(source, "r");
    try {
      runAdminTool(
        java,
        instance,
        ["database", "load", database, "--from-stdin", "--overwrite-destination=true"],
        `load ${source} into "${database}"`,
        [fd, "pipe"],
      );
    } finally {
      closeSync(fd);
    }
  });
}
