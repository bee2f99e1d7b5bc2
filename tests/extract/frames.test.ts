/**
 * Deal frames seen in real reporting, each in the languages it occurs in, written for this
 * suite: contracting and ordering, requests and interest, approvals, scheduled signings,
 * reported conditionals, customer lists, buyers a seller names, packages, contracts of one
 * pair kept apart, figures that do not read as one, and countries that are only a battlefield
 * or an outlet's home. A deal is written "SUPPLIER>RECIPIENT kind status" plus the facts given.
 */
import { checkFrames, type Frame } from "./frame-harness.js";

const FRAMES: Frame[] = [
  {
    name: "en: a consortium's members are not its buyers",
    text: "Ankara orders fighters\nTurkey signed a contract with the United Kingdom for 20 Eurofighter Typhoon jets, built by a consortium of Germany, Italy, Spain and the United Kingdom.",
    deals: ["GB>TR acquisition signed systems=typhoon q=20"],
  },
  {
    name: "fr: a consortium's members are not its buyers",
    text: "Ankara commande des chasseurs\nLa Turquie a signé un contrat avec le Royaume-Uni pour 20 Eurofighter Typhoon, construits par l'Allemagne, l'Italie, l'Espagne et le Royaume-Uni.",
    deals: ["GB>TR acquisition signed systems=typhoon q=20"],
  },
  {
    name: "ar: a consortium's members are not its buyers",
    text: "أنقرة تشتري مقاتلات\nوقعت تركيا عقدا مع بريطانيا لشراء 20 مقاتلة يوروفايتر تايفون تصنعها ألمانيا وإيطاليا وإسبانيا وبريطانيا.",
    deals: ["GB>TR acquisition signed systems=typhoon q=20"],
  },
  {
    name: "ar: contracted to buy from",
    text: "الجزائر تعزز سلاحها الجوي\nتعاقدت الجزائر على شراء 14 مقاتلة سو-57 من روسيا.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "en: contracted to buy from",
    text: "Algeria expands its air force\nAlgeria has contracted to buy 14 Su-57 fighters from Russia.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "fr: an order placed with",
    text: "L'Algérie renforce son aviation\nL'Algérie a passé commande de 14 chasseurs Su-57 auprès de la Russie.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "en: a formal request",
    text: "Warsaw wants Turkish drones\nPoland has formally requested Bayraktar TB2 drones from Turkey.",
    deals: ["TR>PL acquisition under negotiation systems=bayraktar-tb2"],
  },
  {
    name: "ar: a formal request",
    text: "وارسو تريد مسيرات تركية\nقدمت بولندا طلبا رسميا لشراء مسيرات بيرقدار TB2 من تركيا.",
    deals: ["TR>PL acquisition under negotiation systems=bayraktar-tb2"],
  },
  {
    name: "fr: interest in a system",
    text: "Varsovie regarde vers Ankara\nLa Pologne s'intéresse aux drones turcs Bayraktar TB2.",
    deals: ["TR>PL acquisition under negotiation systems=bayraktar-tb2"],
  },
  {
    name: "en: a DSCA-style approval is agreed",
    text: "Jordan cleared for jets\nThe US State Department approved a possible sale of 16 F-16 fighters to Jordan.",
    deals: ["US>JO acquisition agreed systems=f-16 q=16"],
  },
  {
    name: "ar: a government approval is agreed",
    text: "الأردن يحصل على الضوء الأخضر\nوافقت وزارة الخارجية الأمريكية على بيع 16 مقاتلة إف-16 إلى الأردن.",
    deals: ["US>JO acquisition agreed systems=f-16 q=16"],
  },
  {
    name: "fr: an approval is agreed",
    text: "Feu vert pour Amman\nWashington a approuvé la vente de 16 avions F-16 à la Jordanie.",
    deals: ["US>JO acquisition agreed systems=f-16 q=16"],
  },
  {
    name: "en: a signing scheduled is agreed, not signed",
    text: "Cairo and Paris near a deal\nEgypt will sign the contract for Rafale jets from France next week.",
    deals: ["FR>EG acquisition agreed systems=rafale"],
  },
  {
    name: "ar: a signing scheduled is agreed",
    text: "القاهرة وباريس\nستوقع مصر عقد شراء مقاتلات رافال من فرنسا الأسبوع المقبل.",
    deals: ["FR>EG acquisition agreed systems=rafale"],
  },
  {
    name: "fr: a signing scheduled is agreed",
    text: "Le Caire et Paris\nL'Égypte a confirmé l'achat de Rafale auprès de la France, la signature est prévue le 16.",
    deals: ["FR>EG acquisition agreed systems=rafale"],
  },
  {
    name: "en: a reported conditional is a rumour",
    text: "Rabat and Paris\nMorocco would have signed a contract for Caesar howitzers from France.",
    deals: ["FR>MA acquisition rumoured systems=caesar"],
  },
  {
    name: "fr: a conditional is a rumour",
    text: "Rabat et Paris\nLe Maroc aurait signé un contrat pour des canons Caesar auprès de la France.",
    deals: ["FR>MA acquisition rumoured systems=caesar"],
  },
  {
    name: "en: a customer list is one deal per buyer, supplied by the system's origin",
    text: "A drone in demand\nThe Bayraktar TB2 was exported to Qatar, Ukraine, Poland and Azerbaijan.",
    deals: [
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>UA acquisition signed systems=bayraktar-tb2",
      "TR>PL acquisition signed systems=bayraktar-tb2",
      "TR>AZ acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "ar: a customer list",
    text: "مسيرة مطلوبة\nصدرت تركيا مسيرات بيرقدار TB2 إلى قطر وأوكرانيا وبولندا.",
    deals: [
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>UA acquisition signed systems=bayraktar-tb2",
      "TR>PL acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "fr: a customer list",
    text: "Un drone recherché\nLe drone Bayraktar TB2 a été exporté vers le Qatar, l'Ukraine et la Pologne.",
    deals: [
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>UA acquisition signed systems=bayraktar-tb2",
      "TR>PL acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "en: buyers a seller names are each a rumoured deal, never each other's supplier",
    text: "Su-57 prospects\nThe head of Rostec said India and Vietnam may buy the Su-57.",
    deals: ["RU>IN acquisition rumoured systems=su-57", "RU>VN acquisition rumoured systems=su-57"],
  },
  {
    name: "ar: buyers a seller names",
    text: "آفاق سو-57\nقال رئيس روستيخ إن الهند وفيتنام قد تشتريان مقاتلات سو-57.",
    deals: ["RU>IN acquisition rumoured systems=su-57", "RU>VN acquisition rumoured systems=su-57"],
  },
  {
    name: "fr: buyers a seller names",
    text: "Perspectives du Su-57\nLe patron de Rostec a déclaré que l'Inde et le Vietnam pourraient acheter le Su-57.",
    deals: ["RU>IN acquisition rumoured systems=su-57", "RU>VN acquisition rumoured systems=su-57"],
  },
  {
    name: "en: battlefields are no parties and not the article's countries",
    text: "Athens buys Rafale\nGreece bought Rafale jets from France; the jet was used in Afghanistan, Libya, Mali and Iraq.",
    deals: ["FR>GR acquisition signed systems=rafale"],
    notCountries: ["AF", "LY", "ML", "IQ"],
  },
  {
    name: "ar: battlefields",
    text: "أثينا تشتري رافال\nاشترت اليونان مقاتلات رافال من فرنسا، وقد استخدمت هذه المقاتلات في أفغانستان وليبيا ومالي.",
    deals: ["FR>GR acquisition signed systems=rafale"],
    notCountries: ["AF", "LY", "ML"],
  },
  {
    name: "fr: battlefields",
    text: "Athènes achète le Rafale\nLa Grèce a acheté des Rafale à la France ; l'avion a été engagé au Mali et en Libye.",
    deals: ["FR>GR acquisition signed systems=rafale"],
    notCountries: ["ML"],
  },
  {
    name: "en: an outlet's home is no party",
    text: "Rabat receives drones\nThe Spanish daily El Pais reported that Morocco received Bayraktar TB2 drones from Turkey.",
    deals: ["TR>MA acquisition delivered systems=bayraktar-tb2"],
    notCountries: ["ES"],
  },
  {
    name: "ar: an outlet's home",
    text: "الرباط تتسلم مسيرات\nذكرت صحيفة إل باييس الإسبانية أن المغرب تسلم مسيرات بيرقدار TB2 من تركيا.",
    deals: ["TR>MA acquisition delivered systems=bayraktar-tb2"],
    notCountries: ["ES"],
  },
  {
    name: "fr: an outlet's home",
    text: "Rabat reçoit des drones\nSelon le quotidien espagnol El Pais, le Maroc a réceptionné des drones Bayraktar TB2 auprès de la Turquie.",
    deals: ["TR>MA acquisition delivered systems=bayraktar-tb2"],
    notCountries: ["ES"],
  },
  {
    name: "ar: buyers listed together with no supplier are no deal",
    text: "سباق التسلح\nاشترت مصر وقطر والهند طائرات مقاتلة.",
    deals: [],
  },
  {
    name: "en: an order, an approval and an upgrade of one pair stay three deals",
    text: "Morocco's F-16 fleet\nMorocco ordered 24 F-16 jets from the United States in 2008. In 2019 the United States approved the sale of 25 additional F-16 jets to Morocco. The United States also agreed to upgrade Morocco's 23 F-16 jets.",
    deals: [
      "US>MA acquisition signed systems=f-16 q=24 y=2008 n=order",
      "US>MA acquisition agreed systems=f-16 q=25 y=2019 n=follow-on",
      "US>MA acquisition agreed systems=f-16 q=23 n=upgrade",
    ],
  },
  {
    name: "ar: an order and a follow-on order stay two deals",
    text: "أسطول إف-16 المغربي\nاشترى المغرب 24 مقاتلة إف-16 من الولايات المتحدة عام 2008. وفي عام 2019 وافقت الولايات المتحدة على بيع 25 مقاتلة إف-16 إضافية للمغرب.",
    deals: [
      "US>MA acquisition signed systems=f-16 q=24 y=2008",
      "US>MA acquisition agreed systems=f-16 q=25 y=2019 n=follow-on",
    ],
  },
  {
    name: "fr: an order and a modernisation stay two deals",
    text: "La flotte marocaine\nLe Maroc a commandé 24 F-16 aux États-Unis en 2008. Les États-Unis ont approuvé la modernisation de 23 F-16 marocains.",
    deals: [
      "US>MA acquisition signed systems=f-16 q=24 y=2008 n=order",
      "US>MA acquisition agreed systems=f-16 q=23 n=upgrade",
    ],
  },
  {
    name: "en: a value belongs to the clause that states it",
    text: "Ankara and Rabat\nTurkey signed a deal worth $71 million to supply Bayraktar TB2 drones to Morocco, out of a $405 million budget.",
    deals: ["TR>MA acquisition signed systems=bayraktar-tb2 v=71000000"],
  },
  {
    name: "en: two amounts in one clause read as no value",
    text: "Ankara and Rabat\nTurkey signed a $71 million deal to supply Bayraktar TB2 drones to Morocco under its $405 million budget.",
    deals: ["TR>MA acquisition signed systems=bayraktar-tb2 v=null"],
  },
  {
    name: "ar: a number in two words is not read as its first word",
    text: "صفقة إسرائيلية\nوقعت إسرائيل صفقة لشراء أربع عشرة مقاتلة إف-35 من الولايات المتحدة.",
    deals: ["US>IL acquisition signed q=null"],
  },
  {
    name: "en: a package lists its systems in the next sentence",
    text: "A large package\nThe United States approved a $7 billion sale to Saudi Arabia. The package includes Patriot missiles, F-16 jets and AH-64 helicopters.",
    deals: ["US>SA acquisition agreed systems=patriot+f-16+ah-64 v=7000000000"],
  },
  {
    name: "en: a cancellation",
    text: "Deal off\nIraq cancelled its contract for Mi-28 helicopters from Russia.",
    deals: ["RU>IQ acquisition cancelled"],
  },
  {
    name: "ar: a cancellation",
    text: "إلغاء صفقة\nألغى العراق عقد شراء مروحيات مي-28 من روسيا.",
    deals: ["RU>IQ acquisition cancelled"],
  },
  {
    name: "fr: a cancellation",
    text: "Contrat annulé\nL'Irak a annulé son contrat d'achat d'hélicoptères Mi-28 auprès de la Russie.",
    deals: ["RU>IQ acquisition cancelled"],
  },
  {
    name: "en: a denial",
    text: "No deal, says Rabat\nMorocco denied buying S-400 systems from Russia.",
    deals: ["RU>MA acquisition denied"],
  },
  {
    name: "ar: a denial",
    text: "الرباط تنفي\nنفى المغرب شراء منظومة إس-400 من روسيا.",
    deals: ["RU>MA acquisition denied"],
  },
  {
    name: "fr: a denial",
    text: "Rabat dément\nLe Maroc a démenti l'achat de systèmes S-400 auprès de la Russie.",
    deals: ["RU>MA acquisition denied"],
  },
  {
    name: "en: earlier buyers after an ordinal",
    text: "Kuwait orders howitzers\nKuwait became the third customer of the K9 howitzer after Norway and Estonia.",
    deals: ["KR>KW acquisition signed", "KR>NO acquisition signed", "KR>EE acquisition signed"],
  },
  {
    name: "fr: earlier buyers after an ordinal, system named in the sentence before",
    text: "Athènes reçoit ses avions\nLa Grèce a reçu ses premiers Rafale. Elle est le deuxième client européen de cet appareil après la Croatie.",
    deals: ["FR>GR acquisition delivered systems=rafale", "FR>HR acquisition signed systems=rafale"],
  },
  {
    name: "ar: earlier buyers after an ordinal, system named in the sentence before",
    text: "صفقة مقاتلات\nوافقت واشنطن على بيع مقاتلات إف-15 للرياض. وتعد السعودية ثالث دولة بعد إسرائيل واليابان تشتري هذا النوع من الطائرات.",
    deals: ["US>SA acquisition agreed", "US>IL acquisition signed", "US>JP acquisition signed"],
  },
  {
    name: "ar: earlier buyers in a clause of their own carry no figure",
    text: "منظومة روسية\nوتعد الهند رابع دولة تتحصل على 5 وحدات من منظومة إس-400، بعد كل من الجزائر وتركيا.",
    deals: [
      "RU>IN acquisition signed q=5",
      "RU>DZ acquisition signed q=null",
      "RU>TR acquisition signed q=null",
    ],
  },
  {
    name: "en: one seller, a list of buyers",
    text: "Drone exports\nAnkara previously sold its drones to Azerbaijan, Ukraine and Qatar.",
    deals: ["TR>AZ acquisition signed", "TR>UA acquisition signed", "TR>QA acquisition signed"],
  },
  {
    name: "fr: one seller, a list of buyers",
    text: "Exportations\nLa Turquie a déjà vendu ses drones à l'Azerbaïdjan, à l'Ukraine et au Qatar.",
    deals: ["TR>AZ acquisition signed", "TR>UA acquisition signed", "TR>QA acquisition signed"],
  },
  {
    name: "ar: one seller, a list of buyers",
    text: "صادرات المسيرات\nوباعت تركيا مسيراتها إلى أذربيجان وأوكرانيا وقطر.",
    deals: ["TR>AZ acquisition signed", "TR>UA acquisition signed", "TR>QA acquisition signed"],
  },
  {
    name: "fr: the stated seller, not the catalogue's origin",
    text: "Frégates pour Le Caire\nL'Égypte a commandé deux frégates FREMM auprès de l'Italie.",
    deals: ["IT>EG acquisition signed systems=fremm q=2"],
  },
  {
    name: "en: the stated seller, not the catalogue's origin",
    text: "Frigates for Cairo\nItaly has sold two FREMM frigates to Egypt.",
    deals: ["IT>EG acquisition signed systems=fremm q=2"],
  },
  {
    name: "ar: the stated seller, not the catalogue's origin",
    text: "فرقاطات للقاهرة\nاشترت مصر فرقاطتين من طراز فريم من إيطاليا.",
    deals: ["IT>EG acquisition signed systems=fremm"],
  },
  {
    name: "fr: the seller as the agent of a sale",
    text: "Une frégate rebaptisée\nLe navire, vendu par la France au Maroc en 2014, a changé de nom.",
    deals: ["FR>MA acquisition signed y=2014"],
  },
  {
    name: "en: the seller as the agent of a sale",
    text: "A renamed frigate\nThe ship was sold by France to Morocco in 2014 and renamed.",
    deals: ["FR>MA acquisition signed y=2014"],
  },
  {
    name: "en: buyers listed with an article are one side",
    text: "Sales approved\nWashington approved weapons sales to Slovakia, Spain and the United Kingdom.",
    deals: ["US>SK acquisition agreed", "US>ES acquisition agreed", "US>GB acquisition agreed"],
  },
  {
    name: "en: buyers listed with an article, no seller named",
    text: "Sales approved\nThe ministry approved weapons sales to Slovakia, Spain and the United Kingdom.",
    deals: [],
  },
  {
    name: "en: what a purchase replaces is not bought",
    text: "New jets\nThe Moroccan air force approved the purchase of Rafale jets from France to replace its American F-16 fleet.",
    deals: ["FR>MA acquisition agreed systems=rafale"],
  },
  {
    name: "fr: what a purchase replaces is not bought",
    text: "Nouveaux avions\nLe Maroc a approuvé l'achat de Rafale auprès de la France pour remplacer ses F-16 américains.",
    deals: ["FR>MA acquisition agreed systems=rafale"],
  },
  {
    name: "ar: what a purchase replaces is not bought",
    text: "مقاتلات جديدة\nوافق المغرب على شراء مقاتلات رافال من فرنسا لاستبدال طائرات إف-16 الأمريكية.",
    deals: ["FR>MA acquisition agreed systems=rafale"],
  },
  {
    name: "ar: a delivery being prepared or awaited is not yet made",
    text: "طائرات للجزائر\nتستعد روسيا لتسليم 14 مقاتلة سو-57 إلى الجزائر.",
    deals: ["RU>DZ acquisition signed q=14"],
  },
  {
    name: "en: a delivery being prepared is not yet made",
    text: "Jets for Algeria\nRussia is preparing to deliver 14 Su-57 fighters to Algeria.",
    deals: ["RU>DZ acquisition signed q=14"],
  },
  {
    name: "fr: a delivery being prepared is not yet made",
    text: "Des avions pour Alger\nLa Russie se prépare à livrer 14 chasseurs Su-57 à l'Algérie.",
    deals: ["RU>DZ acquisition signed q=14"],
  },
  {
    name: "ar: the agreement of a purchase is its contract",
    text: "مروحيات للعراق\nاتفق العراق مع فرنسا على شراء 12 مروحية كاراكال، ووقع العراق وفرنسا الاتفاق في بغداد.",
    deals: ["FR>IQ acquisition signed q=12"],
  },
  {
    name: "en: the agreement of a purchase is its contract",
    text: "Helicopters for Iraq\nIraq and France signed an agreement for the purchase of 12 Caracal helicopters.",
    deals: ["FR>IQ acquisition signed q=12"],
  },
  {
    name: "fr: the agreement of a purchase is its contract",
    text: "Hélicoptères pour l'Irak\nL'Irak a convenu avec la France d'acheter 12 hélicoptères Caracal, dans un accord signé à Bagdad.",
    deals: ["FR>IQ acquisition signed q=12"],
  },
];

checkFrames(FRAMES);
