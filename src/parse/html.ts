/**
 * HTML pages, read with cheerio: the title from og:title, the first <h1> or <title>; the body
 * from <article>, else <main>, else the element holding the most paragraph text; scripts,
 * styles, navigation, headers, footers, asides and forms dropped. Date, url, outlet and
 * language come from the usual meta tags.
 */
import * as cheerio from "cheerio";
import { type Article, ParseError } from "./article.js";
import { composeArticle } from "./composed.js";

const NOISE =
  "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, figure figcaption";

function squashText(text: string): string {
  return text
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

function paragraphs($: cheerio.CheerioAPI, root: cheerio.Cheerio<never>): string {
  const blocks = root
    .find("p, h2, h3, li, blockquote")
    .map((_, element) => squashText($(element).text()))
    .get()
    .filter((block) => block.length > 0);
  return blocks.length > 0 ? blocks.join("\n\n") : squashText(root.text());
}

function mainContent($: cheerio.CheerioAPI): cheerio.Cheerio<never> {
  for (const selector of ["article", "main", "[role=main]"]) {
    const found = $(selector).first() as cheerio.Cheerio<never>;
    if (found.length > 0 && squashText(found.text()).length > 0) return found;
  }
  let best = $("body") as cheerio.Cheerio<never>;
  let bestLength = 0;
  $("div, section").each((_, element) => {
    const length = $(element).children("p").text().length;
    if (length > bestLength) {
      bestLength = length;
      best = $(element) as cheerio.Cheerio<never>;
    }
  });
  return best;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2000));
}

export function parseHtml(text: string): Article {
  const $ = cheerio.load(text);
  const meta = (selector: string) => $(selector).attr("content")?.trim() || null;
  const title =
    meta('meta[property="og:title"]') ??
    (squashText($("h1").first().text()) || squashText($("title").first().text()) || null);
  $(NOISE).remove();
  const body = paragraphs($, mainContent($));
  if (!body) throw new ParseError("HTML page without readable text");
  const lang = ($("html").attr("lang") ?? "").slice(0, 2).toLowerCase();
  return composeArticle("html", {
    title,
    body: title && body.startsWith(title) ? body.slice(title.length) : body,
    outlet: meta('meta[property="og:site_name"]'),
    publishedAt:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      ($("time[datetime]").first().attr("datetime") || null),
    byline: meta('meta[name="author"]'),
    language: lang === "ar" || lang === "en" || lang === "fr" ? lang : undefined,
    url: $('link[rel="canonical"]').attr("href") ?? meta('meta[property="og:url"]'),
  });
}
