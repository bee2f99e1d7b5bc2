/**
 * Test texts written for this suite (not the seeds): Arabic from Moroccan, Algerian, Egyptian,
 * Gulf and Levantine styles, English and French; each with what a careful analyst extracts.
 * `countries` must all be found, `notCountries` never; `deals` are matched on parties, kind
 * and status (and roles/systems/quantity/value when given); `noDeals` means none at all.
 */

export interface ExpectedDeal {
  parties: string[];
  kind: string;
  status: string;
  supplier?: string | null;
  recipient?: string | null;
  systems?: string[];
  quantity?: number;
  value?: { amount: number; currency: string };
  year?: number;
}

export interface Case {
  name: string;
  text: string;
  language: "ar" | "en" | "fr";
  countries?: string[];
  notCountries?: string[];
  systems?: string[];
  organizations?: string[];
  people?: { name: string; role?: RegExp }[];
  /** The people listed are all there are (no Title Case headline words taken for a name). */
  onlyThesePeople?: boolean;
  cited?: string[];
  deals?: ExpectedDeal[];
  noDeals?: boolean;
  publishedAt?: string;
}

export const CASES: Case[] = [
  {
    name: "Moroccan press: Apache deliveries with value and year (clitics, nisba)",
    language: "ar",
    text: `المغرب يتسلم أولى مروحيات أباتشي
الرباط - هسبريس
تسلمت القوات المسلحة الملكية الدفعة الأولى من مروحيات أباتشي AH-64E الأمريكية، في إطار صفقة بقيمة 1.5 مليار دولار أبرمها المغرب مع الولايات المتحدة عام 2020.`,
    countries: ["MA", "US"],
    systems: ["ah-64e"],
    organizations: ["far"],
    deals: [
      {
        parties: ["MA", "US"],
        kind: "acquisition",
        status: "delivered",
        supplier: "US",
        recipient: "MA",
        systems: ["ah-64e"],
        value: { amount: 1_500_000_000, currency: "USD" },
        year: 2020,
      },
    ],
  },
  {
    name: "Egyptian press: Rafale contract signed, quantity",
    language: "ar",
    text: `مصر توقع عقدا جديدا لشراء مقاتلات رافال
أعلنت وزارة الدفاع المصرية توقيع عقد مع فرنسا لشراء 30 طائرة رافال إضافية، وفق ما نقلته وكالة أنباء الشرق الأوسط.`,
    countries: ["EG", "FR"],
    systems: ["rafale"],
    cited: ["mena"],
    deals: [
      {
        parties: ["EG", "FR"],
        kind: "acquisition",
        status: "signed",
        supplier: "FR",
        recipient: "EG",
        systems: ["rafale"],
        quantity: 30,
      },
    ],
  },
  {
    name: "Algerian press: a denial, جانفي date",
    language: "ar",
    text: `الجزائر تنفي صفقة سوخوي
الأحد 12 جانفي 2025
نفت وزارة الدفاع الوطني الجزائرية تقارير تحدثت عن صفقة لشراء مقاتلات سو-57 الروسية.`,
    countries: ["DZ", "RU"],
    systems: ["su-57"],
    publishedAt: "2025-01-12",
    deals: [
      { parties: ["DZ", "RU"], kind: "acquisition", status: "denied", supplier: "RU", recipient: "DZ" },
    ],
  },
  {
    name: "Gulf press: memorandum for co-production of drones",
    language: "ar",
    text: `وقعت المملكة العربية السعودية والصين مذكرة تفاهم للتصنيع المشترك لطائرات وينغ لونغ المسيرة في الرياض.`,
    countries: ["SA", "CN"],
    // The text names the family only, not the Wing Loong II (the catalogue's bare name was the II until session 10).
    systems: ["wing-loong"],
    deals: [{ parties: ["CN", "SA"], kind: "co-production", status: "signed", systems: ["wing-loong"] }],
  },
  {
    name: "Levantine date and a future signing",
    language: "ar",
    text: `تركيا والعراق نحو اتفاق دفاعي
بيروت، 4 حزيران/يونيو 2025
أعلن مسؤولون أن تركيا والعراق سيوقعان اتفاقية تعاون عسكري الشهر المقبل.`,
    countries: ["TR", "IQ"],
    publishedAt: "2025-06-04",
    deals: [{ parties: ["IQ", "TR"], kind: "cooperation agreement", status: "agreed" }],
  },
  {
    name: "clitics: وبالمغرب، للجزائر، والهند، كالصين",
    language: "ar",
    text: `وأكد الخبير أن التعاون بين الهند وبالمغرب يتعزز، كما أن للجزائر علاقات قديمة مع موسكو كالصين تماما.`,
    countries: ["IN", "MA", "DZ", "RU", "CN"],
  },
  {
    name: "nisba adjectives: الباكستانية، الروسية، الإسرائيلية، الصينية",
    language: "ar",
    text: `شاركت الشركات الباكستانية في المعرض إلى جانب الوفود الروسية والإسرائيلية والصينية.`,
    countries: ["PK", "RU", "IL", "CN"],
  },
  {
    name: "trap: the Maghreb region is not Morocco",
    language: "ar",
    text: `تعرف دول المغرب العربي تنافسا على التسلح، في حين تبقى منطقة شمال إفريقيا مضطربة.`,
    notCountries: ["MA"],
  },
  {
    name: "trap: a surname that is a nisba",
    language: "ar",
    text: `قال الباحث حسن المغربي إن سوق السلاح تشهد تحولات كبيرة في تونس.`,
    countries: ["TN"],
    notCountries: ["MA"],
  },
  {
    name: "trap: continent adjectives around أمريكية",
    language: "ar",
    text: `تتنافس شركات آسيوية وأوروبية وأمريكية على السوق المغربية.`,
    countries: ["MA"],
    notCountries: ["US"],
  },
  {
    name: "trap: المالي is financial, مالي is Mali",
    language: "ar",
    text: `قدم الاتحاد الدعم المالي للبرنامج. وفي مالي، تواصل القوات عملياتها.`,
    countries: ["ML"],
  },
  {
    name: "trap: الخالد as an adjective is no tank",
    language: "ar",
    text: `يبقى الأثر الخالد للملحمة في ذاكرة الشعب المصري.`,
    countries: ["EG"],
    systems: [],
  },
  {
    name: "البلدين resolves to the article's pair",
    language: "ar",
    text: `المغرب وإسرائيل يعززان شراكتهما
وقع المغرب وإسرائيل اتفاقا أمنيا، وتشمل الاتفاقية مجالات التدريب بين جيشي البلدين.`,
    deals: [{ parties: ["IL", "MA"], kind: "cooperation agreement", status: "signed" }],
  },
  {
    name: "a bare المملكة is the article's kingdom",
    language: "ar",
    text: `المغرب يعزز دفاعاته الجوية
تقترب المملكة من اقتناء منظومة باتريوت الأمريكية، في خطوة تعكس تنويع مصادر تسليح المغرب.`,
    countries: ["MA", "US"],
    deals: [
      {
        parties: ["MA", "US"],
        kind: "acquisition",
        status: "under negotiation",
        supplier: "US",
        recipient: "MA",
        systems: ["patriot"],
      },
    ],
  },
  {
    name: "status: rumoured, from reports",
    language: "ar",
    text: `حسب تقارير إعلامية، فإن قطر تسعى إلى اقتناء منظومة باتريوت من الولايات المتحدة.`,
    deals: [
      {
        parties: ["QA", "US"],
        kind: "acquisition",
        status: "rumoured",
        supplier: "US",
        recipient: "QA",
        systems: ["patriot"],
      },
    ],
  },
  {
    name: "status: cancelled",
    language: "ar",
    text: `ألغت الحكومة الإسبانية صفقة بيع ذخائر لإسرائيل بعد ضغوط داخلية.`,
    deals: [{ parties: ["ES", "IL"], kind: "acquisition", status: "cancelled", recipient: "IL" }],
  },
  {
    name: "a conditional states no deal",
    language: "ar",
    text: `إذا تم توقيع الصفقة بين الهند ومصر فستكون الأولى من نوعها.`,
    noDeals: true,
  },
  {
    name: "Turkish drones delivered (Arabic transliteration)",
    language: "ar",
    text: `تسلم المغرب دفعة جديدة من طائرات بيرقدار تي بي 2 التركية.`,
    systems: ["bayraktar-tb2"],
    deals: [
      {
        parties: ["MA", "TR"],
        kind: "acquisition",
        status: "delivered",
        supplier: "TR",
        recipient: "MA",
        systems: ["bayraktar-tb2"],
      },
    ],
  },
  {
    name: "Arabic-Indic digits in a value and quantity",
    language: "ar",
    text: `اشترت الإمارات ٨٠ طائرة رافال من فرنسا في صفقة بقيمة ١٦ مليار يورو.`,
    deals: [
      {
        parties: ["AE", "FR"],
        kind: "acquisition",
        status: "signed",
        quantity: 80,
        value: { amount: 16_000_000_000, currency: "EUR" },
      },
    ],
  },
  {
    name: "a quoted expert with his role",
    language: "ar",
    text: `قال محمد شقير، الخبير في الشؤون العسكرية، إن المغرب يسعى إلى تنويع مصادر تسليحه.`,
    people: [{ name: "محمد شقير", role: /الخبير/ }],
  },
  {
    name: "English: receiving a system is acquiring it; the origin from a demonym",
    language: "en",
    text: "Algeria gets its first Su-57s\nFebruary 12, 2025\n\nAlgeria received a first batch of Russian Su-57 fighters, officials said.",
    countries: ["DZ", "RU"],
    deals: [
      { parties: ["DZ", "RU"], kind: "acquisition", status: "delivered", supplier: "RU", recipient: "DZ" },
    ],
  },
  {
    name: "French: a plural demonym (russes) and réceptionner",
    language: "fr",
    text: "L'Algérie réceptionne ses Su-57\n12 février 2025\n\nL'Algérie a réceptionné un premier lot de chasseurs Su-57 russes, selon la presse spécialisée.",
    countries: ["DZ", "RU"],
    deals: [
      { parties: ["DZ", "RU"], kind: "acquisition", status: "delivered", supplier: "RU", recipient: "DZ" },
    ],
  },
  {
    name: "Egyptian press: a delivery under an older contract, its quantity after the unit noun طائرة",
    language: "ar",
    text: `مصر تتسلم دفعة جديدة من مقاتلات رافال الفرنسية
2 يناير 2025

تسلمت القوات الجوية المصرية دفعة جديدة من مقاتلات رافال الفرنسية، في إطار صفقة وقعتها القاهرة مع باريس عام 2021 لشراء 30 طائرة.`,
    countries: ["EG", "FR"],
    deals: [
      {
        parties: ["EG", "FR"],
        kind: "acquisition",
        status: "delivered",
        supplier: "FR",
        recipient: "EG",
        systems: ["rafale"],
        quantity: 30,
        year: 2021,
      },
    ],
  },
  {
    name: "a headline restating the body's deal adds no second status",
    language: "en",
    text: "Turkey to supply Bayraktar TB2 drones to Morocco\nNovember 3, 2025\n\nAnkara has agreed to sell 13 Bayraktar TB2 drones to Rabat in a deal worth $70 million, Reuters reported.",
    countries: ["MA", "TR"],
    cited: ["reuters"],
    deals: [
      {
        parties: ["MA", "TR"],
        kind: "acquisition",
        status: "agreed",
        supplier: "TR",
        recipient: "MA",
        quantity: 13,
        value: { amount: 70_000_000, currency: "USD" },
      },
    ],
  },
  {
    name: "French: the contract's value in the next sentence, which names no party",
    language: "fr",
    text: "Le Maroc commande des Caesar\n3 novembre 2025\n\nLe Maroc a commandé 36 canons automoteurs Caesar auprès du français KNDS France, a indiqué Le360. Le contrat, d'un montant de 170 millions d'euros, prévoit des livraisons à partir de 2027.",
    countries: ["MA", "FR"],
    deals: [
      {
        parties: ["FR", "MA"],
        kind: "acquisition",
        status: "signed",
        quantity: 36,
        value: { amount: 170_000_000, currency: "EUR" },
      },
    ],
  },
  {
    name: "Arabic plural scales (مليارات) in a following sentence",
    language: "ar",
    text: "الجزائر وروسيا\n3 نوفمبر 2025\n\nوقعت الجزائر عقدا مع روسيا لاقتناء 14 مقاتلة سو-57.\nوتبلغ قيمة الصفقة 4 مليارات دولار، على أن يبدأ التسليم في 2027.",
    countries: ["DZ", "RU"],
    deals: [
      {
        parties: ["DZ", "RU"],
        kind: "acquisition",
        status: "signed",
        supplier: "RU",
        recipient: "DZ",
        quantity: 14,
        value: { amount: 4_000_000_000, currency: "USD" },
      },
    ],
  },
  {
    name: "English: a reported consideration is a rumour, cited from a defence outlet",
    language: "en",
    text: "Egypt eyes Chinese J-10C fighters\nOctober 8, 2025\n\nEgypt is reportedly considering the purchase of J-10C fighter jets from China, according to Military Watch Magazine. Cairo has not commented on the reports.",
    countries: ["EG", "CN"],
    cited: ["military-watch-magazine"],
    deals: [
      { parties: ["CN", "EG"], kind: "acquisition", status: "rumoured", supplier: "CN", recipient: "EG" },
    ],
  },
  {
    name: "Arabic: a long title before the name, and a counterpart (نظيره)",
    language: "ar",
    text: "الرباط وإسلام آباد تعززان التعاون العسكري\n22 أكتوبر 2025\n\nاستقبل الوزير المنتدب المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، يوم الأربعاء بالرباط، نظيره الباكستاني خواجة محمد آصف، حيث وقع الجانبان مذكرة تفاهم في مجال الصناعات الدفاعية.",
    countries: ["MA", "PK"],
    people: [
      { name: "عبد اللطيف لوديي", role: /الوزير المنتدب/ },
      { name: "خواجة محمد آصف", role: /نظيره/ },
    ],
    onlyThesePeople: true,
    deals: [{ parties: ["MA", "PK"], kind: "cooperation agreement", status: "signed" }],
  },
  {
    name: "French: a minister named after his title; English Title Case headline words are no name",
    language: "fr",
    text: "Morocco Defence Minister Signs Deal With Israeli Counterpart\n24 novembre 2021\n\nLe Maroc et Israël ont signé mercredi à Rabat un protocole d'accord sécuritaire, lors de la visite du ministre israélien de la Défense Benny Gantz.",
    countries: ["MA", "IL"],
    people: [{ name: "Benny Gantz", role: /ministre/ }],
    onlyThesePeople: true,
  },
  {
    name: "receiving a delegation is no deal",
    language: "en",
    text: "Delegation visit\nMay 2, 2025\n\nMorocco received a Pakistani military delegation in Rabat on Tuesday; Le Maroc a reçu une délégation militaire pakistanaise.",
    countries: ["MA", "PK"],
    noDeals: true,
  },
  {
    name: "family names with the article (العلوي، التازي), after a given name",
    language: "ar",
    text: `وقع المغرب عقدا مع روسيا لشراء منظومة إس-400.
وقال أحمد التازي، المحلل العسكري، إن التسليم سيبدأ قريبا، فيما اعتبر الدكتور عبد الرحيم الفاسي أن الصفقة تعكس تنويع الشركاء.`,
    people: [
      { name: "أحمد التازي", role: /المحلل العسكري/ },
      { name: "عبد الرحيم الفاسي", role: /الدكتور/ },
    ],
    countries: ["MA", "RU"],
  },
  {
    name: "a minister named after his title",
    language: "ar",
    text: `استقبل وزير الدفاع الباكستاني خواجة آصف وفدا عسكريا مغربيا في إسلام آباد.`,
    people: [{ name: "خواجة آصف", role: /وزير الدفاع/ }],
    countries: ["PK", "MA"],
  },
  {
    name: "English: F-16 deal with quantity, value and a cited outlet",
    language: "en",
    text: `Morocco signs F-16 deal
Morocco has signed a deal to buy 24 F-16 Block 72 fighter jets from the United States worth $3.8 billion, according to Defense News.`,
    // The variant stated is the system (F-16 Block 72 ≠ F-16 for the evaluation).
    systems: ["f-16-block-72"],
    cited: ["defense-news"],
    deals: [
      {
        parties: ["MA", "US"],
        kind: "acquisition",
        status: "signed",
        supplier: "US",
        recipient: "MA",
        quantity: 24,
        value: { amount: 3_800_000_000, currency: "USD" },
      },
    ],
  },
  {
    name: "English: State Department approval",
    language: "en",
    text: `The U.S. State Department approved a possible sale to Morocco of 600 Stinger missiles for an estimated $825 million.`,
    organizations: ["state-department"],
    deals: [
      {
        parties: ["MA", "US"],
        kind: "acquisition",
        status: "agreed",
        supplier: "US",
        recipient: "MA",
        systems: ["stinger"],
        quantity: 600,
        value: { amount: 825_000_000, currency: "USD" },
      },
    ],
  },
  {
    name: "English: co-development",
    language: "en",
    text: `Pakistan and China jointly developed the JF-17 Thunder, which now flies with several air forces.`,
    deals: [{ parties: ["CN", "PK"], kind: "co-production", status: "delivered", systems: ["jf-17"] }],
  },
  {
    name: "English traps: people and common nouns",
    language: "en",
    text: `Michael Jordan visited a china shop before the turkey dinner at Georgia Tech, where the students met.`,
    notCountries: ["JO", "CN", "TR", "GE"],
  },
  {
    name: "English: denial",
    language: "en",
    text: `Egypt denied reports that it had signed a contract with Russia for Su-35 fighters.`,
    deals: [
      {
        parties: ["EG", "RU"],
        kind: "acquisition",
        status: "denied",
        supplier: "RU",
        recipient: "EG",
        systems: ["su-35"],
      },
    ],
  },
  {
    name: "English: a future delivery means a signed deal",
    language: "en",
    text: `India will deliver more BrahMos missiles to the Philippines next year.`,
    deals: [
      {
        parties: ["IN", "PH"],
        kind: "acquisition",
        status: "signed",
        supplier: "IN",
        recipient: "PH",
        systems: ["brahmos"],
      },
    ],
  },
  {
    name: "English: an analyst with his affiliation",
    language: "en",
    text: `"This is a turning point," said Abdul Rahman Khan, a senior analyst at the Islamabad Policy Institute.`,
    people: [{ name: "Abdul Rahman Khan", role: /analyst/ }],
  },
  {
    name: "French: Caesar howitzers and a cited outlet",
    language: "fr",
    text: `Le Maroc a signé un contrat avec la France pour l'acquisition de 12 canons Caesar, selon Le360.`,
    systems: ["caesar"],
    cited: ["le360"],
    deals: [
      {
        parties: ["FR", "MA"],
        kind: "acquisition",
        status: "signed",
        supplier: "FR",
        recipient: "MA",
        quantity: 12,
      },
    ],
  },
  {
    name: "French: a conditional rumour and capitals",
    language: "fr",
    text: `Selon plusieurs médias, Alger aurait commandé des Su-57 à Moscou, ce que Rabat suit de près.`,
    countries: ["DZ", "RU", "MA"],
    deals: [
      { parties: ["DZ", "RU"], kind: "acquisition", status: "rumoured", supplier: "RU", recipient: "DZ" },
    ],
  },
  {
    name: "French: the two countries, an exercise, a French date",
    language: "fr",
    text: `Le Sénégal et la France lancent un exercice militaire
1er juillet 2025
Les deux pays ont lancé des manœuvres conjointes au large de Dakar.`,
    publishedAt: "2025-07-01",
    countries: ["SN", "FR"],
  },
  {
    name: "French: a delivery of Turkish drones",
    language: "fr",
    text: `Le Niger a réceptionné deux drones Bayraktar Akinci livrés par la Turquie.`,
    systems: ["bayraktar-akinci"],
    deals: [
      { parties: ["NE", "TR"], kind: "acquisition", status: "delivered", supplier: "TR", recipient: "NE" },
    ],
  },
  {
    name: "Algerian press: an agreement carried out by one country's firms entering the other's market",
    language: "ar",
    text: `الجزائر وتركيا توقعان اتفاقية للتعاون في مجال الصناعات الدفاعية
وقعت الجزائر وتركيا اتفاقية للتعاون في مجال الصناعات الدفاعية، وستتجسد الاتفاقية عبر دخول شركات تركية متخصصة في صناعة المسيرات إلى السوق الجزائرية.`,
    countries: ["DZ", "TR"],
    deals: [
      {
        parties: ["DZ", "TR"],
        kind: "cooperation agreement",
        status: "signed",
        supplier: "TR",
        recipient: "DZ",
      },
    ],
  },
  {
    name: "English: an agreement opening a market to the other's defence firms",
    language: "en",
    text: `Egypt and South Korea signed a defence cooperation agreement on Monday. Under the agreement, South Korean defence firms will enter the Egyptian market.`,
    countries: ["EG", "KR"],
    deals: [
      {
        parties: ["EG", "KR"],
        kind: "cooperation agreement",
        status: "signed",
        supplier: "KR",
        recipient: "EG",
      },
    ],
  },
  {
    name: "French: an agreement with no direction keeps no roles",
    language: "fr",
    text: `Le Maroc et l'Inde ont signé un accord de coopération militaire portant sur la formation et l'échange d'expertise.`,
    countries: ["MA", "IN"],
    deals: [
      {
        parties: ["IN", "MA"],
        kind: "cooperation agreement",
        status: "signed",
        supplier: null,
        recipient: null,
      },
    ],
  },
  {
    name: "Moroccan press: a deal concluded with a pronoun suffix (أبرمتها), value and year",
    language: "ar",
    text: `الجيش المغربي يتسلم دفعة جديدة من المدرعات
الرباط – توصلت القوات المسلحة الملكية، الأسبوع الماضي، بدفعة جديدة من مدرعات "سترايكر" الأمريكية، وذلك في إطار صفقة أبرمتها المملكة مع واشنطن سنة 2023 بقيمة 300 مليون دولار.`,
    countries: ["MA", "US"],
    systems: ["stryker"],
    deals: [
      {
        parties: ["MA", "US"],
        kind: "acquisition",
        status: "signed",
        supplier: "US",
        recipient: "MA",
        systems: ["stryker"],
        value: { amount: 300_000_000, currency: "USD" },
        year: 2023,
      },
    ],
  },
  {
    name: "Arabic: an exercise reported as it starts is delivered (under way), its headline folded in",
    language: "ar",
    text: `انطلاق مناورات "الأسد الإفريقي 2025" بمشاركة المغرب والولايات المتحدة
انطلقت، يوم الإثنين 12 ماي 2025، فعاليات مناورات "الأسد الإفريقي 2025" بمشاركة القوات المسلحة الملكية المغربية والقوات الأمريكية، إلى جانب وحدات من تونس والسنغال.`,
    countries: ["MA", "US", "TN", "SN"],
    deals: [{ parties: ["MA", "SN", "TN", "US"], kind: "exercise", status: "delivered" }],
  },
  {
    name: "English: a co-production is not also a purchase because its sentence says deal",
    language: "en",
    text: `Saudi Arabia and Turkey agree on KAAN fighter co-production
Riyadh, 14 August 2025 – Saudi Arabia and Turkey have agreed to jointly produce the KAAN fifth-generation fighter, Turkish Aerospace said, in a deal that would see part of the assembly take place in the kingdom.`,
    systems: ["kaan"],
    deals: [{ parties: ["SA", "TR"], kind: "co-production", status: "agreed", systems: ["kaan"] }],
  },
  {
    name: "Gulf press: the seller is the named firm's country, not the system's origin",
    language: "ar",
    text: `قطر توقع عقدا لتوريد 16 مروحية NH90
الدوحة – أعلنت وزارة الدفاع القطرية عن توقيع عقد مع شركة ليوناردو الإيطالية لتوريد 16 مروحية NH90 للقوات المسلحة القطرية.`,
    countries: ["QA", "IT"],
    organizations: ["leonardo"],
    deals: [
      {
        parties: ["IT", "QA"],
        kind: "acquisition",
        status: "signed",
        supplier: "IT",
        recipient: "QA",
        systems: ["nh90"],
        quantity: 16,
      },
    ],
  },
  {
    name: "English: an order whose deliveries are still to come is signed, not delivered",
    language: "en",
    text: `Baykar to deliver Akinci drones to Indonesia
Jakarta, 11 February 2025 — Indonesia has ordered 12 Bayraktar Akinci unmanned combat aerial vehicles from Turkey's Baykar, the Indonesian defence ministry said, with deliveries expected to begin in 2026.`,
    deals: [
      {
        parties: ["ID", "TR"],
        kind: "acquisition",
        status: "signed",
        supplier: "TR",
        recipient: "ID",
        quantity: 12,
      },
    ],
  },
  {
    name: "French: a rumoured purchase from a supplier after auprès de la, a class name",
    language: "fr",
    text: `L'Algérie aurait acquis des sous-marins russes supplémentaires
Alger, 8 novembre 2024 – L'Algérie aurait acquis deux sous-marins de classe Kilo auprès de la Russie, selon le site spécialisé Menadefense, qui cite des sources militaires.`,
    systems: ["kilo-class"],
    cited: ["menadefense"],
    deals: [
      {
        parties: ["DZ", "RU"],
        kind: "acquisition",
        status: "rumoured",
        supplier: "RU",
        recipient: "DZ",
        systems: ["kilo-class"],
      },
    ],
  },
  {
    name: "Arabic: a delivery under a contract (عقد بقيمة) signed earlier, its value and year",
    language: "ar",
    text: `الهند تسلم أرمينيا منظومات "أكاش" للدفاع الجوي
يريفان – سلمت الهند أرمينيا الدفعة الأولى من منظومات الدفاع الجوي "أكاش"، في إطار عقد بقيمة 720 مليون دولار وقع سنة 2023.`,
    deals: [
      {
        parties: ["AM", "IN"],
        kind: "acquisition",
        status: "delivered",
        supplier: "IN",
        recipient: "AM",
        systems: ["akash"],
        value: { amount: 720_000_000, currency: "USD" },
        year: 2023,
      },
    ],
  },
  {
    name: "English: a quantity written as a word",
    language: "en",
    text: `Greece signs contract for three Belharra frigates
Athens, 24 March 2022 – Greece has signed a contract with France for three Belharra frigates worth 3 billion euros, the Greek defence ministry said.`,
    deals: [
      {
        parties: ["FR", "GR"],
        kind: "acquisition",
        status: "signed",
        supplier: "FR",
        recipient: "GR",
        systems: ["fdi"],
        quantity: 3,
        value: { amount: 3_000_000_000, currency: "EUR" },
      },
    ],
  },
  {
    name: "Egyptian press: an Arabic number word, a designation number after طراز",
    language: "ar",
    text: `مصر توقع عقدا لشراء أربع غواصات ألمانية
القاهرة – وقعت مصر عقدا مع ألمانيا لشراء أربع غواصات من طراز 209، وفق ما أعلنته القوات البحرية المصرية.`,
    deals: [
      {
        parties: ["DE", "EG"],
        kind: "acquisition",
        status: "signed",
        supplier: "DE",
        recipient: "EG",
        systems: ["type-209"],
        quantity: 4,
      },
    ],
  },
  {
    name: "French: deux, and a class name that needs a naval word nearby",
    language: "fr",
    text: `La Grèce commande deux frégates FDI supplémentaires
Athènes, 12 avril 2024 – La Grèce a commandé deux frégates FDI supplémentaires auprès de la France.`,
    deals: [
      {
        parties: ["FR", "GR"],
        kind: "acquisition",
        status: "signed",
        supplier: "FR",
        recipient: "GR",
        quantity: 2,
      },
    ],
  },
  {
    name: "Algerian press: an Arabic dual is two (فرقاطتين)",
    language: "ar",
    text: `الجزائر تتسلم فرقاطتين من الصين
تسلمت القوات البحرية الجزائرية فرقاطتين من طراز C28A من الصين في إطار صفقة وقعت سنة 2012.`,
    deals: [
      {
        parties: ["CN", "DZ"],
        kind: "acquisition",
        status: "delivered",
        supplier: "CN",
        recipient: "DZ",
        systems: ["c28a"],
        quantity: 2,
        year: 2012,
      },
    ],
  },
  {
    name: "Gulf press: an uncatalogued coastal missile system is the deal's system, origin from its nisba",
    language: "ar",
    text: `الكويت تشتري منظومة صواريخ ساحلية
وقعت الكويت عقدا مع النرويج لشراء منظومة صواريخ نرويجية من طراز «KX-40» المضادة للسفن، وكان الجيش قد اختبرها العام الماضي.`,
    countries: ["KW", "NO"],
    systems: ["uncatalogued:kx-40"],
    deals: [
      {
        parties: ["KW", "NO"],
        kind: "acquisition",
        status: "signed",
        supplier: "NO",
        recipient: "KW",
        systems: ["uncatalogued:kx-40"],
      },
    ],
  },
  {
    name: "English trade press: trucks and a transport aircraft the catalogue lacks",
    language: "en",
    text: `Jordan orders trucks and airlifters
Jordan signed a contract with Spain for 40 Tz-6 trucks and two Qa-300 transport aircraft.`,
    countries: ["JO", "ES"],
    systems: ["uncatalogued:qa-300", "uncatalogued:tz-6"],
  },
  {
    name: "French press: a bare contextual name far from any class noun is no system",
    language: "fr",
    text: `Visite à Ankara
Le ministre a rencontré à Ankara le général Kaan, a indiqué l'armée, qui prépare un exercice militaire.`,
    systems: [],
  },
];
