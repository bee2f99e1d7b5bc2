/**
 * Deal frames of real reporting read in session 10, each in the languages it occurs in; every
 * sentence is our own.
 *
 * Values: an amount followed by its conversion into another currency — in brackets, after "or",
 * "soit", «أي ما يعادل» — is one value, the first-stated one ("KRW3.4 trillion (US$2.6 billion)");
 * a range of amounts ("de 2 à 2,5 milliards", "between $4 billion and $5 billion", «بين 35 و40
 * مليار») states no value; Indian copy counts in crore and lakh after "Rs"; a currency code may
 * stand before the number ("KRW3.4 trillion", "USD 2 billion"); a hyphen may join the number to
 * its scale ("$500-million").
 */
import { checkFrames, type Frame } from "./frame-harness.js";

const CONVERSIONS: Frame[] = [
  {
    name: "en: a conversion in brackets after the value",
    text: "Warsaw orders more guns\nPoland signed a KRW2.1 trillion (US$1.6 billion) contract with South Korea for 96 K9 howitzers.",
    deals: ["KR>PL acquisition signed systems=k9 q=96 v=2100000000000"],
  },
  {
    name: "en: a bracketed conversion a word after the value",
    text: "Delhi orders frigates\nIndia signed a $300-million deal (Rs 2,480 crore) with Russia for 12 Su-30 fighters.",
    deals: ["RU>IN acquisition signed systems=su-30 q=12 v=300000000"],
  },
  {
    name: "fr: a conversion after « soit »",
    text: "Athènes commande\nLa Grèce a signé avec la France un contrat de 3 milliards d'euros soit 3,3 milliards de dollars pour trois frégates FDI.",
    deals: ["FR>GR acquisition signed systems=fdi q=3 v=3000000000"],
  },
  {
    name: "ar: a conversion in brackets",
    text: "القاهرة تعزز أسطولها\nوقعت مصر عقدا مع فرنسا بقيمة 4 مليارات يورو (4.4 مليار دولار) لشراء 30 مقاتلة رافال.",
    deals: ["FR>EG acquisition signed systems=rafale q=30 v=4000000000"],
  },
  {
    name: "en: two values of one currency are still two",
    text: "Cairo buys\nEgypt signed a $2 billion deal with France for 24 Rafale jets and $3 billion for their missiles.",
    deals: ["FR>EG acquisition signed systems=rafale q=24 v=null"],
  },
];

checkFrames(CONVERSIONS);

const RANGES_AND_SIGNS: Frame[] = [
  {
    name: "fr: a range of amounts is no value",
    text: "Ankara signe\nLa Turquie a signé avec la Russie un contrat de 2 milliards à 2,5 milliards d'euros pour des S-400.",
    deals: ["RU>TR acquisition signed systems=s-400 v=null"],
  },
  {
    name: "en: a range between two amounts is no value",
    text: "Cairo buys\nEgypt signed a deal with France worth between 4 and 5 billion dollars for 24 Rafale jets.",
    deals: ["FR>EG acquisition signed systems=rafale q=24 v=null"],
  },
  {
    name: "ar: a range between two amounts is no value",
    text: "أبوظبي تشتري\nوقعت الإمارات عقودا مع الولايات المتحدة لشراء منظومات ثاد تتراوح قيمتها بين 20 و25 مليار دولار.",
    deals: ["US>AE acquisition signed systems=thaad v=null"],
  },
  {
    name: "en: two parts of one amount are not a range",
    text: "Cairo buys\nEgypt signed a deal with France worth 5 billion and 200 million euros for 24 Rafale jets.",
    deals: ["FR>EG acquisition signed systems=rafale q=24 v=5200000000"],
  },
  {
    name: "en: rupees in crore after Rs",
    text: "Delhi buys air defence\nIndia signed a Rs 39,000 crore deal with Russia for the S-400 systems.",
    deals: ["RU>IN acquisition signed systems=s-400 v=390000000000"],
  },
];

checkFrames(RANGES_AND_SIGNS);

