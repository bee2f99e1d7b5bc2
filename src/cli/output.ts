/** Human-facing lines go to stderr so stdout carries only a command's data (e.g. JSON Lines). */
export const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
