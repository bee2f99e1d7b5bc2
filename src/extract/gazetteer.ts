/**
 * The curated knowledge extraction matches against: countries (ISO names from
 * i18n-iso-countries plus seeds/gazetteer/countries.json), regions that shadow country names,
 * weapon systems, organizations, news sources, deal/status cues and given names. All of it is
 * data under seeds/gazetteer/; this module reads it once and compiles the token tries.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import countryNames from "i18n-iso-countries";
import { normalizeLatinWord, phraseKeys } from "../text/tokens.js";
import { withRespellings } from "./spellings.js";
import { splitStatedVariants } from "./stated-variants.js";
import { type Alias, type EntityKind, parseAlias, TokenTrie } from "./trie.js";

export const GAZETTEER_DIR = resolve(fileURLToPath(new URL("../../seeds/gazetteer", import.meta.url)));

export const DEAL_KINDS = [
  "acquisition",
  "co-production",
  "cooperation agreement",
  "training",
  "transfer",
  "investment",
  "exercise",
  "other",
] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

/** In order of progress; a cancellation or denial outranks any progress (deals/merge.ts relies on it). */
export const DEAL_STATUSES = [
  "rumoured",
  "under negotiation",
  "agreed",
  "signed",
  "delivered",
  "cancelled",
  "denied",
  "unknown",
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const SYSTEM_CATEGORIES = [
  "air defence",
  "fighter aircraft",
  "drone",
  "tank",
  "armoured vehicle",
  "missile",
  "artillery",
  "helicopter",
  "ship",
  "submarine",
  "radar",
  "transport aircraft",
  "trainer aircraft",
  "truck",
  "small arms",
  "other",
] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];

export interface CountryInfo {
  code: string;
  nameEn: string;
  nameAr: string;
  nameFr: string;
  continent: string | null;
  kingdom: boolean;
}

export interface SystemInfo {
  id: string;
  name: string;
  nameAr: string | null;
  category: SystemCategory;
  /** ISO code; null for an uncatalogued system whose text states no origin. */
  origin: string | null;
  maker: string | null;
  /** The id of the system this one is a variant of (F-16 Block 70 → F-16); null for a family. */
  family: string | null;
  /** False for a designation the text names that the catalogue does not hold (designations.ts). */
  catalogued: boolean;
  /** The maker's name used for its aircraft in general (سوخوي): stands for the maker's system the article names. */
  generic?: boolean;
}

export interface OrganizationInfo {
  id: string;
  name: string;
  nameAr: string | null;
  country: string | null;
}

export interface SourceInfo {
  id: string;
  name: string;
  nameAr: string | null;
  kind: "outlet" | "agency" | "aggregator";
  country: string | null;
}

/** Cue categories for deals, as named in the files under cues/. */
export type CueCategory =
  | `kind:${string}`
  | `status:${string}`
  | `nature:${string}`
  | `exercise:${string}`
  | "battlefield"
  | "battlefieldIn"
  | "place"
  | "venue"
  | "backdrop"
  | "backdropAfter"
  | "partner"
  | "listJoin"
  | "outlet"
  | "package"
  | "ordinal"
  | "prior"
  | "anaphor"
  | "article"
  | "agent"
  | "maker"
  | "accuse"
  | "buy"
  | "replace"
  | "future"
  | "futureAfter"
  | "conditional"
  | "provision"
  | "negation"
  | "concession"
  | "receive"
  | "counterpart"
  | "framework"
  | "between"
  | "attack"
  | "serviceEntry"
  | "total"
  | "modal"
  | "perfect"
  | "alongside"
  | "pair"
  | "supplier"
  | "recipient"
  | "award"
  | "awardFrom"
  | "purchaseNoun"
  | "batch"
  | "marketBefore"
  | "marketLead"
  | "marketAfter"
  | "military"
  | `class:${SystemCategory}`
  | "designationMarker"
  | "standardMarker"
  | "continent"
  | "sourceCue"
  | "citation"
  | "speech"
  | "role"
  | "state";

