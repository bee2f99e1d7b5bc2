/**
 * A fetched body as text: in the charset the server declared in its Content-Type, else the one
 * an HTML page declares in its first bytes (<meta charset>; Arabic outlets still serve
 * windows-1256), else as a file would be read (UTF-8, or UTF-16 with a byte-order mark).
 */

import { decodeText } from "../parse/decode.js";
import { ParseError } from "../parse/index.js";
import { FetchError, type Fetched } from "./http.js";

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset an HTML page names in a <meta> tag, which the HTML standard puts in the first 1024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function textOf(fetched: Fetched, maxBytes: number): string {
  const declared = fetched.charset ?? metaCharset(fetched.bytes);
  try {
    if (declared && declared !== "utf-8" && declared !== "utf8") {
      const text = new TextDecoder(declared).decode(fetched.bytes);
      if (text.trim() === "") throw new ParseError("empty page (no text)");
      return text;
    }
    return decodeText(fetched.bytes, maxBytes);
  } catch (error) {
    if (error instanceof RangeError) throw new FetchError(fetched.requested, `unknown charset ${declared}`);
    if (error instanceof ParseError) throw new FetchError(fetched.requested, error.message);
    throw error;
  }
}
