/**
 * What `load` and `watch` are pointed at, resolved into the loader's inputs: file and folder
 * paths stay paths; an address (`scheme://…`, so ftp:// or file:// is refused by name rather
 * than looked for on disk) becomes a page to fetch; a list file gives addresses
 * one a line (`#` starts a comment, blank lines are skipped); a feed gives its items' pages.
 * A feed that cannot be read becomes one failing input named by the feed, so it is reported
 * with the rest and the other inputs still load.
 */
import { readFile } from "node:fs/promises";
import type { LoadInput } from "../graph/index.js";
import { listInputs } from "../parse/index.js";
import { readFeed } from "./feed.js";
import { FetchError, type FetchLimits } from "./http.js";
import { fetchPage } from "./page.js";

export interface InputRequest {
  /** Files, folders and page addresses, in the order given. */
  targets: string[];
  /** Files listing page addresses. */
  urlLists: string[];
  /** RSS or Atom feed addresses. */
  feeds: string[];
}

export class InputListError extends Error {
  override name = "InputListError";
}

/** `scheme://`: `C:\…` and a file named `notes:2024.txt` stay paths. */
export const isAddress = (target: string) => /^[a-z][a-z0-9+.-]+:\/\//i.test(target);

/** The addresses in a list file, in order; throws an InputListError naming the file. */
export async function readAddressList(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputListError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line.length > 0);
}

export const pageInput = (address: string, limits: FetchLimits): LoadInput => ({
  name: address,
  read: () => fetchPage(address, limits),
});

const failing = (name: string, error: string): LoadInput => ({
  name,
  read: async () => [{ file: name, ok: false, error }],
});

/** The pages of a feed's items, or one failing input when the feed cannot be read. */
export async function feedInputs(feed: string, limits: FetchLimits): Promise<LoadInput[]> {
  try {
    return (await readFeed(feed, limits)).map((item, index) =>
      item.link
        ? pageInput(item.link, limits)
        : failing(`${feed}#item${index + 1}`, `feed item${item.title ? ` "${item.title}"` : ""} has no link`),
    );
  } catch (error) {
    if (error instanceof FetchError) return [failing(feed, `feed: ${error.reason}`)];
    throw error;
  }
}

/** Every input of `request`, each once (the first mention wins), files walked up front. */
export async function collectInputs(
  request: InputRequest,
  limits: FetchLimits,
): Promise<(string | LoadInput)[]> {
  const inputs: (string | LoadInput)[] = [];
  for (const target of request.targets) {
    if (isAddress(target)) inputs.push(pageInput(target, limits));
    else for await (const file of listInputs([target])) inputs.push(file);
  }
  for (const list of request.urlLists)
    for (const address of await readAddressList(list)) inputs.push(pageInput(address, limits));
  for (const feed of request.feeds) inputs.push(...(await feedInputs(feed, limits)));
  const seen = new Set<string>();
  return inputs.filter((input) => {
    const name = typeof input === "string" ? input : input.name;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}