export interface Gazetteer {
  countries: Map<string, CountryInfo>;
  systems: Map<string, SystemInfo>;
  organizations: Map<string, OrganizationInfo>;
  /** Organizations that make some system: firms whose country supplies what they sell. */
  makers: Set<string>;
  sources: Map<string, SourceInfo>;
  /** Countries, regions, systems, organizations and sources: one trie, so the longest name wins. */
  entities: TokenTrie;
  cues: TokenTrie;
  figures: FigureWords;
  givenNames: Set<string>;
  /**
   * System ids by the last word of their longer names (حاملة المروحيات ميسترال, PHA Mistral →
   * ميسترال, mistral): what a bare name stands for beside a class noun of another kind than its
   * own record's («حاملتي الطائرات من طراز ميسترال» are the ships, not the missile).
   */
  namesEnding: Map<string, string[]>;
  /** Currency names (currencies.json), normalized: "دولار أمريكي" is money, not the US. */
  currencyWords: Set<string>;
  /** Normalized small words of designations.json: between a class noun and its code, never starting a name. */
  designationWords: { fillers: Set<string>; leading: Set<string>; letterNames: Map<string, string> };
}

interface CountryAdditions {
  ar?: string[];
  en?: string[];
  fr?: string[];
  nisba?: string[];
  demonym?: string[];
  capitals?: string[];
  kingdom?: boolean;
}

interface AliasedRecord {
  id: string;
  aliases: string[];
}

const readJson = <T>(dir: string, file: string): T => {
  const path = join(dir, file);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`Gazetteer file ${path} could not be read: ${(error as Error).message}`);
  }
};

/** Arabic nisba forms from the masculine: مغربي → مغربي، مغربية، مغربيا، مغربيين، مغربيون (word by word). */
export function nisbaForms(masculine: string): string[] {
  const words = masculine.split(" ");
  return ["", "ة", "ا", "ين", "ون"].map((suffix) => words.map((word) => `${word}${suffix}`).join(" "));
}

/**
 * A Latin-script demonym with its plural (russe → russes, marocaine → marocaines, Russian →
 * Russians): "des chasseurs Su-57 russes" names Russia as surely as "russe" does.
 */
export function demonymForms(demonym: string): string[] {
  return /[sx]$/i.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

function loadCountries(dir: string, trie: TokenTrie): Map<string, CountryInfo> {
  const require = createRequire(import.meta.url);
  for (const lang of ["ar", "en", "fr"])
    countryNames.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const additions = readJson<Record<string, CountryAdditions | string>>(dir, "countries.json");
  const continents = readJson<Record<string, string[]>>(dir, "continents.json");
  const continentOf = new Map(
    Object.entries(continents).flatMap(([continent, codes]) =>
      continent.startsWith("_") ? [] : codes.map((code) => [code, continent] as const),
    ),
  );
  const countries = new Map<string, CountryInfo>();
  for (const code of Object.keys(countryNames.getAlpha2Codes())) {
    const extra = (additions[code] ?? {}) as CountryAdditions;
    const name = (lang: string) => countryNames.getName(code, lang) ?? code;
    countries.set(code, {
      code,
      nameEn: name("en"),
      nameAr: name("ar"),
      nameFr: name("fr"),
      continent: continentOf.get(code) ?? null,
      kingdom: extra.kingdom === true,
    });
    const add = (aliases: string[] | undefined, kind: Alias["kind"]) => {
      for (const alias of aliases ?? []) trie.add(parseAlias(alias, "country", code, kind));
    };
    add(extra.ar, "name");
    add(extra.en, "name");
    add(extra.fr, "name");
    add(extra.capitals, "capital");
    add(extra.demonym?.flatMap(demonymForms), "demonym");
    add(extra.nisba?.flatMap(nisbaForms), "demonym");
    // ISO names the curated data already lists (with its conditions, e.g. !مالي) are not added again.
    for (const lang of ["ar", "en", "fr"]) {
      for (const name of countryNames.getName(code, lang, { select: "all" }) ?? []) {
        const alias = parseAlias(name, "country", code, "name");
        if (!trie.has(alias)) trie.add(alias);
      }
    }
  }
  return countries;
}

/** Registers each record's aliases (the authoritative list: nameAr is display only). */
function loadAliased<T extends AliasedRecord>(
  trie: TokenTrie,
  records: T[],
  type: EntityKind,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    byId.set(record.id, record);
    for (const alias of record.aliases) trie.add(parseAlias(alias, type, record.id, "name"));
  }
  return byId;
}

