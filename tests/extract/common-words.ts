/** Every form a common Arabic, French or English word takes for matching (stopwords-iso), clitics peeled off (وكان → كان). */
import { createRequire } from "node:module";
import { cliticForms, tokenize } from "../../src/text/tokens.js";

export function commonWordForms(): Set<string> {
  const lists = createRequire(import.meta.url)("stopwords-iso/stopwords-iso.json") as Record<
    string,
    string[]
  >;
  const forms = new Set<string>();
  for (const lang of ["ar", "fr", "en"])
    for (const word of lists[lang] ?? [])
      for (const token of tokenize(word))
        for (const form of token.script === "arabic" ? cliticForms(token.norm) : [token.norm])
          forms.add(form);
  return forms;
}
