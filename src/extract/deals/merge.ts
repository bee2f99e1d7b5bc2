/**
 * Merging candidates into deals. One sentence, one status per deal; then one deal per id and
 * stated status across the article, the best evidence kept; a candidate without any status cue
 * never creates a deal, it only adds detail to one another clause stated — precision matters
 * more than recall in an analyst's graph.
 */
import { DEAL_STATUSES } from "../gazetteer.js";
import type { Candidate, Details } from "./types.js";

/**
 * Whether two mentions can be one contract: not when they state different order years,
 * quantities, values ("a $245m contract in 2022 … and a later $155m one"), systems or suppliers (or recipients: an offset the seller buys back is not the
 * sale), or one is an upgrade and the other a purchase, or one a framework contract and the other
 * not (the executive contracts under a framework are contracts of their own; a follow-on order is an order: the
 * headline's "additional" and the body's "bought" are one) — one article may report an order of
 * 2008, an approval of 2019 and an upgrade of the fleet for one pair and family.
 */
/** Two stated facts differ: both stated, and not alike. */
const differ = <T>(x: T | null, y: T | null) => x !== null && y !== null && x !== y;

function compatible(a: Candidate, b: Candidate): boolean {
  const upgrades = (deal: Candidate) => (deal.nature === null ? null : deal.nature === "upgrade");
  return (
    !differ(a.year, b.year) &&
    !differ(upgrades(a), upgrades(b)) &&
    !differ(a.quantity, b.quantity) &&
    !differ(moneyKey(a), moneyKey(b)) &&
    !differ(a.supplier, b.supplier) &&
    !differ(a.recipient, b.recipient) &&
    Boolean(a.framework) === Boolean(b.framework) &&
    !(a.systemIds.length > 0 && b.systemIds.length > 0 && a.systemIds.join() !== b.systemIds.join())
  );
}

/** A stated value as one comparable key: amount and currency. */
function moneyKey(deal: Candidate): string | null {
  return deal.value ? `${deal.value.amount} ${deal.value.currency}` : null;
}

function sameParties(a: Candidate, b: Candidate): boolean {
  return a.parties.join() === b.parties.join();
}

export function addDetail(target: Candidate, from: Details): void {
  target.quantity ??= from.quantity;
  target.value ??= from.value;
  target.year ??= from.year;
}

/** Stages a sentence naming no party moves a deal on from: a purchase agreed or negotiated. */
const SIGNABLE: Candidate["status"][] = ["under negotiation", "agreed"];

/**
 * "Poland agreed to buy 180 K2 tanks … The contract was signed in a ceremony on Friday": a
 * sentence about the deal before it that names no party and states the signing moves that deal
 * on to signed — not when its own figures differ (another contract).
 */
export function addSigning(target: Candidate, status: Candidate["status"], from: Details): void {
  if (status !== "signed" || !SIGNABLE.includes(target.status)) return;
  if (
    differ(target.quantity, from.quantity) ||
    differ(target.value?.amount ?? null, from.value?.amount ?? null)
  )
    return;
  target.status = status;
}

/** The more specific nature: a follow-on order is an order. */
function addNature(target: Candidate, from: Candidate): void {
  if (target.nature === null || (target.nature === "order" && from.nature === "follow-on"))
    target.nature = from.nature;
}

/** Roles another mention of the same deal states, where the deal has none yet. */
function addRoles(target: Candidate, from: Candidate): void {
  if (target.supplier || target.recipient || !sameParties(target, from)) return;
  target.supplier = from.supplier;
  target.recipient = from.recipient;
}

/** A deal that `candidate` restates: the same id, or the same parties and kind when it names no system. */
function twinOf(kept: Candidate[], candidate: Candidate, sameStatus: boolean): Candidate | undefined {
  const matches = (deal: Candidate) =>
    (!sameStatus || deal.status === candidate.status) && compatible(deal, candidate);
  return (
    kept.find((deal) => deal.id === candidate.id && matches(deal)) ??
    (candidate.systemIds.length === 0
      ? kept.find((deal) => sameParties(deal, candidate) && deal.kind === candidate.kind && matches(deal))
      : undefined)
  );
}

