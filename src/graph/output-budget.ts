/**
 * A bound on how much one request may read from Neo4j: each record is charged its JSON size as
 * it streams in, and the read stops at the first record over the bound — the answer is refused
 * instead of built, so a huge answer never sits whole in the API's memory.
 */

export class OutputTooLarge extends Error {
  override name = "OutputTooLarge";
  constructor(readonly limitBytes: number) {
    super(`the answer is larger than ${limitBytes} bytes`);
  }
}

export class OutputBudget {
  private used = 0;

  constructor(readonly limitBytes: number) {}

  /** Counts `value` against the bound; throws OutputTooLarge once over it. */
  charge(value: unknown): void {
    this.used += JSON.stringify(value)?.length ?? 0;
    if (this.used > this.limitBytes) throw new OutputTooLarge(this.limitBytes);
  }
}
