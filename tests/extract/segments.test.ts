/**
 * Sentences of hard-wrapped copy (src/extract/segments.ts): a newline inside a sentence of
 * fixed-width wire copy or pasted text is a space; a paragraph break, a line ending in terminal
 * punctuation and a heading above ordinary paragraphs stay breaks. Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { sentences } from "../../src/extract/segments.js";
import { tokenize } from "../../src/text/tokens.js";

const sentencesOf = (text: string) =>
  sentences(text, [{ start: 0, end: text.length }], tokenize(text)).map((segment) =>
    text.slice(segment.start, segment.end).replace(/\s+/g, " "),
  );

describe("sentences of hard-wrapped copy", () => {
  it("joins fixed-width English wire lines into their sentences", () => {
    const text = [
      "The defence ministry of Ruritania said on Monday it had signed",
      "a contract with a French shipyard for four patrol vessels, the",
      "first of which will be delivered in the spring of next year.",
      "Officials did not disclose the value of the deal but said the",
      "ships would be built partly in the country's own yards.",
    ].join("\n");
    expect(sentencesOf(text)).toHaveLength(2);
    expect(sentencesOf(text)[0]).toMatch(/^The defence ministry .* next year\.$/);
  });

  it("joins fixed-width Arabic lines, which have no capitals to tell a new sentence", () => {
    const text = [
      "قالت وزارة الدفاع في بيان صدر اليوم إنها وقعت عقدا مع شركة",
      "فرنسية لشراء أربع سفن دورية تسلم أولاها في ربيع العام المقبل",
      "على أن تبنى السفن الأخرى في أحواض البلاد بمساعدة الشركة نفسها.",
      "ولم تكشف الوزارة عن قيمة الصفقة لكنها قالت إنها جزء من خطة",
      "لتحديث القوات البحرية خلال السنوات الخمس المقبلة.",
    ].join("\n");
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it("joins a French line that goes on in lower case, in copy of any width", () => {
    const text =
      "Le ministère a confirmé la commande de douze hélicoptères\nauprès d'un industriel européen. Les livraisons commenceront en 2027.";
    expect(sentencesOf(text)).toEqual([
      "Le ministère a confirmé la commande de douze hélicoptères auprès d'un industriel européen.",
      "Les livraisons commenceront en 2027.",
    ]);
  });

  it("keeps paragraph lines and a heading apart in ordinary web copy", () => {
    const text = [
      "صفقة السفن الجديدة",
      "قالت وزارة الدفاع في بيان طويل صدر اليوم إنها وقعت عقدا مع شركة فرنسية لشراء أربع سفن دورية تسلم أولاها في ربيع العام المقبل وتبنى الأخرى محليا",
      "وأضاف البيان أن الصفقة جزء من خطة أوسع لتحديث القوات البحرية خلال السنوات الخمس المقبلة بمساعدة عدة شركات أجنبية وشركاء محليين",
    ].join("\n");
    expect(sentencesOf(text)).toHaveLength(3);
  });

  it("keeps a blank line a break even in wrapped copy", () => {
    const text = [
      "The ministry said it had signed a contract for four patrol vessels",
      "with a French shipyard on Monday after two years of talks with it",
      "",
      "Separately the navy said its older ships would be retired by 2030",
      "and replaced with new corvettes built in the country's own yards",
    ].join("\n");
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it("ends a sentence glued to the next one's elided capital, as pasted French copy writes it", () => {
    const text = "Le contrat a été signé par le ministère de la Défense.L'accord porte sur 180 chars.";
    expect(sentencesOf(text)).toEqual([
      "Le contrat a été signé par le ministère de la Défense.",
      "L'accord porte sur 180 chars.",
    ]);
  });
});