/** Whether a deal's own words name cooperation ("military cooperation agreement", «اتفاقية تعاون»). */
export type CooperationTest = (deal: Candidate) => boolean;

/**
 * One deal per id and stated status, the best evidence kept. Candidates naming systems go
 * first, so that "Morocco nears buying a Russian weapon" folds into the S-400 deal it is
 * about; status-less candidates only add detail — except an exercise, which is reported as
 * it happens ("انطلقت مناورات الأسد الإفريقي", "ont lancé des manœuvres conjointes") and is
 * kept with status unknown when no report states one, and a candidate whose clause implies a
 * stage (`impliedStatus`), kept with it when no twin states one.
 */
export function merge(candidates: Candidate[], namesCooperation: CooperationTest): Candidate[] {
  const kept: Candidate[] = [];
  const stated = candidates.filter((c) => c.status !== null);
  const ordered = [
    ...stated.filter((c) => c.systemIds.length > 0),
    ...stated.filter((c) => c.systemIds.length === 0),
  ];
  for (const candidate of ordered) {
    const twin = twinOf(kept, candidate, true);
    if (!twin) {
      kept.push({ ...candidate });
      continue;
    }
    if (candidate.evidenceRank < twin.evidenceRank) {
      Object.assign(twin, {
        evidence: candidate.evidence,
        start: candidate.start,
        end: candidate.end,
        evidenceRank: candidate.evidenceRank,
      });
    }
    addDetail(twin, candidate);
    addNature(twin, candidate);
    addRoles(twin, candidate);
  }
  const unstated = candidates
    .filter((c) => c.status === null)
    .sort((a, b) => a.evidenceRank - b.evidenceRank);
  for (const candidate of unstated) {
    const target = twinOf(kept, candidate, false) ?? exerciseIncluding(kept, candidate);
    if (target) {
      addDetail(target, candidate);
      addRoles(target, candidate);
    } else if (candidate.kind === "exercise") kept.push({ ...candidate });
    else if (candidate.impliedStatus) kept.push({ ...candidate, status: candidate.impliedStatus });
  }
  return withSigningsFolded(
    withoutHeadlineTwins(
      withoutExerciseParts(withoutAgreementTwins(withoutCoProductionTwins(kept), namesCooperation)),
    ),
  )
    .map(withoutExerciseCount)
    .sort((a, b) => a.start - b.start);
}

/**
 * "Poland agreed to buy 180 K2 tanks … The two countries signed the contract at a ceremony":
 * a signing reported after the agreement of the same deal, stating nothing that tells them
 * apart, is that deal's next stage — one deal, signed (not after talks: «بصدد وضع اللمسات
 * الأخيرة على اتفاقية» and "the first agreement, signed years ago" are two).
 */
function withSigningsFolded(kept: Candidate[]): Candidate[] {
  const folded = new Set<Candidate>();
  for (const signing of kept) {
    if (signing.status !== "signed") continue;
    const earlier = kept.find(
      (deal) =>
        !folded.has(deal) &&
        deal.id === signing.id &&
        deal.status === "agreed" &&
        deal.start < signing.start &&
        compatible(deal, signing),
    );
    if (!earlier) continue;
    earlier.status = "signed";
    addDetail(earlier, signing);
    addNature(earlier, signing);
    folded.add(signing);
  }
  return kept.filter((deal) => !folded.has(deal));
}

/** "Two units took part in the exercise": who took part is no deal's quantity. */
function withoutExerciseCount(deal: Candidate): Candidate {
  return deal.kind === "exercise" && deal.quantity !== null ? { ...deal, quantity: null } : deal;
}