const ARABIC = /\p{Script=Arabic}/u;

/** A system's Arabic display name: its first Arabic alias. */
function withArabicName(system: SystemInfo & AliasedRecord): SystemInfo & AliasedRecord {
  const arabic = system.aliases.find((alias) => ARABIC.test(alias));
  return {
    ...system,
    family: system.family ?? null,
    catalogued: true,
    nameAr: arabic ? arabic.replace(/^[~^!]/, "") : null,
  };
}

/** The JSON files of a gazetteer folder, in name order; an unreadable folder is an error naming it. */
function jsonFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .sort();
  } catch (error) {
    throw new Error(`Gazetteer folder ${folder} could not be read: ${(error as Error).message}`);
  }
}

/**
 * The catalogue: every systems/*.json, in name order. An id given twice, or a family that is not
 * in the catalogue, is an error naming the file — a typo would otherwise split one system in two.
 */
function readSystems(dir: string): (SystemInfo & AliasedRecord)[] {
  const folder = join(dir, "systems");
  const files = jsonFilesIn(folder);
  const fileOf = new Map<string, string>();
  const systems: (SystemInfo & AliasedRecord)[] = [];
  for (const file of files) {
    for (const system of readJson<{ systems: (SystemInfo & AliasedRecord)[] }>(folder, file).systems) {
      const earlier = fileOf.get(system.id);
      if (earlier)
        throw new Error(`Gazetteer: system id "${system.id}" is in ${earlier} and ${join(folder, file)}`);
      fileOf.set(system.id, join(folder, file));
      systems.push(withArabicName(system));
    }
  }
  for (const system of systems) {
    if (system.family && !fileOf.has(system.family))
      throw new Error(
        `Gazetteer: ${fileOf.get(system.id)}: family "${system.family}" of ${system.id} is not in the catalogue`,
      );
  }
  return splitStatedVariants(systems);
}

/** Words for a deal's figures (cues/*.json "figures"), as the files give them. */
export interface FigureWords {
  units: string[];
  numbers: Record<string, number>;
  duals: string[];
  designationWords: string[];
  scales: Record<string, number>;
  currencies: Record<string, string>;
  currencyGlue: string[];
  yearMarkers: string[];
  lamInitialNames: string[];
  /** A scale word standing alone for its amount (مليار دولار is one billion, ملياري two). */
  wordAmounts: Record<string, number>;
  /** Words before an advance payment: its amount is not the deal's value. */
  advanceWords: string[];
  /** Words shortly before a year that make it no year of order (since, expected, delivery). */
  yearBlockers: string[];
  /** Scale words only English writes, after which a comma groups thousands ("1,200 billion won"). */
  commaScales: string[];
  /** Scale words French and English share: a comma groups thousands before them only after a currency sign ("$1,500 million"). */
  signedCommaScales: string[];
  /** Words joining the two ends of a range of counts ("6 to 14", "de 6 à 14", «بين 6 و14»). */
  rangeWords: string[];
  /** Words opening a range whose ends "and" joins ("between 35 and 40 billion", «بين 35 و40 مليار»). */
  rangeOpeners: string[];
  /** Currency codes written before the number, as a sign is ("Rs 3,571 crore", "KRW3.4 trillion"). */
  currencyPrefixes: Record<string, string>;
  /** Words between an amount and its conversion into another currency ("$500m or Rs 3,571 crore", «أي ما يعادل»). */
  equivalenceWords: string[];
}