/**
 * Stages: a denial the text concedes ("despite the minister's denial", «رغم نفي», "malgré le
 * démenti") denies nothing; speculation (تكهنات) is a rumour; a contract "for the supply of" is
 * signed, not delivered; «بالتقدم بطلب لشراء» is a request.
 */
const STAGES: Frame[] = [
  {
    name: "ar: a conceded denial is no denial",
    text: "زيارة نادرة\nتتزايد التكهنات حول صفقة لشراء باكستان 30 مقاتلة J-35A من الصين. وتبقى الصفقة قائمة رغم نفي وزير الدفاع الباكستاني.",
    deals: ["CN>PK acquisition rumoured systems=j-35a q=30"],
  },
  {
    name: "en: a conceded denial is no denial",
    text: "A rare visit\nReports suggest Pakistan will buy 30 J-35A fighters from China. The talks go on, the paper says, despite Islamabad having denied them.",
    deals: ["CN>PK acquisition rumoured systems=j-35a q=30"],
  },
  {
    name: "fr: a conceded denial is no denial",
    text: "Une visite rare\nLe Pakistan pourrait acheter 30 chasseurs J-35A à la Chine. Les discussions continuent malgré le démenti du ministre pakistanais.",
    deals: ["CN>PK acquisition rumoured systems=j-35a q=30"],
  },
  {
    name: "en: a contract for the supply of is signed",
    text: "Rockets for Warsaw\nHanwha signed a contract, worth US$1.2 billion, with Poland for the supply of Chunmoo launchers.",
    deals: ["KR>PL acquisition signed systems=k239-chunmoo v=1200000000"],
  },
  {
    name: "ar: a request to buy by a verbal noun",
    text: "طلب سعودي\nكشف الرئيس التركي عن قيام السعودية بالتقدم بطلب لشراء طائرات مسيرة من تركيا.",
    deals: ["TR>SA acquisition under negotiation"],
  },
];

checkFrames(STAGES);

/**
 * Roles: the subject of a receiving verb ("Morocco has already received", "le Maroc a reçu",
 * «المغرب تسلم») receives — never the supplier of another buyer named beside it; the country
 * that sends a request ("received a request from Egypt", «طلبا من مصر», "une demande de
 * l'Égypte") is the buyer, not the seller.
 */
const RECEIVERS: Frame[] = [
  {
    name: "ar: the subject of a receipt is no supplier of the other buyer",
    text: "مسيرات\nوقالت مصادر إن المغرب تسلم بالفعل أول شحنة من الطائرات المسيرة في مايو، في حين أن جدول التسليم لإثيوبيا غير معروف.",
    deals: [],
  },
  {
    name: "en: the subject of a receipt is no supplier of the other buyer",
    text: "Drones\nSources said Morocco has already received a first batch of drones in May, while the schedule of deliveries to Ethiopia is unknown.",
    deals: [],
  },
  {
    name: "fr: the subject of a receipt is no supplier of the other buyer",
    text: "Drones\nLe Maroc a reçu en mai un premier lot de drones, tandis que le calendrier des livraisons à l'Éthiopie reste inconnu.",
    deals: [],
  },
  {
    name: "en: the sender of a request is the buyer",
    text: "Cairo asks\nRussia received a request from Egypt for 24 Su-35 fighters.",
    deals: ["RU>EG acquisition under negotiation systems=su-35 q=24"],
  },
  {
    name: "fr: the sender of a request is the buyer",
    text: "Le Caire demande\nLa Russie a reçu une demande de l'Égypte pour 24 Su-35.",
    deals: ["RU>EG acquisition under negotiation systems=su-35 q=24"],
  },
];

checkFrames(RECEIVERS);

/**
 * A deal told without its verb after one told in full («… ومع فرنسا صفقة لشراء 24 رافال», "…,
 * and a deal with Russia for 46 MiG-29", "…, et avec l'Algérie un contrat pour 14 Su-57"): the
 * counterpart after "with" is the new side, the subject before keeps its side and lends its
 * stage. A sentence naming another country never hands its systems to the deal before it.
 */