/**
 * One sentence, one status per deal: "تسلمت مصر دفعة من رافال، في إطار صفقة وقعتها مع باريس عام
 * 2021" reports a delivery; the signing is the deal's history, which adds its year and quantity.
 */
export function oneStatusPerDeal(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of withoutSideDeals(found)) {
    const index = kept.findIndex((deal) => sameDeal(deal, candidate) || deliveryOf(deal, candidate));
    const known = kept[index];
    // Equal statuses stay apart: merging them later keeps the best evidence.
    if (!known || known.status === null || candidate.status === null || known.status === candidate.status) {
      kept.push(candidate);
      continue;
    }
    const [ahead, behind] =
      DEAL_STATUSES.indexOf(candidate.status) > DEAL_STATUSES.indexOf(known.status)
        ? [candidate, known]
        : [known, candidate];
    // The year of the order, not of its delivery.
    if (behind.status === "signed" && behind.year !== null) ahead.year = behind.year;
    addDetail(ahead, behind);
    addNature(ahead, behind);
    addRoles(ahead, behind);
    if (ahead.systemIds.length === 0) Object.assign(ahead, { id: behind.id, systemIds: behind.systemIds });
    kept[index] = ahead;
  }
  return kept;
}

/**
 * How much of a contract a kind names: a purchase, a co-production or an exercise is the
 * deal; an agreement is its paperwork; training and transfer are what a contract covers.
 */
const CONTRACT_RANK: Record<string, number> = {
  acquisition: 2,
  "co-production": 2,
  exercise: 2,
  "cooperation agreement": 1,
  training: 0,
  transfer: 0,
};

/**
 * One sentence, one contract per pair: "signed a contract to buy 80 Rafale, with training and
 * maintenance", "l'accord porte sur la formation", "تم الاتفاق على المناورة" — the agreement,
 * training or transfer a sentence names beside a weightier deal of the same parties is an item
 * or the paperwork of that deal, not a deal of its own. Its stage, when further along, is the
 * deal's.
 */
const stageOf = (status: Candidate["status"] & string) => DEAL_STATUSES.indexOf(status);

function withoutSideDeals(found: Candidate[]): Candidate[] {
  const rank = (deal: Candidate) => CONTRACT_RANK[deal.kind] ?? 2;
  return found.filter((side) => {
    const main = found.find((deal) => rank(deal) > rank(side) && sameParties(deal, side));
    if (!main) return true;
    // "وقعتا الاتفاقية، ووافقت بموجبها على بيع …": the agreement signed makes the purchase signed.
    if (side.status !== null && (main.status === null || stageOf(side.status) > stageOf(main.status)))
      main.status = side.status;
    return false;
  });
}

/**
 * "Egypt ordered two submarines in 2006; they were delivered in 2010": in one sentence, the
 * delivery of the order beside it, though it dates itself — its year is the delivery's.
 */
function deliveryOf(a: Candidate, b: Candidate): boolean {
  const [order, delivery] = a.status === "delivered" ? [b, a] : [a, b];
  if (order.status !== "signed" || delivery.status !== "delivered" || order.id !== delivery.id) return false;
  return compatible({ ...delivery, year: null }, order);
}

/** Two mentions of one deal: the same id, or the same parties and kind where one names no system. */
function sameDeal(a: Candidate, b: Candidate): boolean {
  if (!compatible(a, b)) return false;
  if (a.id === b.id) return true;
  return a.kind === b.kind && sameParties(a, b) && (a.systemIds.length === 0 || b.systemIds.length === 0);
}

/** The exercise already kept whose parties include all of `candidate`'s (a headline naming two of four). */
function exerciseIncluding(kept: Candidate[], candidate: Candidate): Candidate | undefined {
  if (candidate.kind !== "exercise") return undefined;
  return kept.find(
    (deal) => deal.kind === "exercise" && candidate.parties.every((code) => deal.parties.includes(code)),
  );
}

