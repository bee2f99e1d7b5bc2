/**
 * A fetched body as text: in the charset the server declared (Arabic outlets still serve
 * windows-1256), else as a file would be read (UTF-8, or UTF-16 with a byte-order mark).
 */

import { decodeText } from "../parse/decode.js";
import { ParseError } from "../parse/index.js";
import { FetchError, type Fetched } from "./http.js";

export function textOf(fetched: Fetched, maxBytes: number): string {
  const declared = fetched.charset;
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