const ELIDED: Frame[] = [
  {
    name: "ar: a deal told without its verb in the next sentence",
    text: "القاهرة تنوع مصادرها\nوقعت مصر عقدا مع روسيا لشراء 46 مقاتلة ميغ-29. ومع فرنسا صفقة لشراء 24 طائرة رافال.",
    deals: ["RU>EG acquisition signed systems=mig-29 q=46", "FR>EG acquisition signed systems=rafale q=24"],
  },
  {
    name: "en: a deal told without its verb in the next clause",
    text: "Cairo diversifies\nEgypt signed a $2 billion deal with France for 24 Rafale jets, and a deal with Russia for 46 MiG-29 fighters.",
    deals: ["FR>EG acquisition signed systems=rafale q=24", "RU>EG acquisition signed systems=mig-29 q=46"],
  },
  {
    name: "fr: a seller's second buyer told without the verb",
    text: "Moscou exporte\nLa Russie a signé un contrat avec l'Égypte pour 46 MiG-29, et avec l'Algérie un contrat pour 14 Su-57.",
    deals: ["RU>EG acquisition signed systems=mig-29 q=46", "RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "ar: a seller's second buyer told without the verb",
    text: "موسكو تصدر\nوقعت روسيا عقدا مع مصر لتوريد 46 مقاتلة ميغ-29، ومع الجزائر صفقة لبيع 14 مقاتلة سو-57.",
    deals: ["RU>EG acquisition signed systems=mig-29 q=46", "RU>DZ acquisition signed systems=su-57 q=14"],
  },
];

checkFrames(ELIDED);

/**
 * Makers are no buyers: the members a consortium phrase lists ("consortium members Germany,
 * Italy and Spain", «أعضاء كونسورتيوم يوروفايتر، ألمانيا وإيطاليا وإسبانيا», "les membres du
 * consortium, l'Allemagne, l'Italie et l'Espagne"), and a rival's make in brackets after its
 * system ("the F-16 (United States)", «إف-16 (الولايات المتحدة)», "le F-16 (États-Unis)").
 */
const MAKERS: Frame[] = [
  {
    name: "ar: a consortium's members after its system's name are no buyers",
    text: "أنقرة تشتري\nوقعت تركيا وبريطانيا اتفاقا لشراء 20 طائرة يوروفايتر تايفون، بموافقة أعضاء كونسورتيوم يوروفايتر، ألمانيا وإيطاليا وإسبانيا.",
    deals: ["GB>TR acquisition signed systems=typhoon q=20"],
  },
  {
    name: "fr: a consortium's members are no buyers",
    text: "Ankara achète\nLa Turquie a signé avec le Royaume-Uni un contrat pour 20 Eurofighter Typhoon, avec l'accord des membres du consortium, l'Allemagne, l'Italie et l'Espagne.",
    deals: ["GB>TR acquisition signed systems=typhoon q=20"],
  },
  {
    name: "en: a rival's make in brackets is no buyer",
    text: "Cairo chooses\nEgypt chose the Rafale over the F-16 (United States) and signed a contract with France for 24 jets.",
    deals: ["FR>EG acquisition signed q=24"],
  },
  {
    name: "ar: a rival's make in brackets is no buyer",
    text: "القاهرة تختار\nاختارت مصر مقاتلات رافال بدلا من مقاتلات إف-16 (الولايات المتحدة) ووقعت عقدا مع فرنسا لشراء 24 طائرة.",
    deals: ["FR>EG acquisition signed q=24"],
  },
  {
    name: "fr: a rival's make in brackets is no buyer",
    text: "Le Caire choisit\nL'Égypte a préféré le Rafale au F-16 (États-Unis) et a signé un contrat avec la France pour 24 avions.",
    deals: ["FR>EG acquisition signed q=24"],
  },
];

checkFrames(MAKERS);

/**
 * A framework contract ("framework agreement", "contrat-cadre", «الاتفاقية الإطارية»; cue list
 * frameworkWords) is not the executive contract signed under it: a sentence about the framework
 * lends it no figures, and a framework naming its own buys is a purchase of its own.
 */
const FRAMEWORKS: Frame[] = [
  {
    name: "fr: a framework's value is not the executive contract's",
    text: "Varsovie\nLa Pologne a signé avec la Corée du Sud un contrat pour 180 chars K2. Pour rappel, un contrat-cadre de 14 milliards d'euros avait été signé en juillet.",
    deals: ["KR>PL acquisition signed systems=k2 q=180 v=null"],
  },
  {
    name: "ar: a framework's value is not the executive contract's",
    text: "وارسو\nوقعت بولندا عقدا مع كوريا الجنوبية لشراء 180 دبابة K2. وكانت الاتفاقية الإطارية الموقعة في يوليو بقيمة 14 مليار يورو.",
    deals: ["KR>PL acquisition signed systems=k2 q=180 v=null"],
  },
  {
    name: "en: a framework's value is not the executive contract's",
    text: "Warsaw\nPoland signed a contract with South Korea for 180 K2 tanks. The framework agreement signed in July was worth 14 billion euros.",
    deals: ["KR>PL acquisition signed systems=k2 q=180 v=null"],
  },
  {
    name: "en: a framework agreement naming its buys is a purchase of its own",
    text: "Warsaw\nPoland signed a contract with South Korea for 152 K9 howitzers. Poland and South Korea had signed a framework agreement in July for 672 K9 howitzers.",
    deals: ["KR>PL acquisition signed systems=k9 q=152", "KR>PL acquisition signed systems=k9 q=672"],
  },
];

checkFrames(FRAMEWORKS);

/**
 * A deal named by its two sides ("the deal between Turkey and Ethiopia", «الصفقة بين تركيا
 * وإثيوبيا», "le contrat entre la Turquie et l'Éthiopie") is theirs: the countries asking to
 * freeze it are no parties. Importing is buying ("to import two warships from Russia",
 * «لاستيراد فرقاطتين من روسيا»).
 */
const SIDES_AND_IMPORTS: Frame[] = [
  {
    name: "ar: the countries asking to freeze a deal are no parties",
    text: "مسيرات تركية\nطلبت مصر من الولايات المتحدة المساعدة في تجميد الصفقة بين تركيا وإثيوبيا لشراء طائرات بيرقدار TB2.",
    deals: ["TR>ET acquisition cancelled systems=bayraktar-tb2"],
    notCountries: ["EG"],
  },
  {
    name: "fr: the countries asking to freeze a deal are no parties",
    text: "Drones turcs\nL'Égypte a demandé aux États-Unis de geler le contrat entre la Turquie et l'Éthiopie pour des drones Bayraktar TB2.",
    deals: ["TR>ET acquisition under negotiation systems=bayraktar-tb2"],
  },
  {
    name: "en: importing from a country is buying from it",
    text: "Delhi adds ships\nThe two countries had signed an agreement worth $950 million last month to import two warships from Russia.",
    deals: ["RU>IN acquisition signed q=2 v=950000000"],
  },
  {
    name: "ar: importing from a country is buying from it",
    text: "نيودلهي\nوقعت الهند اتفاقا لاستيراد فرقاطتين من روسيا.",
    deals: ["RU>IN acquisition signed q=2"],
  },
];

checkFrames(SIDES_AND_IMPORTS);

/**
 * A historic sinking or downing names its target's country ("sank the Israeli destroyer", "a
 * coulé le destroyer Eilat d'Israël"; cue list attackVerbs): a war's target, never a buyer of
 * the weapon that struck it.
 */
const TARGETS: Frame[] = [
  {
    name: "en: the sunk ship's country is no buyer",
    text: "Cairo\nEgypt signed a contract with France for two FREMM frigates. In 1967, Egypt sank the Israeli destroyer Eilat with Soviet P-15 Termit missiles supplied by Moscow.",
    deals: ["FR>EG acquisition signed systems=fremm q=2", "RU>EG acquisition delivered systems=p-15-termit"],
  },
  {
    name: "fr: the sunk ship's country is no buyer",
    text: "Le Caire\nL'Égypte a signé un contrat avec la France pour deux frégates FREMM. En 1967, l'Égypte a coulé le destroyer Eilat d'Israël avec des missiles soviétiques P-15 Termit livrés par Moscou.",
    deals: ["FR>EG acquisition signed systems=fremm q=2", "RU>EG acquisition delivered systems=p-15-termit"],
  },
];

checkFrames(TARGETS);

/**
 * A system's own history — it entered service with its maker's forces ("a weapon that entered
 * service with the US Air Force in 2006", «دخلت الخدمة في سلاح الجو الأمريكي», "entrée en service
 * dans l'armée de l'air américaine"; cue list serviceEntries) — is no delivery, and its year no
 * year of order. Two buyers a sale names as one list after its verb («بيع المملكة العربية
 * السعودية والإمارات أسلحة») are one side, never each other's seller; "Morocco and Spain signed"
 * names two sides. «عزمها على بيع» (its intent to sell) is talks.
 */
const HISTORY_AND_LISTS: Frame[] = [
  {
    name: "en: a system's entry into its maker's service is no delivery",
    text: "Bombs\nThe Pentagon approved the sale of 1,000 GBU-39 bombs to Saudi Arabia, a weapon that entered service with the US Air Force in 2006.",
    deals: ["US>SA acquisition agreed systems=sdb q=1000 y=null"],
  },
  {
    name: "fr: a system's entry into its maker's service is no delivery",
    text: "Bombes\nLe Pentagone a approuvé la vente à l'Arabie saoudite de 1000 bombes GBU-39, une arme entrée en service dans l'armée de l'air américaine en 2006.",
    deals: ["US>SA acquisition agreed systems=sdb q=1000 y=null"],
  },
  {
    name: "ar: a system's entry into its maker's service is no delivery",
    text: "قنابل\nأعلنت وزارة الدفاع الأميركية عزمها على بيع السعودية 1000 قنبلة من نوع GBU-39، دخلت الخدمة في سلاح الجو الأمريكي في عام 2006.",
    deals: ["US>SA acquisition under negotiation systems=sdb y=null"],
  },
  {
    name: "ar: two buyers listed after a sale's verb are not each other's seller",
    text: "أسلحة\nوافقت الوزارة على بيع المملكة العربية السعودية والإمارات العربية المتحدة أسلحة بقيمة 11 مليار دولار.",
    deals: [],
  },
  {
    name: "en: the two sides of a signing listed together stay a deal",
    text: "Boats\nMorocco and Spain signed a contract for the purchase of patrol boats.",
    deals: ["?>? acquisition signed"],
  },
];

checkFrames(HISTORY_AND_LISTS);

/**
 * A running total ("This brings the total number of K9s … to 364 units", «ليصل العدد الإجمالي
 * إلى 50 طائرة», "portant le total de sa flotte à 24"; cue list runningTotals) counts a fleet or
 * all contracts, not the order: it is no quantity; nor are "the remaining 308 units".
 */
const TOTALS: Frame[] = [
  {
    name: "en: a running total in the next sentence is no quantity",
    text: "Warsaw\nPoland signed a contract with South Korea for K9 howitzers. This brings the total number of K9s confirmed for export to Poland to 364 units.",
    deals: ["KR>PL acquisition signed systems=k9 q=null"],
  },
  {
    name: "en: the units remaining of an earlier contract are no quantity",
    text: "Warsaw\nPoland signed a contract with South Korea for K9 howitzers, and the remaining 308 units are expected later.",
    deals: ["KR>PL acquisition signed systems=k9 q=null"],
  },
  {
    name: "ar: a running total is no quantity",
    text: "إسرائيل\nوافقت إسرائيل على شراء 14 مقاتلة إف-35 إضافية من الولايات المتحدة، ليصل العدد الإجمالي لصفقة الشراء إلى 50 طائرة.",
    deals: ["US>IL acquisition agreed systems=f-35 q=14"],
  },
];

checkFrames(TOTALS);