/**
 * "انطلاق مناورات الأسد الإفريقي بمشاركة المغرب والولايات المتحدة" over "… بمشاركة القوات المغربية
 * والأمريكية، إلى جانب وحدات من تونس والسنغال": a headline's exercise at the same stage naming
 * some of the participants of the body's is that exercise.
 */
function withoutExerciseParts(kept: Candidate[]): Candidate[] {
  const HEADLINE = 1;
  return kept.filter(
    (part) =>
      part.kind !== "exercise" ||
      part.evidenceRank !== HEADLINE ||
      !kept.some(
        (whole) =>
          whole !== part &&
          whole.kind === "exercise" &&
          whole.status === part.status &&
          whole.parties.length > part.parties.length &&
          part.parties.every((code) => whole.parties.includes(code)) &&
          compatible(whole, part),
      ),
  );
}

/**
 * "Saudi Arabia and Turkey agreed to jointly produce the KAAN …, in a deal that would see part
 * of the assembly in the kingdom": the word "deal" in the co-production's own sentence is not a
 * second deal, a purchase of the same system by the same parties.
 */
function withoutCoProductionTwins(kept: Candidate[]): Candidate[] {
  const coProductions = kept.filter((deal) => deal.kind === "co-production");
  return kept.filter(
    (deal) =>
      deal.kind !== "acquisition" ||
      !coProductions.some(
        (twin) =>
          sameParties(twin, deal) &&
          twin.systemIds.join() === deal.systemIds.join() &&
          twin.start < deal.end &&
          deal.start < twin.end,
      ),
  );
}

/**
 * "Iraq agreed with Airbus to buy 12 H225M …; the agreement was signed by …": an agreement of
 * the parties of a purchase that names its system, or names none in the purchase's own words or
 * the clause right after them, is the purchase's contract, not a cooperation agreement of its own.
 * So is one naming no system and no cooperation anywhere in the article ("Russia and Indonesia
 * signed this treaty", a headline's «إبرام اتفاق بين طهران وموسكو», "l'accord
 * inter-gouvernemental … signé avant" the order): a military cooperation agreement says so. Its
 * later stage is the purchase's (the agreement signed makes the purchase signed).
 */
function withoutAgreementTwins(kept: Candidate[], namesCooperation: CooperationTest): Candidate[] {
  // Characters between a clause and the next ("، ", ", ").
  const NEXT_CLAUSE = 2;
  const purchases = kept.filter((deal) => deal.kind === "acquisition");
  const paperworkOf = (deal: Candidate, other: Candidate) =>
    deal.systemIds.length > 0
      ? deal.systemIds.every((id) => other.systemIds.includes(id))
      : (other.start < deal.end && deal.start <= other.end + NEXT_CLAUSE) ||
        (!namesCooperation(deal) && compatible(other, deal));
  return kept.filter((deal) => {
    if (deal.kind !== "cooperation agreement") return true;
    // A framework agreement is no paperwork of an executive contract under it.
    const purchase = purchases.find(
      (other) =>
        sameParties(other, deal) &&
        Boolean(other.framework) === Boolean(deal.framework) &&
        paperworkOf(deal, other),
    );
    if (!purchase) return true;
    addDetail(purchase, deal);
    if (
      purchase.status !== null &&
      deal.status !== null &&
      DEAL_STATUSES.indexOf(deal.status) > DEAL_STATUSES.indexOf(purchase.status)
    )
      purchase.status = deal.status;
    return false;
  });
}

/**
 * A headline restating a deal the body states ("Turkey to supply TB2 drones to Morocco" over
 * "Ankara has agreed to sell 13 …") is not a second status: the body's words win, the
 * headline only adds detail.
 */
function withoutHeadlineTwins(kept: Candidate[]): Candidate[] {
  const HEADLINE = 1;
  return kept.filter((deal) => {
    if (deal.evidenceRank !== HEADLINE) return true;
    const body = kept.find((other) => other.id === deal.id && other.evidenceRank !== HEADLINE);
    if (body) addDetail(body, deal);
    return !body;
  });
}
