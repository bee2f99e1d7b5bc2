import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Article,
  listInputs,
  type ParsedItem,
  parseDate,
  parseFile,
  parseText,
} from "../../src/parse/index.js";

function only(items: ParsedItem[]): Article {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item?.ok) throw new Error(`not parsed: ${item?.ok === false ? item.error : ""}`);
  return item.article;
}

const body = (article: Article) => article.text.slice(article.bodySpan.start, article.bodySpan.end);

describe("dates", () => {
  it.each([
    ["الأربعاء 4 يونيو 2025 - 14:39", "2025-06-04"],
    ["نشر في الصحيفة يوم 17 - 11 - 2022", "2022-11-17"],
    ["٤ يونيو ٢٠٢٥", "2025-06-04"],
    ["2 دجنبر 2024", "2024-12-02"],
    ["5 شتنبر 2023", "2023-09-05"],
    ["15 غشت 2024", "2024-08-15"],
    ["3 نونبر 2023", "2023-11-03"],
    ["9 يوليوز 2024", "2024-07-09"],
    ["12 جانفي 2025", "2025-01-12"],
    ["9 جويلية 2024", "2024-07-09"],
    ["1 أوت 2024", "2024-08-01"],
    ["12 كانون الثاني 2024", "2024-01-12"],
    ["3 تشرين الأول/أكتوبر 2023", "2023-10-03"],
    ["20 أيلول 2022", "2022-09-20"],
    ["7 آب 2021", "2021-08-07"],
    ["4 حزيران/يونيو 2025", "2025-06-04"],
    ["18 سبتمبر 2024", "2024-09-18"],
    ["June 4, 2025", "2025-06-04"],
    ["Wednesday, 4 June 2025", "2025-06-04"],
    ["Sept. 9, 2024", "2024-09-09"],
    ["1er juillet 2025", "2025-07-01"],
    ["mercredi 13 août 2025", "2025-08-13"],
    ["2025-06-04T10:00:00Z", "2025-06-04"],
    ["04/06/2025", "2025-06-04"],
    ["2025/06/04", "2025-06-04"],
    ["4 déc. 2024", "2024-12-04"],
    ["5 ربيع الأول 1447 هـ", "2025-08-28"],
    ["1 رمضان 1446", "2025-03-01"],
    ["10 ذو الحجة 1445", "2024-06-16"],
    ["الخميس 5 ربيع الأول 1447 الموافق 28 غشت 2025", "2025-08-28"],
  ])("%s → %s", (text, iso) => expect(parseDate(text)).toBe(iso));

  it("refuses impossible dates and text without a date", () => {
    expect(parseDate("31 فبراير 2024")).toBeNull();
    expect(parseDate("31 محرم 1446")).toBeNull();
    expect(parseDate("no date here, only 42 tanks")).toBeNull();
  });
});

describe("Maghress pages", () => {
  const page = (header: string, extra = "") =>
    `عنوان أول    عنوان ثان عن فرنسا    عنوان ثالث عن السينغال\n\n\nشكرا على الإبلاغ!\nسيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.\n\n\n\nالعنوان الرئيسي للمقال\n${header}\n\n\n1. الرئيسية\n2. تقارير\nالعنوان الرئيسي للمقال\nهسبريس - محمد العلمي\nالاثنين 3 مارس 2025 - 10:15\n${extra}الفقرة الأولى من المتن.\nالفقرة الثانية.\nانقر هنا لقراءة الخبر من مصدره.\n`;

  it("reads title, outlet, header date, byline, dateline and body, and drops the headlines line", () => {
    const article = only(parseText("page.txt", page("نشر في هسبريس يوم 01 - 03 - 2025")));
    expect(article).toMatchObject({
      format: "maghress",
      title: "العنوان الرئيسي للمقال",
      outlet: "هسبريس",
      aggregator: "Maghress",
      headerDate: "2025-03-01",
      publishedAt: "2025-03-03",
      byline: "محمد العلمي",
      language: "ar",
    });
    expect(body(article)).toBe("الفقرة الأولى من المتن.\nالفقرة الثانية.");
    expect(article.text.slice(article.titleSpan?.start, article.titleSpan?.end)).toBe(
      "العنوان الرئيسي للمقال",
    );
  });

  it("reports a page cut off before its header", () => {
    const [item] = parseText("cut.txt", "عناوين\n\nشكرا على الإبلاغ!\nانقر هنا لقراءة الخبر من مصدره.");
    expect(item).toMatchObject({ ok: false, error: expect.stringMatching(/header/) });
  });

  it("gives the same id to the same article saved twice", () => {
    const a = only(parseText("a.txt", page("نشر في هسبريس يوم 01 - 03 - 2025")));
    const b = only(
      parseText("b.txt", page("نشر في هسبريس يوم 01 - 03 - 2025").replace("عنوان أول", "عنوان آخر")),
    );
    expect(a.id).toBe(b.id);
  });
});

describe("plain text", () => {
  it("takes the first line as title, a dateline and a byline", () => {
    const article = only(
      parseText(
        "a.txt",
        "\n\nMorocco buys drones\nBy Jane Roe\nJune 4, 2025\n\nThe Royal Armed Forces bought drones.\n",
      ),
    );
    expect(article).toMatchObject({
      format: "text",
      title: "Morocco buys drones",
      byline: "Jane Roe",
      publishedAt: "2025-06-04",
      language: "en",
    });
    expect(body(article)).toBe("The Royal Armed Forces bought drones.");
  });

  it("detects French", () => {
    expect(
      only(
        parseText(
          "f.txt",
          "Le Maroc et la France\nLe Maroc a signé un accord avec la France pour des canons.",
        ),
      ).language,
    ).toBe("fr");
  });
});

