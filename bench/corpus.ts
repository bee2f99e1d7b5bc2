/**
 * A deterministic corpus of realistic articles for benchmarks: Arabic mostly (Maghress pages
 * with related-headline noise, and plain text), English and French plain text, and JSON,
 * built from the gazetteer — varied outlets, dates, parties, systems and status wordings.
 * The same seed gives the same files, byte for byte.
 *
 *   npx tsx bench/corpus.ts <count> <folder> [seed]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultGazetteer } from "../src/extract/index.js";

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR_STATUS = [
  "تتفاوض مع",
  "وقعت اتفاقا مع",
  "تسلمت من",
  "تقترب من اقتناء أسلحة من",
  "نفت أنها اشترت من",
];
const EN_STATUS = [
  "is in talks with",
  "signed a contract with",
  "took delivery from",
  "is close to a deal with",
  "denied buying from",
];
const FR_STATUS = [
  "négocie avec",
  "a signé un contrat avec",
  "a réceptionné auprès de",
  "discute avec",
  "a démenti avoir acheté à",
];
const AR_MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "ماي",
  "يونيو",
  "يوليوز",
  "غشت",
  "شتنبر",
  "أكتوبر",
  "نونبر",
  "دجنبر",
];
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const FR_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const AR_FILLER = [
  "وتأتي هذه الخطوة في سياق إقليمي يتسم بتزايد الإنفاق العسكري وتنامي التهديدات غير التقليدية.",
  "ويرى مراقبون أن تنويع مصادر التسليح بات خيارا استراتيجيا لدى عدد من دول المنطقة.",
  "وأشار المصدر ذاته إلى أن المباحثات تشمل أيضا الصيانة والتكوين ونقل الخبرات التقنية.",
  "ولم يصدر أي تعليق رسمي حتى الآن من الجهات المعنية حول تفاصيل هذه الصفقة.",
  "وتسعى القوات المسلحة إلى تحديث ترسانتها بما يتماشى مع التحولات التكنولوجية الراهنة.",
];
const EN_FILLER = [
  "The move comes amid rising military spending across the region and new security threats.",
  "Analysts say diversifying suppliers has become a strategic choice for several governments.",
  "Officials did not comment on the financial terms or the delivery schedule.",
  "The talks also cover maintenance, training and the transfer of technical know-how.",
];
const FR_FILLER = [
  "Cette décision intervient dans un contexte de hausse des dépenses militaires dans la région.",
  "Selon des analystes, la diversification des fournisseurs est devenue un choix stratégique.",
  "Aucun commentaire officiel n'a été fait sur le calendrier des livraisons.",
];

export interface CorpusFile {
  name: string;
  content: string;
}

export function* generateCorpus(count: number, seed = 42): Generator<CorpusFile> {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const gazetteer = defaultGazetteer();
  const systems = [...gazetteer.systems.values()];
  const buyers = [
    "MA",
    "DZ",
    "EG",
    "SA",
    "AE",
    "QA",
    "IQ",
    "PK",
    "IN",
    "TR",
    "NG",
    "SN",
    "ID",
    "VN",
    "PH",
    "GR",
    "PL",
    "BR",
  ];
  const outlets = [...gazetteer.sources.values()].filter((source) => source.kind !== "aggregator");
  const arabicAlias = (id: string) =>
    gazetteer.systems.get(id)?.nameAr ?? gazetteer.systems.get(id)?.name ?? id;
  for (let index = 0; index < count; index += 1) {
    const system = pick(systems);
    const buyer = gazetteer.countries.get(pick(buyers.filter((code) => code !== system.origin)));
    const seller = gazetteer.countries.get(system.origin ?? "");
    if (!buyer || !seller) continue;
    const status = Math.floor(next() * AR_STATUS.length);
    const day = 1 + Math.floor(next() * 28);
    const month = Math.floor(next() * 12);
    const year = 2019 + Math.floor(next() * 7);
    const quantity = 2 + Math.floor(next() * 60);
    const outlet = pick(outlets);
    const roll = next();
    const name = String(index).padStart(6, "0");
    if (roll < 0.5) {
      const headlines = Array.from(
        { length: 25 },
        () => `${pick(AR_FILLER).slice(0, 60)} ${pick([...gazetteer.countries.values()]).nameAr}`,
      ).join("\u00a0\u00a0\u00a0\u00a0");
      const body = [
        `${buyer.nameAr} ${AR_STATUS[status]} ${seller.nameAr} بشأن ${quantity} وحدة من منظومة "${arabicAlias(system.id)}"، وفق ما أوردته مصادر مطلعة.`,
        ...Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(AR_FILLER)),
        `قال محمد العلوي، الخبير في الشؤون العسكرية، إن الصفقة قد تبلغ قيمتها ${1 + Math.floor(next() * 9)} مليار دولار.`,
      ].join("\n");
      const content = `${headlines}\n\n\n\nشكرا على الإبلاغ!\nسيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.\n\n\n\n${buyer.nameAr} و${seller.nameAr}: صفقة ${arabicAlias(system.id)}\nنشر في ${outlet.nameAr ?? outlet.name} يوم ${String(day).padStart(2, "0")} - ${String(month + 1).padStart(2, "0")} - ${year}\n\n\n${body}\nانقر هنا لقراءة الخبر من مصدره.\n`;
      yield { name: `${name}.txt`, content };
    } else if (roll < 0.6) {
      const body = [
        `${buyer.nameAr} ${AR_STATUS[status]} ${seller.nameAr} بشأن منظومة "${arabicAlias(system.id)}".`,
        ...Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick(AR_FILLER)),
      ];
      yield {
        name: `${name}.txt`,
        content: `${buyer.nameAr} تدرس صفقة ${arabicAlias(system.id)}\n${day} ${AR_MONTHS[month]} ${year}\n\n${body.join("\n")}\n`,
      };
    } else if (roll < 0.8) {
      const body = [
        `${buyer.nameEn} ${EN_STATUS[status]} ${seller.nameEn} for ${quantity} ${system.name} systems, ${outlet.name} reported.`,
        ...Array.from({ length: 5 + Math.floor(next() * 6) }, () => pick(EN_FILLER)),
      ];
      yield {
        name: `${name}.txt`,
        content: `${buyer.nameEn} and ${seller.nameEn} discuss ${system.name}\n${EN_MONTHS[month]} ${day}, ${year}\n\n${body.join(" ")}\n`,
      };
    } else if (roll < 0.9) {
      const body = [
        `Le pays ${buyer.nameFr} ${FR_STATUS[status]} ${seller.nameFr} pour ${quantity} systèmes ${system.name}, selon ${outlet.name}.`,
        ...Array.from({ length: 4 + Math.floor(next() * 5) }, () => pick(FR_FILLER)),
      ];
      yield {
        name: `${name}.txt`,
        content: `${buyer.nameFr} et ${seller.nameFr} : ${system.name}\n${day} ${FR_MONTHS[month]} ${year}\n\n${body.join(" ")}\n`,
      };
    } else {
      const text = [
        `${buyer.nameEn} ${EN_STATUS[status]} ${seller.nameEn} for ${quantity} ${system.name}.`,
        ...Array.from({ length: 5 }, () => pick(EN_FILLER)),
      ].join(" ");
      yield {
        name: `${name}.json`,
        content: JSON.stringify({
          title: `${buyer.nameEn} and ${system.name}`,
          text,
          outlet: outlet.name,
          publishedAt: `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
          language: "en",
        }),
      };
    }
  }
}

/** Writes the corpus into `folder`; returns the total bytes written. */
export async function writeCorpus(count: number, folder: string, seed = 42): Promise<number> {
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const file of generateCorpus(count, seed)) {
    await writeFile(join(folder, file.name), file.content);
    bytes += Buffer.byteLength(file.content);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = "1000", folder = "bench/out/corpus", seed = "42"] = process.argv.slice(2);
  const bytes = await writeCorpus(Number(count), folder, Number(seed));
  process.stderr.write(`wrote ${count} articles (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${folder}\n`);
}