interface CueFile {
  kinds: Record<string, string[]>;
  statuses: Record<string, string[]>;
  natures?: Record<string, string[]>;
  exerciseStatuses?: Record<string, string[]>;
  figures: FigureWords;
  [list: string]: unknown;
}

const CUE_LISTS: Record<string, CueCategory> = {
  futureMarkers: "future",
  futureAfter: "futureAfter",
  conditionalMarkers: "conditional",
  provisionWords: "provision",
  negations: "negation",
  concessionMarkers: "concession",
  receiveVerbs: "receive",
  counterpartMarkers: "counterpart",
  frameworkWords: "framework",
  pairBetween: "between",
  attackVerbs: "attack",
  serviceEntries: "serviceEntry",
  runningTotals: "total",
  modalMarkers: "modal",
  perfectMarkers: "perfect",
  alongside: "alongside",
  pairWords: "pair",
  supplierMarkers: "supplier",
  recipientMarkers: "recipient",
  awardNouns: "award",
  awardPrepositions: "awardFrom",
  purchaseNouns: "purchaseNoun",
  batchWords: "batch",
  marketBefore: "marketBefore",
  marketLead: "marketLead",
  marketAfter: "marketAfter",
  militaryContext: "military",
  continentAdjectives: "continent",
  sourceCues: "sourceCue",
  citationCues: "citation",
  speechVerbs: "speech",
  roleWords: "role",
  stateWords: "state",
  battlefieldVerbs: "battlefield",
  battlefieldPrepositions: "battlefieldIn",
  placeWords: "place",
  venueWords: "venue",
  backdropMarkers: "backdrop",
  backdropAfter: "backdropAfter",
  partnerWords: "partner",
  listJoiners: "listJoin",
  outletWords: "outlet",
  packageWords: "package",
  ordinals: "ordinal",
  priorMarkers: "prior",
  anaphors: "anaphor",
  articles: "article",
  agentMarkers: "agent",
  makerMarkers: "maker",
  accusationVerbs: "accuse",
  buyVerbs: "buy",
  replaceWords: "replace",
};

interface DesignationFile {
  nouns: Record<string, string[]>;
  generic: string[];
  markers: string[];
  standards: string[];
  fillers: string[];
  leading: string[];
  letterNames: Record<string, string>;
}

/** Every language's cue file under cues/ (ar.json, en.json, fr.json …), merged into one trie. */
function loadCues(dir: string, designations: DesignationFile): { cues: TokenTrie; figures: FigureWords } {
  const folder = join(dir, "cues");
  const files = jsonFilesIn(folder);
  const trie = new TokenTrie();
  const addAll = (phrases: string[] | undefined, category: CueCategory) => {
    for (const phrase of phrases ?? [])
      trie.add(parseAlias(phrase, "cue", category, "name", { allowPrefix: true, anyCase: true }));
  };
  const figures: FigureWords = {
    units: [],
    numbers: {},
    duals: [],
    designationWords: [],
    scales: {},
    currencies: {},
    currencyGlue: [],
    yearMarkers: [],
    lamInitialNames: [],
    wordAmounts: {},
    advanceWords: [],
    yearBlockers: [],
    commaScales: [],
    signedCommaScales: [],
    rangeWords: [],
    rangeOpeners: [],
    currencyPrefixes: {},
    equivalenceWords: [],
  };
  for (const file of files) {
    const cues = readJson<CueFile>(folder, file);
    for (const [kind, phrases] of Object.entries(cues.kinds ?? {})) addAll(phrases, `kind:${kind}`);
    for (const [status, phrases] of Object.entries(cues.statuses ?? {})) addAll(phrases, `status:${status}`);
    for (const [nature, phrases] of Object.entries(cues.natures ?? {})) addAll(phrases, `nature:${nature}`);
    for (const [status, phrases] of Object.entries(cues.exerciseStatuses ?? {}))
      addAll(phrases, `exercise:${status}`);
    for (const [list, category] of Object.entries(CUE_LISTS))
      addAll(cues[list] as string[] | undefined, category);
    const words = cues.figures;
    if (!words) continue;
    for (const key of [
      "units",
      "duals",
      "designationWords",
      "currencyGlue",
      "yearMarkers",
      "lamInitialNames",
      "advanceWords",
      "yearBlockers",
      "commaScales",
      "signedCommaScales",
      "rangeWords",
      "rangeOpeners",
      "equivalenceWords",
    ] as const)
      figures[key].push(...(words[key] ?? []));
    Object.assign(figures.numbers, words.numbers);
    Object.assign(figures.scales, words.scales);
    Object.assign(figures.currencies, words.currencies);
    Object.assign(figures.currencyPrefixes, words.currencyPrefixes);
    Object.assign(figures.wordAmounts, words.wordAmounts);
  }
  // Class nouns and model markers (designations.json): context for ~ aliases and uncatalogued designations.
  for (const [category, nouns] of Object.entries(designations.nouns)) {
    if (!(SYSTEM_CATEGORIES as readonly string[]).includes(category))
      throw new Error(`Gazetteer: designations.json: "${category}" is not a system category`);
    addAll(nouns, `class:${category as SystemCategory}`);
  }
  addAll(designations.generic, "class:other");
  addAll(designations.markers, "designationMarker");
  addAll(designations.standards, "standardMarker");
  return { cues: trie, figures };
}

