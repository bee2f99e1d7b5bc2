/**
 * A generator of hostile input files, each kind with what the loader must do with it: refuse it
 * with a clear reason, or read what can be read. Content varies with the index so files differ.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface HostileKind {
  name: string;
  extension: string;
  /** A pattern the per-file error must match; undefined when the file must load. */
  error?: RegExp;
  make(index: number): string | Buffer;
}

const article = (index: number) =>
  `المغرب يقترب من اقتناء منظومة جديدة ${index}\nتناقش المملكة المغربية مع روسيا اقتناء منظومة إس-400 للدفاع الجوي، وفق ما ذكرته مصادر (رقم ${index}).`;

const maghressPage = (index: number) =>
  `عناوين عن فرنسا    وعن الصين\n\nشكرا على الإبلاغ!\n\nعنوان المقال ${index}\nنشر في هسبريس يوم 02 - 12 - 2024\n\n\n${article(index)}\nانقر هنا لقراءة الخبر من مصدره.\n`;

export const HOSTILE_KINDS: HostileKind[] = [
  { name: "empty", extension: "txt", error: /empty file/, make: () => "" },
  {
    name: "whitespace only",
    extension: "txt",
    error: /empty file/,
    make: (i) => " \n\t\u00a0 ".repeat(1 + (i % 5)),
  },
  {
    name: "binary",
    extension: "txt",
    error: /binary file/,
    make: (i) => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, i % 256, 1, 2, 3]),
  },
  {
    name: "invalid UTF-8",
    extension: "txt",
    error: /not valid UTF-8/,
    make: (i) => Buffer.from([0x4c, 0x65, 0x20, 0x4d, 0x61, 0x72, 0x6f, 0x63, 0xe9, 0xff, 0xfe, i % 128]),
  },
  {
    name: "UTF-16 with BOM",
    extension: "txt",
    make: (i) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(i), "utf16le")]),
  },
  {
    name: "broken JSON",
    extension: "json",
    error: /invalid JSON/,
    make: (i) => `{"title": "x${i}", "text": `,
  },
  {
    name: "JSON with wrong field types",
    extension: "json",
    error: /"title": Expected string, received number/,
    make: (i) => JSON.stringify({ title: i, text: ["not", "a", "string"] }),
  },
  {
    name: "HTML full of scripts",
    extension: "html",
    make: (i) =>
      `<!doctype html><html lang="ar"><head><title>t${i}</title><script>${"alert('x');".repeat(200)}</script></head><body><script>document.write("روسيا")</script><article><h1>عنوان ${i}</h1><p>${article(i)}</p></article><script src="x.js"></script></body></html>`,
  },
  {
    name: "bidi and zero-width controls",
    extension: "txt",
    make: (i) =>
      `\u202bعنوان\u202c ${i}\nتناقش المملكة ال\u200bمغربية مع \u200fروسيا اقتناء منظومة إس-400 للدفاع الجوي \u2066${i}\u2069.`,
  },
  {
    name: "mixed scripts",
    extension: "txt",
    make: (i) =>
      `Mixed ${i} 混合 Смешанный\nMorocco signed a contract with France — المغرب وقع عقدا مع فرنسا — Марокко подписало контракт ${i}.`,
  },
  {
    name: "Maghress page cut off halfway",
    extension: "txt",
    make: (i) => maghressPage(i).slice(0, Math.floor(maghressPage(i).length * 0.75)),
  },
  {
    name: "Maghress page cut before its header",
    extension: "txt",
    error: /header/,
    make: (i) => `عناوين ${i}\n\nشكرا على الإبلاغ!\n\nانقر هنا لقراءة الخبر من مصدره.`,
  },
  {
    name: "article with no date",
    extension: "txt",
    make: (i) =>
      `Undated report ${i}\nEgypt is in talks with Russia about Su-35 fighters, officials said (${i}).`,
  },
  { name: "good Maghress page", extension: "txt", make: maghressPage },
];

/** Writes `count` files cycling through the kinds, plus one 50 MB text and one of a million lines. */
export async function writeHostileFiles(folder: string, count: number): Promise<Map<string, HostileKind>> {
  await mkdir(folder, { recursive: true });
  const kinds = new Map<string, HostileKind>();
  for (let index = 0; index < count; index += 1) {
    const kind = HOSTILE_KINDS[index % HOSTILE_KINDS.length] as HostileKind;
    const file = join(folder, `${String(index).padStart(5, "0")}.${kind.extension}`);
    await writeFile(file, kind.make(index));
    kinds.set(file, kind);
  }
  const huge = join(folder, "huge-50mb.txt");
  await writeFile(huge, `Title\n${"x".repeat(50 * 1024 * 1024)}`);
  kinds.set(huge, { name: "50 MB text", extension: "txt", error: /over the 10\.0 MB limit/, make: () => "" });
  const lines = join(folder, "million-lines.txt");
  await writeFile(lines, `Title\n${"a\n".repeat(1_000_000)}`);
  kinds.set(lines, { name: "a million short lines", extension: "txt", make: () => "" });
  return kinds;
}
