/**
 * The one logger: pino, JSON lines on stderr, so stdout stays free for command output
 * (the `extract` command's JSON Lines contract depends on that).
 */
import { pino } from "pino";

export const logger = pino(
  { level: process.env.LOG_LEVEL ?? "info", base: undefined },
  pino.destination({ fd: 2, sync: true }),
);
