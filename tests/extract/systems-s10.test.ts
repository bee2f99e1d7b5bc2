/**
 * Systems and countries the session-10 reading of real reporting found misread (issue #14): a
 * variant's standard written on its own (برنامج «إف 4» is the Rafale F4, not the F-4 Phantom),
 * systems and spellings the catalogue lacked, a system alias spelled like a given name; countries
 * named only in a war's name, as what a buyer faces, as where combat missions were flown, as a
 * show's venue, and the bare Korean adjective. Our own sentences, in each language where the
 * construction occurs.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, systemsOf } from "./own-text.js";

describe("a variant's standard written on its own beside a standard word", () => {
  it.each([
    ["ar", "رافال", "اشترت القوات الجوية طائرات رافال تسلم وفق برنامج «إف 4» ابتداء من العام المقبل."],
    ["fr", "Rafale", "Les Rafale de l'armée de l'air passeront à la version F4 en 2027."],
    ["en", "Rafale", "The air force will receive its Rafale jets in the F4 standard next year."],
  ])("is that variant of the family the article names (%s)", (_lang, title, text) => {
    expect(systemsOf(title, text)).toEqual(["rafale-f4"]);
  });

  it.each([
    ["ar", "طائرات", "أحالت القوات الجوية طائرات إف 4 إلى التقاعد واشترت طائرات رافال.", ["f-4", "rafale"]],
    [
      "en",
      "Jets",
      "The air force retired its F-4 Phantom jets and bought Rafale fighters.",
      ["f-4", "rafale"],
    ],
    ["fr", "Marine", "La marine indienne recevra 26 Rafale Marine au standard F4.", ["rafale-m"]],
  ])(
    "is no variant without a standard word, nor against another stated variant (%s)",
    (_lang, title, text, expected) => {
      expect(systemsOf(title, text)).toEqual(expected);
    },
  );
});

describe("systems and spellings the catalogue lacked", () => {
  it.each([
    ["ar", "تسليح", "تحمل المروحية مدفعا رشاشا إم230 وصواريخ الهايدرا 70.", ["hydra-70", "m230"]],
    [
      "en",
      "Armament",
      "The helicopter carries an M230 chain gun and Hydra 70 rockets.",
      ["hydra-70", "m230"],
    ],
    ["en", "Navy", "The navy bought Israeli Spike ER missiles for its patrol boats.", ["spike-er"]],
    ["fr", "Drones", "Le drone emporte des bombes MAM-T et des MAM-C.", ["mam-c", "mam-t"]],
    ["ar", "دفاع جوي", "تسلم الجيش نظام الدفاع الجوي «غيبارد» الألماني.", ["gepard-spaag"]],
    ["ar", "دفاع جوي", "تعاقدت الوزارة على منظومة «كام سام» الكورية.", ["km-sam"]],
    ["fr", "Marine", "Les appareils embarqueront sur le porte-avions INS Vikramaditya.", ["vikramaditya"]],
    ["ar", "مقاتلات", "يضم الأسطول مقاتلات سو-30MKA متعددة المهام.", ["su-30mka"]],
    ["en", "Helicopters", "The ALH helicopter is a twin-engine design.", ["dhruv"]],
    ["ar", "طائرات", "أبرمت القاهرة صفقة لشراء طائرات الرفال.", ["rafale"]],
    ["ar", "بحرية", "وصلت الفرقاطة الفرنسية «الفاتح» إلى الإسكندرية.", ["gowind"]],
  ])("finds it (%s: %s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it.each([
    ["ar", "مسيرات", "تسلم الجيش مسيرات وينغ لونغ صينية الصنع.", ["wing-loong"]],
    ["en", "Drones", "The army received Chinese-made Wing Loong drones.", ["wing-loong"]],
    ["ar", "مسيرات", "طلبت القوات الجوية مسيرات «وينغ لونغ 2».", ["wing-loong-ii"]],
  ])(
    "reads the family a bare name states, the variant a number states (%s: %s)",
    (_lang, title, text, expected) => {
      expect(systemsOf(title, text)).toEqual(expected);
    },
  );

  it.each([
    [
      "ar",
      "مسيرات",
      "تحمل المسيرة صواريخ «السهم الأزرق» الموجهة وقنابل «واي زد 212».",
      ["blue-arrow-7", "yz-212"],
    ],
    [
      "en",
      "Drones",
      "The drone is armed with Blue Arrow 7 missiles and YZ-212 bombs.",
      ["blue-arrow-7", "yz-212"],
    ],
    ["ar", "مسيرات", "كشف الحفل عن نموذج لطائرة حمزة-2 القتالية المسيرة.", ["hamza-2"]],
  ])(
    "finds Chinese drone munitions and a drone built under licence (%s: %s)",
    (_lang, title, text, expected) => {
      expect(systemsOf(title, text)).toEqual(expected);
    },
  );

  it("reads no missile in a blue arrow without a class noun", () => {
    expect(systemsOf("لوحة", "رسم الفنان السهم الأزرق على الجدار.")).toEqual([]);
  });

  it.each([
    [
      "ar",
      "بحرية",
      "تسلمت البحرية حاملتي الطائرات من طراز «ميسترال» الفرنسية، وكانت صفقة الميسترال قد أبرمت قبل عام.",
      ["mistral-class"],
    ],
    ["fr", "Marine", "La marine a reçu deux porte-hélicoptères de type Mistral.", ["mistral-class"]],
    ["ar", "فرقاطات", "تسلمت البحرية فرقاطتين من طراز جيبارد.", ["gepard-class"]],
    ["ar", "دفاع جوي", "تسلم الجيش صواريخ ميسترال المضادة للطائرات.", ["mistral"]],
  ])(
    "reads a name a class noun of another kind introduces as the system of that kind (%s: %s)",
    (_lang, title, text, expected) => {
      expect(systemsOf(title, text)).toEqual(expected);
    },
  );

  it("reads no ship in a conqueror's epithet", () => {
    expect(systemsOf("تاريخ", "دخل السلطان محمد الفاتح المدينة بعد حصار طويل.")).toEqual([]);
  });

  it("reads no missile in a person named like it (Alexander, not Iskander)", () => {
    expect(systemsOf("تصدير", "قال ألكسندر ميخييف إن الطلب على المقاتلات كبير.")).toEqual([]);
  });
});

describe("countries that are no actors", () => {
  it.each([
    [
      "en",
      "Helicopters",
      "Egypt bought helicopters from France. The old ones served in the Vietnam War, and Vietnam War veterans flew them.",
    ],
    [
      "fr",
      "Hélicoptères",
      "L'Égypte achète des hélicoptères à la France. Les anciens dataient de la guerre du Vietnam, et des pilotes de la guerre du Vietnam les ont formés.",
    ],
  ])("a country that names a war (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["EG", "FR"]);
  });

  it.each([
    [
      "fr",
      "Rafale",
      "L'Égypte a acheté des Rafale à la France face à la Turquie, et elle s'arme face à la Turquie.",
    ],
    [
      "en",
      "Rafale",
      "Egypt bought Rafale jets from France in the face of Turkey, and it arms itself in the face of Turkey.",
    ],
    ["ar", "رافال", "اشترت مصر طائرات رافال من فرنسا في مواجهة تركيا، وهي تتسلح في مواجهة تركيا."],
    ["fr", "Rafale", "L'Égypte a acheté des Rafale à la France sur fond de tensions avec le voisin turc."],
  ])("the rival a buyer faces (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["EG", "FR"]);
  });

  it.each([
    [
      "en",
      "BrahMos",
      "The Philippines bought BrahMos missiles from India, a deal unlikely to go down well with China, which it angered.",
      ["IN", "PH"],
    ],
    [
      "ar",
      "إس-400",
      "اشترت تركيا منظومة إس-400 من روسيا، ما أثار غضب الولايات المتحدة وأغضب الولايات المتحدة.",
      ["RU", "TR"],
    ],
    [
      "fr",
      "Rafale",
      "L'Inde achète des Rafale à la France face à la menace chinoise et aux menaces de la Chine.",
      ["FR", "IN"],
    ],
    [
      "en",
      "THAAD",
      "The US sold THAAD to Saudi Arabia to face the threat from North Korea and threats from North Korea alike.",
      ["SA", "US"],
    ],
    [
      "ar",
      "ثاد",
      "اشترت السعودية منظومة ثاد من الولايات المتحدة لمواجهة التهديدات الإيرانية والتهديد الإيراني المتزايد.",
      ["SA", "US"],
    ],
  ])("a country a deal displeases, or a threat comes from (%s)", (_lang, title, text, expected) => {
    expect(countriesOf(title, text)).toEqual(expected);
  });

  it("the country whose equipment a price is compared with", () => {
    expect(
      countriesOf(
        "مسيرات",
        "اشترت الجزائر مسيرات من الصين بسعر منخفض مقارنة بمثيلتها الأمريكية، وهو أقل مقارنة بمثيلتها الأمريكية بكثير.",
      ),
    ).toEqual(["CN", "DZ"]);
  });

  it("where combat missions were flown", () => {
    expect(
      countriesOf(
        "رافال",
        "اشترت مصر طائرات رافال من فرنسا. ونفذت هذه الطائرات مهام قتالية بسوريا والعراق، ثم مهام قتالية بسوريا مرة أخرى.",
      ),
    ).toEqual(["EG", "FR"]);
  });

  it("a show named after its host country", () => {
    expect(
      countriesOf(
        "سو-57",
        "أعلنت روسيا توقيع عقد لتصدير مقاتلات سو-57 إلى الجزائر خلال معرض الصين الدولي للطيران، وأعلن ذلك في معرض الصين.",
      ),
    ).toEqual(["DZ", "RU"]);
  });
});

describe("a country named as the make of equipment", () => {
  it.each([
    [
      "ar",
      "الجيش العراقي",
      "يضم أسطول الجيش العراقي ناقلات جند روسية وأمريكية وبلغارية ومقاتلات كورية.",
      ["BG", "IQ", "KR", "RU", "US"],
    ],
    ["fr", "Armée", "L'armée malienne aligne des blindés français et des hélicoptères russes.", ["FR", "RU"]],
    ["en", "Army", "The Malian army fields Turkish drones and Russian tanks.", ["RU", "TR"]],
  ])("is an actor, also further down a list of makes (%s)", (_lang, title, text, expected) => {
    expect(countriesOf(title, text)).toEqual(expected);
  });

  it("is not when its demonym describes a person", () => {
    expect(
      countriesOf(
        "Armée",
        "L'armée malienne a défilé. Un ministre français était présent, avec des officiers.",
      ),
    ).toEqual([]);
  });
});

describe("the bare Korean adjective beside equipment", () => {
  it.each([
    ["ar", "دفاع جوي", "وقع العراق عقدا لشراء منظومة الدفاع الجوي الكورية الحديثة.", ["IQ", "KR"]],
    ["fr", "Obusiers", "La Pologne a commandé des obusiers coréens K9.", ["KR", "PL"]],
    ["en", "Howitzers", "Poland ordered Korean K9 howitzers.", ["KR", "PL"]],
  ])("names South Korea (%s)", (_lang, title, text, expected) => {
    expect(countriesOf(title, text)).toEqual(expected);
  });

  it("is no country in the peninsula's or the war's name", () => {
    expect(
      countriesOf(
        "Tanks",
        "Poland bought tanks from Germany; tensions on the Korean Peninsula and the Korean War memory were discussed.",
      ),
    ).toEqual(["DE", "PL"]);
  });
});
