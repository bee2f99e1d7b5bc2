/**
 * Articles of our own about one pair's contracts, for the deal-identity tests: one order reported
 * twice with two prices (English), its delivery (Arabic), a later order (French), and an
 * article about another pair.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Our own texts: one order reported twice (two prices), its delivery in Arabic, a later order in French. */
export const CONTRACT_ARTICLES: Record<string, object> = {
  "order-en.json": {
    title: "Algeria's fighter contract",
    text: "Algeria signed a contract with Russia in 2019 for 14 Su-57 fighters worth $2 billion.",
    outlet: "Reuters",
    publishedAt: "2025-01-10",
  },
  "order-other-price.json": {
    title: "Su-57 for Algeria",
    text: "Algeria signed a contract with Russia in 2019 for 14 Su-57 fighters worth $1.8 billion.",
    outlet: "TASS",
    publishedAt: "2025-01-12",
  },
  "delivery-ar.json": {
    title: "تسليم المقاتلات",
    text: "تسلمت الجزائر أولى مقاتلات سو-57 الروسية.",
    outlet: "الشروق",
    publishedAt: "2025-11-20",
  },
  "second-order-fr.json": {
    title: "Nouvelle commande",
    text: "L'Algérie a signé en 2024 un contrat avec la Russie pour 40 Su-57.",
    outlet: "TSA",
    publishedAt: "2025-02-15",
  },
};
export const UNRELATED_ARTICLE = {
  title: "Apache",
  text: "Morocco signed a contract with the United States for 24 Apache helicopters.",
  outlet: "Hespress",
  publishedAt: "2025-03-01",
};

/** Our own texts: one helicopter delivery, in Arabic naming the variant and in French the family. */
export const VARIANT_AND_FAMILY_ARTICLES: Record<string, object> = {
  "delivery-variant-ar.json": {
    title: "وصول المروحيات",
    text: "تسلمت القوات الملكية المغربية الدفعة الأولى من مروحيات أباتشي AH-64E من الولايات المتحدة.",
    outlet: "هسبريس",
    publishedAt: "2025-03-10",
  },
  "delivery-family-fr.json": {
    title: "Livraison",
    text: "Le Maroc a reçu les premiers hélicoptères Apache livrés par les États-Unis.",
    outlet: "Le360",
    publishedAt: "2025-03-11",
  },
};

/** Writes the contract articles into `dir`, one JSON file each. */
export async function writeContractArticles(dir: string): Promise<void> {
  for (const [name, article] of Object.entries(CONTRACT_ARTICLES))
    await writeFile(join(dir, name), JSON.stringify(article));
}
