/**
 * A made-up outlet served by node:http on a free port for the fetch tests: article pages in
 * English, French and Arabic (our own sentences about an invented deal), RSS and Atom feeds,
 * and the pages that must fail: a 404, a page slower than any test timeout, a redirect loop, a
 * page over the size cap, an image; a French page in ISO-8859-1. Every request is counted by path, so a test can tell which
 * pages were fetched.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const HUGE_BYTES = 200 * 1024;

interface Page {
  lang: string;
  title: string;
  body: string[];
  date: string;
  /** The canonical link as the page writes it (relative or absolute). */
  canonical?: string;
}

export const PAGES: Record<string, Page> = {
  "/en/caesar-delivery.html": {
    lang: "en",
    title: "Senegal takes delivery of its first Caesar howitzers",
    date: "2026-03-04",
    canonical: "/en/caesar-delivery",
    body: [
      "Senegal received the first four of twelve Caesar self-propelled howitzers ordered from France, the defence ministry in Dakar said on Wednesday.",
      "The remaining guns are due before the end of the year under the contract signed with KNDS France in 2025.",
    ],
  },
  "/fr/accord-patrouilleurs.html": {
    lang: "fr",
    title: "Le Bénin commande deux patrouilleurs à la France",
    date: "2026-03-05",
    body: [
      "Le Bénin a signé mardi à Cotonou un contrat avec la France pour l'achat de deux patrouilleurs côtiers, selon le ministère de la Défense.",
      "Les navires doivent renforcer la surveillance du golfe de Guinée à partir de 2027.",
    ],
  },
  "/ar/safqa-radar.html": {
    lang: "ar",
    title: "موريتانيا تتسلم رادارات من إسبانيا",
    date: "2026-03-06",
    // Another site's canonical: refused, the page keeps its own address.
    canonical: "https://elsewhere.example/taken",
    body: [
      "تسلمت موريتانيا يوم الخميس ثلاثة رادارات للمراقبة الساحلية من إسبانيا، بحسب ما أعلنته وزارة الدفاع في نواكشوط.",
      "وتأتي هذه الصفقة في إطار اتفاق تعاون عسكري وقع بين البلدين العام الماضي.",
    ],
  },
  "/en/watch-first.html": {
    lang: "en",
    title: "Ghana signs for six training aircraft",
    date: "2026-04-01",
    body: [
      "Ghana agreed to buy six training aircraft from Brazil, its air force said on Monday, with deliveries planned over two years.",
    ],
  },
  "/en/watch-second.html": {
    lang: "en",
    title: "Kenya orders coastal radars from Italy",
    date: "2026-04-02",
    body: [
      "Kenya placed an order with Italy for coastal surveillance radars, officials in Nairobi said on Tuesday.",
    ],
  },
  "/en/watch-third.html": {
    lang: "en",
    title: "Tanzania receives patrol boats from Turkey",
    date: "2026-04-03",
    body: [
      "Tanzania took delivery of two patrol boats built in Turkey, the navy in Dar es Salaam said on Thursday.",
    ],
  },
};

function html(page: Page): string {
  const paragraphs = page.body.map((text) => `<p>${text}</p>`).join("\n");
  const canonical = page.canonical ? `<link rel="canonical" href="${page.canonical}">` : "";
  return `<!doctype html>
<html lang="${page.lang}"><head><meta charset="utf-8"><title>${page.title}</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="${page.date}">${canonical}</head>
<body><nav><a href="/">Home</a></nav><article><h1>${page.title}</h1>
${paragraphs}
</article><footer>Test Wire</footer></body></html>`;
}

export interface FeedEntry {
  path: string;
  title: string;
}

export function rss(base: string, entries: FeedEntry[]): string {
  const items = entries
    .map(
      (entry) =>
        `<item><title>${entry.title}</title><link>${base}${entry.path}</link><guid>${base}${entry.path}</guid></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link><description>Test feed</description>
${items}
</channel></rss>`;
}

/** Atom with relative links, made absolute against the feed's address by the reader. */
export function atom(entries: FeedEntry[]): string {
  const items = entries
    .map(
      (entry, index) =>
        `<entry><title>${entry.title}</title><id>urn:test:${index}</id><updated>2026-03-05T08:00:00Z</updated><link rel="alternate" href="${entry.path}"/></entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire (Atom)</title><id>urn:test</id><updated>2026-03-05T08:00:00Z</updated>
${items}
</feed>`;
}

export interface Site {
  base: string;
  /** Requests per path. */
  hits: Map<string, number>;
  /** Called for every request before it is answered (tests wait on it). */
  onRequest: (path: string) => void;
  /** Feeds served by path; a test may add or replace them. */
  feeds: Map<string, (hit: number) => string>;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { "content-type": type });
  response.end(body);
}

export async function startSite(): Promise<Site> {
  const sockets = new Set<Socket>();
  const site: Site = {
    base: "",
    hits: new Map(),
    onRequest: () => {},
    feeds: new Map(),
    close: async () => {},
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", site.base).pathname;
    const hit = (site.hits.get(path) ?? 0) + 1;
    site.hits.set(path, hit);
    site.onRequest(path);
    const page = PAGES[path];
    const feed = site.feeds.get(path);
    if (page) return send(response, 200, "text/html; charset=utf-8", html(page));
    if (feed) return send(response, 200, "application/rss+xml; charset=utf-8", feed(hit));
    switch (path) {
      case "/moved":
        response.writeHead(301, { location: "/fr/accord-patrouilleurs.html" });
        return response.end();
      case "/loop-a":
        response.writeHead(302, { location: "/loop-b" });
        return response.end();
      case "/loop-b":
        response.writeHead(302, { location: `${site.base}/loop-a` });
        return response.end();
      case "/bad-location":
        response.writeHead(302, { location: "http://[not-a-host/" });
        return response.end();
      case "/to-ftp":
        response.writeHead(302, { location: "ftp://files.example/a" });
        return response.end();
      case "/slow":
        return; // never answered: the client's timeout must end it
      case "/huge": {
        // Chunked, no Content-Length: the cap must hold while streaming.
        response.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"filler text ".repeat(80)}</p>\n`;
        for (let sent = 0; sent < HUGE_BYTES; sent += chunk.length) response.write(chunk);
        return response.end();
      }
      case "/fr/latin1-header.html": {
        // The French page in ISO-8859-1, said in the Content-Type header.
        const page = html(PAGES["/fr/accord-patrouilleurs.html"] as Page).replace(
          '<meta charset="utf-8">',
          "",
        );
        return send(response, 200, "text/html; charset=ISO-8859-1", Buffer.from(page, "latin1"));
      }
      case "/fr/latin1-meta.html": {
        // The same, said only by the page's <meta charset>.
        const page = html(PAGES["/fr/accord-patrouilleurs.html"] as Page).replace("utf-8", "iso-8859-1");
        return send(response, 200, "text/html", Buffer.from(page, "latin1"));
      }
      case "/photo.png":
        return send(response, 200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case "/feeds/broken.xml":
        return send(response, 200, "application/rss+xml", "<rss><channel><item><title>cut off</channel>");
      default:
        return send(response, 404, "text/plain", "not here");
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return site;
}
