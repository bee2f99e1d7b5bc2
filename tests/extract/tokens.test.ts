/**
 * Tokens of part of a text (src/text/tokens.ts): the title and body spans are tokenized in
 * place, with offsets into the whole text, exactly as their own text would tokenize — a word
 * cut by the span's edge included. Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/tokens.js";

/** The tokens of the part as its own text, shifted to the whole text's offsets. */
const ofSlice = (text: string, from: number, to: number) =>
  tokenize(text.slice(from, to)).map((token) => ({
    ...token,
    start: token.start + from,
    end: token.end + from,
  }));

describe("tokens of part of a text", () => {
  const text = "وقّعت الجزائر عقداً لشراء 24 مقاتلة Su-57E؛ Le Maroc a commandé des Rafale F4 en 2026.";

  it("equals the part tokenized on its own, for every cut of the text", () => {
    for (let from = 0; from < text.length; from += 3)
      for (const to of [from + 1, from + 7, from + 20, text.length].filter((end) => end <= text.length))
        expect(tokenize(text, from, to)).toEqual(ofSlice(text, from, to));
  });

  it("ends a word cut by the part's edge at that edge", () => {
    const end = text.indexOf("commandé") + 4;
    const last = tokenize(text, 0, end).at(-1);
    expect(last?.norm).toBe("comm");
    expect(last?.end).toBe(end);
  });

  it("normalizes a repeated word alike each time", () => {
    const twice = tokenize("Éléphant éléphant ÉLÉPHANT والطائرات والطائرات");
    expect(new Set(twice.slice(0, 3).map((token) => token.norm))).toEqual(new Set(["elephant"]));
    expect(twice[3]?.norm).toBe(twice[4]?.norm);
    expect(twice[0]?.capitalized && !twice[1]?.capitalized && twice[2]?.upper).toBe(true);
  });
});

describe("Cyrillic look-alike letters in Latin words", () => {
  it("reads a Latin word typed with a Cyrillic а, о or Р as its Latin letters", () => {
    expect(tokenize("Rаfale jets").map((token) => token.norm)).toEqual(["rafale", "jets"]);
    expect(tokenize("the Bayraktar ТB2 drone").map((token) => token.norm)).toEqual([
      "the",
      "bayraktar",
      "tb",
      "2",
      "drone",
    ]);
  });

  it("leaves a Cyrillic word out, and a Latin word beside it unchanged", () => {
    expect(tokenize("Су-35 and Su-35").map((token) => token.norm)).toEqual(["35", "and", "su", "35"]);
  });
});