describe("JSON and JSON Lines", () => {
  it("reads a record, composing title and text", () => {
    const article = only(
      parseText(
        "a.json",
        JSON.stringify({
          title: "T",
          text: "Body text here.",
          outlet: "Reuters",
          publishedAt: "2024-05-01",
          url: "https://x.test/a",
          language: "en",
        }),
      ),
    );
    expect(article).toMatchObject({
      format: "json",
      title: "T",
      outlet: "Reuters",
      publishedAt: "2024-05-01",
      url: "https://x.test/a",
    });
    expect(article.text).toBe("T\n\nBody text here.");
    expect(body(article)).toBe("Body text here.");
  });

  it("names the record and field that is wrong, and keeps the good records", () => {
    const items = parseText(
      "a.jsonl",
      [
        JSON.stringify({ title: "ok", text: "fine" }),
        JSON.stringify({ title: 3, text: "x" }),
        "{broken",
        JSON.stringify({ title: "no text" }),
      ].join("\n"),
    );
    expect(items.map((item) => item.ok)).toEqual([true, false, false, false]);
    expect(items[1]).toMatchObject({
      record: 2,
      error: expect.stringMatching(/record 2: "title": Expected string, received number/),
    });
    expect(items[2]).toMatchObject({ record: 3, error: expect.stringMatching(/record 3: invalid JSON/) });
    expect(items[3]).toMatchObject({ record: 4, error: expect.stringMatching(/"text"/) });
  });

  it("reads an array of records and rejects broken JSON", () => {
    expect(
      parseText(
        "a.json",
        JSON.stringify([
          { title: "a", text: "b" },
          { title: "c", body: "d" },
        ]),
      ).map((item) => item.ok),
    ).toEqual([true, true]);
    expect(parseText("a.json", "{ nope")).toEqual([
      { file: "a.json", ok: false, error: expect.stringMatching(/invalid JSON/) },
    ]);
  });
});

describe("HTML", () => {
  it("keeps the article text and drops scripts and navigation", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Site | Titre</title>
      <meta property="og:title" content="Le Maroc commande des drones">
      <meta property="og:site_name" content="Le360"><meta property="article:published_time" content="2025-02-03T08:00:00Z">
      <link rel="canonical" href="https://le360.test/a"><script>var evil = "Russie";</script></head>
      <body><nav>Accueil Russie Chine</nav><article><h1>Le Maroc commande des drones</h1>
      <p>Le Maroc a commandé des drones à la Turquie.</p><p>Livraison prévue en 2026.</p></article>
      <footer>© Le360 Chine</footer></body></html>`;
    const article = only(parseText("a.html", html));
    expect(article).toMatchObject({
      format: "html",
      title: "Le Maroc commande des drones",
      outlet: "Le360",
      publishedAt: "2025-02-03",
      language: "fr",
      url: "https://le360.test/a",
    });
    expect(body(article)).toBe("Le Maroc a commandé des drones à la Turquie.\n\nLivraison prévue en 2026.");
    expect(article.text).not.toMatch(/evil|Accueil|©/);
  });
});

describe("files", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "parse-"));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "b.txt"), "Title B\nBody B.");
    await writeFile(join(dir, "sub", "a.txt"), "Title A\nBody A.");
    await writeFile(join(dir, ".hidden.txt"), "ignored");
    await writeFile(join(dir, "empty.txt"), "  \n\t ");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, "latin1.txt"), Buffer.from([0x4d, 0x61, 0x72, 0x6f, 0x63, 0xe9, 0x0a]));
    await writeFile(
      join(dir, "utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Titre\nLe Maroc achète.", "utf16le")]),
    );
    await writeFile(join(dir, "scan.pdf"), "%PDF-1.4");
  });

  it("walks folders recursively in name order, skipping hidden files", async () => {
    const files: string[] = [];
    for await (const file of listInputs([dir])) files.push(file.slice(dir.length + 1));
    expect(files).toEqual([
      "b.txt",
      "binary.txt",
      "empty.txt",
      "latin1.txt",
      "scan.pdf",
      "sub/a.txt",
      "utf16.txt",
    ]);
  });

  it.each([
    ["empty.txt", /empty file/],
    ["binary.txt", /binary file/],
    ["latin1.txt", /not valid UTF-8/],
    ["scan.pdf", /unsupported format \.pdf/],
    ["missing.txt", /cannot read: ENOENT/],
  ])("gives %s a clear error", async (name, reason) => {
    expect(await parseFile(join(dir, name))).toEqual([
      { file: join(dir, name), ok: false, error: expect.stringMatching(reason) },
    ]);
  });

  it("reads UTF-16 with a byte-order mark", async () => {
    expect(only(await parseFile(join(dir, "utf16.txt"))).title).toBe("Titre");
  });

  it("refuses a file over the size limit without reading it", async () => {
    expect(await parseFile(join(dir, "b.txt"), 4)).toEqual([
      { file: join(dir, "b.txt"), ok: false, error: expect.stringMatching(/over the 0\.0 MB limit/) },
    ]);
  });
});