/** System ids by the last word, without a digit, of each alias of two words or more. */
function namesByLastWord(systems: AliasedRecord[]): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const system of systems)
    for (const alias of system.aliases) {
      const keys = phraseKeys(alias.replace(/^[~^!]/, ""));
      const last = keys.at(-1);
      if (keys.length < 2 || !last || /\d/.test(last)) continue;
      const ids = byWord.get(last) ?? [];
      if (!ids.includes(system.id)) byWord.set(last, [...ids, system.id]);
    }
  return byWord;
}

/** Reads and compiles the gazetteer in `dir` (seeds/gazetteer by default). */
export function loadGazetteer(dir = GAZETTEER_DIR): Gazetteer {
  const entities = new TokenTrie();
  const regions = readJson<{ phrases: string[] }>(dir, "regions.json");
  for (const phrase of regions.phrases) entities.add(parseAlias(phrase, "region", phrase, "name"));
  const systems = readSystems(dir);
  const organizations = readJson<{ organizations: (OrganizationInfo & AliasedRecord)[] }>(
    dir,
    "organizations.json",
  );
  const sources = readJson<{ sources: (SourceInfo & AliasedRecord)[] }>(dir, "outlets.json");
  const names = readJson<{ givenNames: string[] }>(dir, "names.json");
  const currencies = readJson<{ words: string[] }>(dir, "currencies.json");
  const designations = readJson<DesignationFile>(dir, "designations.json");
  const normalized = (words: string[]) => new Set(words.flatMap(phraseKeys));
  const respelled = withRespellings(systems);
  const gazetteer: Gazetteer = {
    countries: loadCountries(dir, entities),
    systems: loadAliased(entities, respelled, "system"),
    organizations: loadAliased(entities, organizations.organizations, "organization"),
    makers: new Set(systems.flatMap((system) => (system.maker ? [system.maker] : []))),
    sources: loadAliased(entities, sources.sources, "source"),
    entities,
    ...loadCues(dir, designations),
    givenNames: new Set(
      names.givenNames.map((name) => phraseKeys(name).join(" ") || normalizeLatinWord(name)),
    ),
    namesEnding: namesByLastWord(respelled),
    currencyWords: normalized(currencies.words),
    designationWords: {
      fillers: normalized(designations.fillers),
      leading: normalized(designations.leading),
      letterNames: new Map(
        Object.entries(designations.letterNames).map(([name, letter]) => [
          phraseKeys(name).join(" "),
          letter,
        ]),
      ),
    },
  };
  return gazetteer;
}

let shared: Gazetteer | undefined;

/** The gazetteer under seeds/gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  shared ??= loadGazetteer();
  return shared;
}
