/** Stop words per language (folded spelling). Small, hand-picked: function words and chat filler. */

/**
 * English, and French function words: French text is analysed with the English analysis (see `analysisLanguageOf`),
 * so "c'est quoi la PUMa" must leave only "puma". French words that are English content words ("son") are not listed.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so of to in on at by for with from into about as is are was were be been being am do does did
  doing have has had having i me my mine myself we our ours us you your yours he him his himself she her hers herself it its they them their theirs this that these those there here what
  which who whom whose when where why how can could should would will shall may might must need want get got i'm im i've
  ive dont don't cant can't not no yes please thanks thank hi hello hey any some all each more most very just also still
  up out over than too only own same other such again further once way much many tell know let like one ok okay
  oh ah hmm hm um uh lol actually rather instead wait vs versus think thinking thought considering
  whats wheres hows whos thats theres heres whens whys youre theyre isnt arent wasnt doesnt didnt wont wouldnt shouldnt
  couldnt havent hasnt
  le la les l un une des du de d cest c est et ou pour je j tu il elle on nous vous ils elles mon ma mes ton ta tes notre
  nos votre vos leur leurs qui que qu quoi quel quelle quels quelles comment combien dans sur avec au aux ce cet cette ces
  ne pas se sa ses y en faut dois doit peut peux suis sommes etes sont ai avons avez ont fait faire bonjour merci svp
  ben bah euh plutot enfin finalement pense pensons penser envisage envisageons reflechis reflechissons depuis chez vers celui celle ceux celles
  ici voici voila`.split(/\s+/),
);

/** German, with the colloquial forms people type in chat ("brauch ich", "gibts", "ne GmbH", "is", "grad"). */
export const GERMAN_STOP_WORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann so von zu im in am an auf bei mit aus
  fur uber unter um als ist sind war waren sein bin bist seid hat habe haben hatte hast ich mich mir wir uns ihr euch sie
  er es man mein meine meinen meinem meiner unser unsere unseren dein deine ihre ihren ihrem was wer wie wo wann warum
  welche welcher welches welchem welchen kann konnen muss mussen soll sollen will wollen darf durfen mochte brauch brauche brauchen brauchst braucht gibt geht
  nicht kein keine ja nein bitte danke hallo auch noch schon sehr nur mal denn doch dass da hier dort eigentlich etwas
  jemand alle alles viel viele gut gerne zum zur vom beim ins ab bis nach vor wird werden wurde
  gibts gibs is isses ne nen nem ner nes hab haste kannst musst grad gerade halt
  eben so'n son irgendwie echt krieg kriege kriegt bekomm bekommt dat wat ach nee naja oh hmm lieber eher stattdessen
  machen mache macht machst gemacht danach denke denken uberlege uberlegen uberlegt`.split(/\s+/),
);

/** Japanese function words that the segmenter emits as words (particles, copula, auxiliaries, fillers). */
export const JAPANESE_STOP_WORDS: ReadonlySet<string> = new Set(
  `の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう
  また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ
  なく しかし について せ だっ できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり たち
  ます です ですか ますか でしょう でしょうか ください 下さい たい したい どう どこ 何 なに いつ 誰 だれ どの どれ
  ですが けど けれど じゃ じゃない じゃなく つもり ん の か ね よ わ って 教え 教えて 知り 知りたい 方法 について 場合 とき 時 ほしい 欲しい した して しま しょう なり なら られ れば ありますか いい 良い てる てい てた んで`.split(/\s+/),
);

/**
 * The generic verbs of asking for something in Japanese (探す, 始める, 手伝う, 調べる, 見つける), as German's "machen"
 * or English's "need": "子どものKita探したい" is about the Kita, not about looking for something. (作る is not one: "GKを
 * 作る" is founding one; "会社を作りたい" is founding by an alias, `knowledge/aliases.json`.) The segmenter splits them unevenly ("探|し", "手|伝|って",
 * "見|つけ"), so their pieces are listed too. Unlike the other stop words they also end a kanji run: "学校探し" gives no
 * bigram "校探".
 */
export const JAPANESE_GENERIC_VERBS: ReadonlySet<string> = new Set(
  `探 探し 探す 探して 始め 始める 始まる 手 伝 手伝 手伝い 手伝う 手伝っ 調べ 調べる 見 つけ 見つけ 見つける`.split(/\s+/),
);
