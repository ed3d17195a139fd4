"""People named in an article, found by rules: capitalised names with cues, one entry per human.

No statistical model is available offline, so a capitalised run of words counts as a person when
something vouches for it: a known given name ("Jens Stoltenberg"), a title or role just before it
("Undersecretary Sherman", "Colonel Aleksandr Fomin"), an honorific ("Mr Putin") or a speech verb
("Miles said"). Surname-only mentions join the full name mentioned in the same article.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from .text import is_shouted, is_title_case

# ("Alhaji Musa Ibrahim": and the pilgrim's honorific of West African copy)
HONORIFICS = frozenset(
    # (and Malaysia's titles of honour: "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Mahathir")
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame alhaji alhaja datuk datin dato dato' datuk' tun".split()
)
# the second word of a Malaysian title ("Datuk Seri", "Tan Sri"): a title only after the first
_HONORIFIC_SECONDS = {
    "seri": frozenset({"datuk", "dato", "dato'", "datin"}),
    "sri": frozenset({"tan", "datuk", "dato", "puan"}),
}
_HONORIFIC_SEX = {
    "alhaji": "m",
    "alhaja": "f",
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
}
# Ranks shortened without a full stop, as British papers write them ("Gen Valerii Zaluzhnyi", "Col Gen …")
MILITARY_SHORT = frozenset("gen col lt maj sgt capt cmdr adm brig".split())
# (and as British papers shorten them: "Det Insp Mark Rowe", "Det Ch Supt Claire Hughes")
POLICE_RANKS = frozenset("detective inspector constable superintendent det insp supt ch".split())
_SHORT_RANKS = MILITARY_SHORT | POLICE_RANKS
# Titles in French, Spanish, Italian and German copy, as English names them
_FOREIGN_POSTS = {
    "ministre": "minister",
    "président": "president",
    "présidente": "president",
    "chancelier": "chancellor",
    "chancelière": "chancellor",
    "porte-parole": "spokesman",
    "maire": "mayor",
    "député": "lawmaker",
    "députée": "lawmaker",
    "sénateur": "senator",
    "sénatrice": "senator",
    "ministro": "minister",
    "ministra": "minister",
    "presidente": "president",
    "presidenta": "president",
    "canciller": "chancellor",
    "portavoz": "spokesman",
    "alcalde": "mayor",
    "alcaldesa": "mayor",
    "diputado": "lawmaker",
    "diputada": "lawmaker",
    "senador": "senator",
    "senadora": "senator",
    "segretario": "secretary",
    "segretaria": "secretary",
    "sindaco": "mayor",
    "portavoce": "spokesman",
    "präsident": "president",
    "präsidentin": "president",
    # Dutch
    "kamerlid": "lawmaker",
    "burgemeester": "mayor",
    "woordvoerder": "spokesman",
    "woordvoerster": "spokeswoman",
    "staatssecretaris": "secretary",
    "wethouder": "councillor",
    "fractievoorzitter": "leader",
    # Polish
    "poseł": "lawmaker",
    "posłanka": "lawmaker",
    "rzecznik": "spokesman",
    "rzeczniczka": "spokeswoman",
    "prezydent": "president",
    "wicepremier": "deputy",
    "prezes": "chairman",
    "prezeska": "chairman",
    "szef": "chief",
    "szefowa": "chief",
    "marszałek": "speaker",
    "wojewoda": "governor",
    # Spanish and Portuguese
    "gobernador": "governor",
    "gobernadora": "governor",
    "governador": "governor",
    "governadora": "governor",
    "prefeito": "mayor",
    "prefeita": "mayor",
    "deputado": "lawmaker",
    "deputada": "lawmaker",
    "jefe": "chief",
    "jefa": "chief",
    "chefe": "chief",
    "governatore": "governor",
    "vicepresidente": "deputy",
    "vicepresidenta": "deputy",
    "vicepremier": "deputy",
    "primeiro-ministro": "premier",
    "primeira-ministra": "premier",
    "secretário-geral": "secretary-general",
    "secretária-geral": "secretary-general",
    "secretário": "secretary",
    "secretária": "secretary",
    "secretario": "secretary",
    "secretaria": "secretary",
    # Romanian, the article on the word's end ("Premierul Marcel Ciolacu", "Ministrul Finanțelor")
    "premierul": "premier",
    "ministrul": "minister",
    "președintele": "president",
    "presedintele": "president",
    "liderul": "leader",
    "primarul": "mayor",
    "purtătorul": "spokesman",
    # Czech and Slovak
    "ministr": "minister",
    "ministryně": "minister",
    "ministerka": "minister",
    "prezident": "president",
    "prezidentka": "president",
    "mluvčí": "spokesman",
    "hovorca": "spokesman",
    "hovorkyňa": "spokeswoman",
    "předseda": "chairman",
    "předsedkyně": "chairman",
    "predseda": "chairman",
    "predsedníčka": "chairman",
    "poslanec": "lawmaker",
    "poslankyně": "lawmaker",
    "poslankyňa": "lawmaker",
    "starosta": "mayor",
    "starostka": "mayor",
    "primátor": "mayor",
    "hejtman": "governor",
    "lídr": "leader",
    "líder": "leader",
    # Greek ("Ο πρωθυπουργός Κυριάκος Μητσοτάκης")
    "πρωθυπουργός": "premier",
    "υπουργός": "minister",
    "πρόεδρος": "president",
    "αρχηγός": "leader",
    "εκπρόσωπος": "spokesman",
    "δήμαρχος": "mayor",
    "βουλευτής": "lawmaker",
    # Turkish, the post last ("Hazine ve Maliye Bakanı Mehmet Şimşek", "CHP Genel Başkanı Özgür Özel")
    "bakan": "minister",
    "bakanı": "minister",
    "başkan": "chairman",
    "başkanı": "chairman",
    "cumhurbaşkanı": "president",
    "sözcüsü": "spokesman",
    "valisi": "governor",
    # Indonesian and Malay
    "presiden": "president",
    "menteri": "minister",
    "gubernur": "governor",
    "ketua": "chairman",
    "kepala": "head",
    "wakil": "deputy",
}
# Titles and roles that stand before a name; they vouch for the name that follows.
ROLES = (
    frozenset(
        """
    president vice prime minister ministers secretary secretary-general general undersecretary under-secretary
    deputy foreign defense defence interior finance justice state affairs national security adviser advisor
    spokesman spokeswoman spokesperson colonel lieutenant major captain admiral sergeant commander chief
    ambassador chancellor senator sen. rep. representative gov. governor mayor professor prof. pope pastor
    rev. father bishop archbishop judge commissioner director chairman chairwoman chair ceo head leader
    speaker premier gen. col. lt. sgt. capt. cmdr. king queen prince princess lord lady envoy negotiator
    counterpart expert analyst officer official lawmaker mp mep pm cm congressman congresswoman former acting shadow boss
    interim
    councillor councilor councilman councilwoman alderman sheriff coach manager executive chairperson
    attorney prosecutor solicitor-general attorney-general taoiseach tánaiste tanaiste commander-in-chief editor-in-chief
    publisher editor founder co-founder lawyer solicitor barrister
    fellow researcher scholar lecturer historian scientist strategist economist administrator
    astronomer astrophysicist physicist biologist chemist epidemiologist virologist climatologist geologist
    rapporteur ombudsman ombudsperson rabbi imam cardinal cleric priest reverend ayatollah mufti
    emir sheikh sultan emperor empress patriarch
    """.split()
    )
    # the same titles in French, Spanish, Italian and German copy ("Le premier ministre, Michel Barnier,"; the
    # German posts alone too, which their compounds end in)
    | frozenset(_FOREIGN_POSTS)
    | frozenset("kanzler kanzlerin sprecher sprecherin bürgermeister bürgermeisterin".split())
    | MILITARY_SHORT
    | HONORIFICS
    | POLICE_RANKS
    # the same titles in Ukrainian and Russian copy ("Міністр оборони Рустем Умєров", "Речник Кремля")
    | frozenset(
        """
    президент прем'єр-міністр премʼєр-міністр премьер-министр міністр министр міністра министра речник речниця
    пресс-секретарь пресс-секретар прессекретарь голова глава посол мер губернатор генсек генеральний генеральный
    секретар секретарь командувач командующий головнокомандувач главнокомандующий спікер спикер радник советник
    депутат канцлер лідер лидер заступник заместитель віцепрем'єр вице-премьер очільник керівник руководитель
    директор генерал полковник омбудсман уповноважений
    """.split()
    )
)
# Adjectives and acronyms that sit in a title ("U.S. President", "NATO Secretary General").
TITLE_PREFIXES = frozenset(
    """
    u.s. us usa uk eu un nato russian ukrainian american british french german chinese european israeli
    palestinian iranian polish italian spanish turkish belarusian georgian moldovan estonian latvian
    lithuanian finnish swedish norwegian danish dutch belgian japanese indian white house
    saudi emirati qatari egyptian jordanian lebanese syrian iraqi afghan pakistani korean taiwanese
    australian canadian mexican brazilian argentine nigerian kenyan swiss austrian czech slovak hungarian
    romanian bulgarian serbian croatian greek portuguese irish scottish welsh
    """.split()
)
# A country's name and the word its titles use ("Finland's prime minister" is the Finnish one)
COUNTRY_ADJECTIVES = dict(
    pair.split(":")
    for pair in """
    ukraine:ukrainian russia:russian america:american britain:british france:french germany:german
    china:chinese israel:israeli iran:iranian poland:polish italy:italian spain:spanish turkey:turkish
    türkiye:turkish belarus:belarusian moldova:moldovan estonia:estonian latvia:latvian
    lithuania:lithuanian finland:finnish sweden:swedish norway:norwegian denmark:danish
    netherlands:dutch belgium:belgian japan:japanese india:indian qatar:qatari egypt:egyptian
    lebanon:lebanese syria:syrian iraq:iraqi afghanistan:afghan pakistan:pakistani korea:korean
    taiwan:taiwanese australia:australian canada:canadian mexico:mexican brazil:brazilian
    argentina:argentine nigeria:nigerian kenya:kenyan switzerland:swiss austria:austrian czechia:czech
    slovakia:slovak hungary:hungarian romania:romanian bulgaria:bulgarian serbia:serbian
    croatia:croatian greece:greek portugal:portuguese ireland:irish scotland:scottish wales:welsh
    """.split()
)
# "Finland's" before a title: the country as its adjective
_COUNTRY_POSSESSIVE_RE = re.compile(rf"\b({'|'.join(COUNTRY_ADJECTIVES)})['’]s\b", re.IGNORECASE)


def as_adjective(text: str) -> str:
    """``text`` with each country's possessive written as its adjective ("Finland's prime minister" as
    "finnish prime minister")."""
    if "'s" not in text and "’s" not in text:
        return text  # (most windows hold no possessive: no need to look for a country's)
    return _COUNTRY_POSSESSIVE_RE.sub(lambda m: COUNTRY_ADJECTIVES[m.group(1).lower()], text)


# Capitalised words that make a run an organisation, a place, a publication or a date.
NOT_NAMES = frozenset(
    """
    times post news journal press agency university college school institute council committee ministry
    department office administration government opposition parliament congress senate assembly union alliance
    badan kementerian dewan komisi partai nasional
    organization organisation federation republic kingdom states nations forces army navy party group
    bank fund company corporation inc ltd house kremlin pentagon nato reuters interfax tass afp bloomberg
    telegram facebook twitter monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december street square theatre theater
    agreements agreement treaty summit war front channel station staff action airport city region oblast province
    county island sea ocean river east west north south europe african asia america russia ukraine china
    moscow kyiv kiev brussels washington london paris berlin geneva vienna minsk crimea donbas mariupol
    kharkiv chernihiv beijing iran georgia moldova estonia latvia lithuania poland germany france britain
    england spain italy turkey israel gaza syria iraq india japan korea canada mexico brazil africa
    alliance's god christmas easter covid internet cold harbor harbour security policy service services
    tank tanks vehicle vehicles missile missiles rocket rockets drone drones launcher launchers howitzer
    howitzers helicopter helicopters jets
    act acts charter convention constitution directive statute amendment protocol
    affairs foreign defense defence state national international global world european western eastern
    soviet atlantic pacific baltic black
    center centre watch foundation association society network coalition initiative trust
    commission authority bureau tribunal hospital clinic museum gallery library airlines airways motors
    energy petroleum holdings capital partners ventures media studios technologies pharmaceuticals motor
    components industries systems solutions electronics labs laboratories foods brands resources mining chemicals
    automotive aerospace engineering construction properties insurance pharma biotech therapeutics semiconductor
    semiconductors robotics software
    line lines ferries cruises shipping logistics freight
    new los las santa sao são saint fort mount tel hurricane storm typhoon cyclone operation festival league
    telescope observatory spacecraft satellite mission prize award trophy
    area massacre peninsula parade endowment plan accord pact memorandum doctrine corridor offensive framework
    counteroffensive fleet district strait gulf canal dam reservoir stadium arena cathedral mosque
    monastery camp zone frontline tunnel pipeline highway road avenue islands mountains
    board police constabulary court courts prison force cabinet embassy consulate directorate inspectorate
    secretariat regiment brigade battalion railway railways port ports command headquarters corps guard cross chiefs reserve dynamics
    palace rada duma knesset sejm seimas bundestag bundesrat intelligence operations agence presse team squad taskforce
    elysee élysée elysees khortytsia tavria bridge day deal dome curtain valley stream unit zero welle
    democrats republicans socialists conservatives liberals greens communists nationalists tories
    democrat republican socialist conservative communist nationalist tory labour
    quote source sources details background update note context reminder recap
    pravda izvestia kommersant gazeta vedomosti tribune herald gazette chronicle telegraph
    budapest warsaw prague bratislava bucharest belgrade zagreb ljubljana athens rome madrid lisbon dublin
    amsterdam hague copenhagen stockholm oslo helsinki tallinn riga vilnius chisinau tbilisi yerevan baku
    ankara istanbul tehran baghdad damascus beirut cairo riyadh doha jerusalem tokyo seoul pyongyang delhi
    islamabad kabul canberra ottawa havana caracas brasilia pretoria nairobi abuja luxembourg strasbourg
    munich davos bern zurich odesa odessa lviv dnipro zaporizhzhia kherson donetsk luhansk bakhmut avdiivka
    sevastopol belgorod kursk pokrovsk kramatorsk sumy poltava vinnytsia mykolaiv petersburg
    qatar egypt lebanon saudi emirates kuwait bahrain oman yemen libya tunisia algeria morocco sudan
    ethiopia eritrea somalia nigeria ghana senegal uganda rwanda burundi congo angola zambia zimbabwe
    mozambique tanzania namibia botswana pakistan afghanistan bangladesh nepal myanmar thailand vietnam
    cambodia laos malaysia singapore indonesia philippines taiwan mongolia kazakhstan uzbekistan kyrgyzstan
    tajikistan turkmenistan azerbaijan armenia belarus hungary slovakia slovenia croatia serbia bosnia
    montenegro albania macedonia kosovo bulgaria romania greece cyprus austria switzerland belgium
    netherlands denmark norway sweden finland iceland ireland scotland wales portugal australia argentina
    colombia venezuela ecuador bolivia paraguay uruguay nicaragua honduras guatemala haiti hamas hezbollah
    houthis taliban
    """.split()
)
# What a Ukrainian or Russian title names its holder by, never a name ("Президент України", "Речник Кремля")
NOT_NAMES |= frozenset(
    """
    україни україна росії россии росія россия рф кремля кремль оборони обороны нато сша єс ес зсу всу сил
    закордонних иностранных справ дел заходу запада європи европы києва киева москви москвы білого білий
    дому фонду компанії компании ради рада верховної верховной думи думы уряду правительства офісу офиса
    міністерства министерства мзс мид сбу фсб гур украины украина беларуси білорусі китаю китая франції франции
    німеччини германии польщі польши британії британии сил всу вс оон єс евросоюза євросоюзу
    """.split()
)
# Titles held with one name: "Pope Francis", "King Charles", "Patriarch Kirill"
REGNAL_TITLES = frozenset("pope king queen prince princess emperor empress emir sultan sheikh patriarch".split())
# Letters after a name, not part of it ("Mark Ellison KC", "Jane Doe OBE")
POST_NOMINALS = frozenset("kc qc mp mep msp ms mla obe cbe mbe kbe dbe gbe phd frs jr jr. sr sr.".split())
# but a generational suffix is part of a full name: "Donald Trump Jr." is not his father
GENERATIONAL = frozenset("jr jr. sr sr.".split())
# A monarch's or a pope's number after the name ("King Charles III", "Pope Leo XIV"), not part of it
_ORDINAL_RE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)")
# Titles that vouch for a lone surname ("Ms. Sherman", "Colonel Fomin", "President Macron").
PERSON_TITLES = (
    HONORIFICS
    | frozenset(
        """
    president minister secretary secretary-general undersecretary under-secretary colonel lieutenant major
    captain admiral sergeant commander ambassador chancellor senator sen. rep. representative gov. governor
    mayor professor pope pastor rev. father bishop archbishop judge commissioner spokesman spokeswoman
    spokesperson premier gen. col. lt. sgt. capt. cmdr. king queen prince princess lord lady envoy general
    taoiseach tánaiste tanaiste
    """.split()
    )
    | MILITARY_SHORT
    | POLICE_RANKS
)
# Capitalised at the start of a sentence, never a name.
COMMON_WORDS = frozenset(
    """
    he she his her hers him they them their we our us i it its this that these those there here the a an
    but and or if when while as after before however also although though because since so yet still then
    now today yesterday tomorrow earlier later meanwhile instead even only just both each every all some
    many most more much few other another such what which who whom whose where why how not no yes
    according asked said says one two three four five first second third last next new old
    """.split()
)
_ARTICLES = frozenset("the a an this that these those".split())
_GERMAN_ARTICLES = frozenset("Der Die Das".split())
PARTICLES = frozenset("de da di du van von der den del della la le bin ibn al el ter ten".split())
# particles that are the article or a preposition of a Romance language too, in a name only after another particle
_ARTICLE_PARTICLES = frozenset("la le el".split())
# Words that sum something up: "condemned the attack as “barbaric”" (their object follows them)
SUMMING_VERBS = "condemned|denounced|hailed|praised|slammed|blasted|branded|labelled|labeled|dismissed"
# Speech verbs of German copy ("sagte Scholz", "sagte er")
GERMAN_SPEECH_VERBS = (
    "sagte|sagt|erklärte|betonte|warnte|schrieb|meinte|ergänzte|kritisierte|forderte|bekräftigte|versicherte|"
    "unterstrich|mahnte"
)
# Speech verbs of Polish copy, a man's and a woman's ("„…” – powiedział premier Donald Tusk")
POLISH_SPEECH_VERBS = "|".join(
    f"{stem}ł|{stem}ła"
    for stem in (
        "powiedzia doda podkreśli stwierdzi zaznaczy oświadczy przekaza zapewni oceni napisa wyjaśni przyzna "
        "mówi ostrzeg zapowiedzia poinformowa"
    ).split()
)
# Speech verbs of Czech and Slovak copy, a man's and a woman's ("„…,“ řekl Fiala novinářům", "„…,“ uvedla.")
CZECH_SLOVAK_SPEECH_VERBS = "|".join(
    f"{stem}|{stem}a"
    for stem in (
        "řekl uvedl dodal napsal prohlásil zdůraznil sdělil upozornil poznamenal konstatoval vysvětlil "
        "povedal uviedol napísal vyhlásil zdôraznil"
    ).split()
).replace("uviedola", "uviedla")
# Speech verbs of Dutch copy ("“…”, zei De Jonge", "“…”, aldus de minister")
DUTCH_SPEECH_VERBS = "zei|zegt|zeggen|vertelde|vertelt|schreef|schrijft|stelde|benadrukte|waarschuwde|aldus"
# Speech verbs of Swedish, Norwegian, Danish and Finnish copy ("– …, sa Kristersson", "– …, säger han"; "sa", a word in
# French too, only before a name, a pronoun or a title in one word)
# (and Finnish: "– Talous on kääntymässä kasvuun, Purra sanoi.", "sanoi Orpo")
NORDIC_SPEECH_VERBS = (
    "säger|sade|berättar|berättade|sier|siger|sagde|forteller|fortæller|fortalte|"
    "sanoi|sanoo|kertoi|kertoo|totesi|toteaa|korosti|painotti|muistutti|"
    "sa(?=\\s+(?:(?-i:[A-ZÅÄÖØÆ])|(?:han|hon|hun)\\b|[a-zåäöøæ]+(?:minister|ledare|leder|ordförande)\\b))"
)
# Speech verbs of Hungarian copy ("– …– mondta Orbán Viktor")
HUNGARIAN_SPEECH_VERBS = "mondta|közölte|hangsúlyozta|fogalmazott|nyilatkozta|jelentette ki|tette hozzá|írta"
# Speech verbs of Indonesian and Malay copy ("“…,” kata Prabowo", "“…,” ujar Dadan")
INDONESIAN_SPEECH_VERBS = (
    "kata|ujar|ucap|tutur|ungkap|imbuh|mengatakan|menegaskan|menjelaskan|mengungkapkan|menyebutkan"
)
# Speech verbs of Ukrainian and Russian copy, a man's and a woman's ("«…», – сказав Зеленський")
SLAVIC_CYRILLIC_SPEECH_VERBS = "|".join(
    f"{stem}|{stem}а" if stem.endswith("л") else f"{stem}|{stem[:-1]}ла"
    for stem in (
        "сказав заявив зазначив наголосив підкреслив повідомив додав написав пояснив відповів запевнив "
        "сказал заявил отметил подчеркнул сообщил добавил написал пояснил ответил заверил"
    ).split()
)
# Speech verbs of Spanish, Italian and Portuguese copy, which may leave their subject out ("«…», añadió.")
# (and Greek's: "«…», δήλωσε ο Μητσοτάκης", "«…», είπε.")
PRO_DROP_SPEECH_VERBS = (
    "δήλωσε|είπε|τόνισε|ανέφερε|σημείωσε|υπογράμμισε|πρόσθεσε|υποστήριξε|επισήμανε|"
    "dijo|afirmó|declaró|explicó|señaló|aseguró|añadió|agregó|subrayó|indicó|advirtió|sostuvo|insistió|recalcó|"
    "destacó|manifestó|ha detto|ha dichiarato|ha aggiunto|ha sottolineato|disse|afirmou|declarou|"
    "respondió|remarcó|enfatizó|aclaró|expresó|opinó|escribió|"
    "escreveu|acrescentou|ressaltou|destacou|explicou|completou|garantiu|avaliou|"
    # Romanian ("„…”, a declarat Ciolacu", "„…”, a precizat.")
    "a declarat|a spus|a afirmat|a precizat|a adăugat|a subliniat|a scris|a transmis|a explicat|a arătat|"
    f"{CZECH_SLOVAK_SPEECH_VERBS}|"
    # the perfect Spanish copy writes for the same ("«…», ha afirmado Sánchez", "«…», ha dicho")
    "ha dicho|ha afirmado|ha declarado|ha explicado|ha señalado|ha asegurado|ha añadido|ha agregado|ha subrayado|"
    "ha indicado|ha advertido|ha sostenido|ha insistido|ha recalcado|ha destacado|ha manifestado|ha reconocido|"
    "ha respondido|ha apuntado|ha defendido"
)
SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|stated|declared|declares|explained|explains|wrote|writes|"
    "warned|warns|stressed|stresses|emphasized|emphasised|emphasizes|insisted|insists|argued|argues|noted|"
    "claimed|admitted|admits|acknowledged|acknowledges|announced|announces|replied|replies|asked|asks|"
    "urged|urges|clarified|clarifies|predicted|predicts|summarized|summarises|summarizes|riveted|framed|"
    "described|called|recalled|recalls|reminded|reminds|indicated|indicates|concluded|"
    "continued|lamented|laments|complained|complains|observed|remarked|suggested|suggests|"
    "demanded|detailed|assured|assures|promised|vowed|accused|accuses|"
    "confirmed|confirms|denied|denies|responded|responds|commented|shouted|tweeted|posted|texted|"
    "echoed|pointed out|went on|put it|puts it|was quoted as saying|is quoted as saying|was quoted|"
    # what machine-translated copy uses for "said" ("has celebrated", "sentenced", "settled")
    "celebrated|defended|criticized|criticised|underlined|highlighted|reiterated|reaffirmed|maintained|"
    "sentenced|settled|ironized|reproached|questioned|joked|quipped|cautioned|conceded|boasted|countered|"
    "retorted|snapped|pleaded|mused|specified|proclaimed|assessed|estimated|wondered|disagreed|objected|repeated|repeats|"
    "alleged|alleges|pledged|pledges|affirmed|affirms|whispered|exclaimed|sighed|"
    # a feature's present tense and its gestures ("“If it hits, it hits,” he shrugs")
    "notes|observes|remarks|jokes|quips|muses|concedes|counters|reflects|reflected|remembers|remembered|"
    "whispers|exclaims|shouts|sighs|laughs|laughed|smiles|smiled|shrugs|shrugged|points out|cautions|"
    "summed up|sums up|shared|revealed|elaborated|underscored|underscores|recounted|opined|informed|reported|"
    "was cited as saying|is cited as saying|"
    # a quotation left in its language: „…“, sagte Scholz; « … », a déclaré Macron; «…», dijo Sánchez
    f"{GERMAN_SPEECH_VERBS}|{PRO_DROP_SPEECH_VERBS}|{POLISH_SPEECH_VERBS}|{SLAVIC_CYRILLIC_SPEECH_VERBS}|"
    f"{DUTCH_SPEECH_VERBS}|{NORDIC_SPEECH_VERBS}|{INDONESIAN_SPEECH_VERBS}|{HUNGARIAN_SPEECH_VERBS}|"
    "a déclaré|a dit|a affirmé|a expliqué|a ajouté|a souligné|a assuré|a indiqué|a insisté|a martelé|a précisé|"
    "a averti|a estimé|a réagi|a répondu|a lancé|a rappelé|a prévenu|a confié|a jugé|a reconnu|a écrit|a poursuivi|"
    + SUMMING_VERBS
)
# "Jane Doe said", "Jane Doe, 41, told the paper"
_SPEECH_AFTER_RE = re.compile(
    # ("Wang has repeatedly said", "Kim also warned": an adverb between)
    rf"^\s*(?:,\s*\d{{1,3}}\s*,\s*)?(?:has |had |have )?(?:[a-z]+ly |also |again |later |then )?(?:{SPEECH_VERBS})\b"
    # "Wang, who is also head of the party's foreign affairs office, said": a clause on the speaker
    rf"|^,\s+who\s[^.“”\"«»,]{{1,120}},\s+(?:has |had )?(?:{SPEECH_VERBS})\b"
    # "Zelensky, in a video address, said", "Putin, however, said": an aside on where or when
    rf"|^,\s+(?:in|on|at|during|speaking|writing|reporting|appearing|testifying|responding|"
    rf"after|before|while|via|addressing|however|meanwhile|though|too|also|"
    rf"for (?:his|her|their) part)\b[^.“”\"«»,]{{0,80}},\s+(?:has |had )?(?:{SPEECH_VERBS})\b"
)
# "Zelensky: “We will return every piece of our land.”": a name and a colon before a quotation
_COLON_QUOTE_AFTER_RE = re.compile(r"\s*:\s*[“\"«„]")
_NAME_COLON_QUOTE_RE = re.compile(r"\s*:\s*[“\"«„‘']")
# A speech verb before a name makes it the speaker only where attribution is inverted, after a
# quotation or a clause: "“...,” said Jane Doe", "The talks go on, added Doe". Elsewhere the name
# is the verb's object ("ten Hag told Sky Sports", "insists United can still win").
# ("“…,” told MPs" is never inverted: the name after "told" is who heard it)
# ("…,” said harbour master Angus Morrison": what the speaker is, in lower case, between)
_SPEECH_BEFORE_RE = re.compile(
    # (nor a thing's name after what it is called: ", called the Windsor Framework")
    rf"[,”\"’»—–]\s*(?!told\b|tells\b|called\b|described\b|framed\b)(?:{SPEECH_VERBS})\s*"
    # (nor in the story's language: "añadió en Bruselas")
    r"(?:(?:(?!(?:for|of|at|from|with|to|in|on|by|and|or|that|than|en|de|desde|da|em|dans|au|aux|nel|nella|aus|bei|"
    r"nach|im|durante|tras|vor|vom|zum|zur|am|an|auf|über|mit|gegenüber|"
    # (nor after the speaker, a pronoun: "sagte sie vor Beschäftigten", "said he")
    r"he|she|they|er|sie|il|elle|ils|elles)\b)[a-z][\w'’-]*\s+){1,3})?$"
)
_TOKEN_RE = re.compile(r"\((?:[^\W\d_][\w’'-]*)\)|[^\W\d_][\w’'.-]*")
_POSSESSIVE_RE = re.compile(r"(?:’s|'s|’|')$")
_ABBREVIATION_RE = re.compile(
    r"^(?:[A-Z]\.|[A-Z]\.[A-Z]\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|St\.|Jr\.|Sr\.|Gen\.|Col\.|Lt\.|Sgt\.|Capt\.|Rep\.|Sen\.|Gov\.|Rev\.)$"
)


def _word_list(file_name: str) -> list[str]:
    """The non-comment lines of a word list in ``data/``."""
    text = (Path(__file__).parent / "data" / file_name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _is_given(word: str) -> bool:
    """Whether the lower-case ``word`` is a given name the archive knows, a foreign one written in
    Cyrillic by its transliteration ("йенс" as Jens, "эммануэль" as Emmanuel)."""
    return word in first_names() or (
        (CYRILLIC_RE.match(word) is not None or GREEK_RE.match(word) is not None)
        and translit_key(word) in _given_keys()
    )


@lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    """The known given names' transliteration keys ("jens" and "Йенс" alike)."""
    return frozenset(translit_key(name) for name in first_names())


class _Names(frozenset):
    """Names in lower case, found with their accents or without: "luís" is the listed "luis", "josé" "jose"."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, _unaccented(word))


@lru_cache(maxsize=65536)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return _Names(w.lower() for line in _word_list("first_names.txt") for w in line.split())


@lru_cache(maxsize=1)
def female_names() -> frozenset[str]:
    return frozenset(w.lower() for line in _word_list("female_names.txt") for w in line.split())


# a woman's surname in Slavic and Baltic languages: "Zakharova", "Navalnaya", "Kowalska", "Bilotaitė"
_FEMALE_SURNAME_RE = re.compile(
    r"(?:ova|eva|ёva|aya|skaya|ská|ová|ska|cka|dzka|ienė|aitė|ytė|iūtė|ова|ева|ёва|ська|цька|ская|цкая)$"
)


# given names borne by men and women alike, which tell no one's sex
_UNISEX_NAMES = frozenset(
    """jean kim andrea nicola sasha saša sasa robin lindsey lindsay ashley casey kelly jordan sydney sidney vivian
    leslie dominique camille jo jess sam toni kerry lynn shannon devon logan blake courtney jude lee kai ren jun
    yuki remi rémi kari nour deniz bola nana ola abiola alex chris jisoo ilhan hiro gabe eli jessie tracy jamie
    charlie billy bobby ange gul""".split()
)


def sex_by_name(name: str) -> str | None:
    """ "f" or "m" by the given name ("Annalena Baerbock", "Alexander Grushko") or a woman's surname
    ("Maria Zakharova"); None for a name alone or one borne by both ("Jean")."""
    words = name.split()
    given = words[0].lower()
    if len(words) < 2 or given in _UNISEX_NAMES:
        return None
    if given in female_names() or _FEMALE_SURNAME_RE.search(words[-1]):
        return "f"
    return "m" if given in first_names() else None


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """Firms named like a person ("Goldman Sachs said"), and places ("Sri Lanka said"), folded as
    fold_name folds."""
    return frozenset(
        fold_name(line) for name in ("organisation_names.txt", "place_names.txt") for line in _word_list(name)
    )


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A spelling-proof key: ASCII, lower case, honorifics and punctuation gone."""
    # (an apostrophe inside a word joins it: "O'Brien", and "Зеленський", whose soft sign anyascii
    # writes as one: "Zelens'kyi")
    words = re.findall(
        r"[a-z0-9]+", re.sub(r"(?<=\w)['’ʼ](?=\w)", "", anyascii(unicodedata.normalize("NFC", name))).lower()
    )
    return " ".join(w for w in words if w not in {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})


@lru_cache(maxsize=65536)  # the same names come back in article after article
def translit_key(name: str) -> str:
    """Fold transliteration variants together: Zelenskyi/Zelensky, Aleksandr/Alexander, Dmitriy/Dmitry,
    Oleksij/Oleksiy, Podoliak/Podolyak, Yevgeny/Evgeny, Klitschko/Klychko, Iulia/Yulia. A key, not a
    spelling: it is only ever compared with other keys."""
    key = _spelling_key(fold_name(name))
    # given names last, on keys: "Dmitro" as well as "Dmytro" is Dmitry
    return " ".join(_russian_form_keys().get(word, word) for word in key.split())


def _spelling_key(folded: str) -> str:
    # German transliteration: "Selenskyj", "Saluschnyj" (an "s" for "z" before an adjective's ending)
    key = _GERMAN_S_RE.sub("z", folded).replace("j", "y")
    for old, new in (("ks", "x"), ("kh", "h"), ("tsch", "ch"), ("yy", "y"), ("iy", "y"), ("yi", "y"), ("ii", "y")):
        key = key.replace(old, new)
    # and "Lawrow", "Medwedew", "Schoigu", "Sacharowa": "w" for "v", "sch" for "sh" or "zh", "ch" for "kh";
    # French "Kouleba", "Sergueï": "ou" for "u", "gue" for "ge"
    key = _GERMAN_CH_RE.sub("h", key.replace("sch", "sh").replace("zh", "sh").replace("w", "v"))
    key = key.replace("ou", "u").replace("gue", "ge")
    key = _IA_RE.sub(r"\1y\2", key)  # Podoliak, Sviatlana: "ia", "iu" after a consonant are "ya", "yu"
    key = _YE_START_RE.sub("e", key)  # Yevgeny, Yelena, Yermak: "Ye" at a word's start is "E"
    key = _Y_BETWEEN_RE.sub("i", key)  # Klychko, Myroslav: "y" between consonants is "i"
    key = _Y_AFTER_VOWEL_RE.sub("i", key)  # Mykhaylo, Andrey: "y" closing a vowel is "i"
    key = _IA_AFTER_VOWEL_RE.sub("ya", key)  # Navalnaia: "ia" closing a word after a vowel is "ya"
    key = _SKAYA_RE.sub("ska", key)  # Zelenskaya is Zelenska, written the Russian way
    key = re.sub(r"y\b", "i", key)
    return re.sub(r"([aeiou])r\b", "r", key.replace("er ", "r ")).replace("ie", "e")


# A Ukrainian given name and the Russian one the same person is written with in copy translated from
# Russian or older English usage (Volodymyr/Vladimir Zelensky, Dmytro/Dmitry Kuleba): the same key
UKRAINIAN_GIVEN_NAMES = {
    "volodymyr": "vladimir",
    "wolodymyr": "vladimir",
    "oleksandr": "aleksandr",
    "oleksiy": "aleksei",
    "oleksii": "aleksei",
    "oleksij": "aleksei",
    "dmytro": "dmitri",
    "mykola": "nikolai",
    "mykhailo": "mikhail",
    "mykhaylo": "mikhail",
    "andriy": "andrei",
    "andrii": "andrei",
    "serhiy": "sergei",
    "serhii": "sergei",
    "yuriy": "yuri",
    "yurii": "yuri",
    "vasyl": "vasili",
    "ihor": "igor",
    "oleh": "oleg",
    "yevhen": "evgeni",
    "yevhenii": "evgeni",
    "hennadiy": "gennadi",
    "hennadii": "gennadi",
    "heorhiy": "georgi",
    "heorhii": "georgi",
    "petro": "pyotr",
    "pavlo": "pavel",
    "maksym": "maxim",
    "anatoliy": "anatoli",
    "anatolii": "anatoli",
    "valeriy": "valeri",
    "valerii": "valeri",
}


@lru_cache(maxsize=1)
def _russian_form_keys() -> dict[str, str]:
    return {_spelling_key(uk): _spelling_key(ru) for uk, ru in UKRAINIAN_GIVEN_NAMES.items()}


_GERMAN_S_RE = re.compile(r"\bs(?=[aeiou][a-z]*[iy]j\b)")
_GERMAN_CH_RE = re.compile(r"(?<=[aeiou])ch(?=[aeiou])")
_IA_AFTER_VOWEL_RE = re.compile(r"(?<=[aeou])ia\b")
_SKAYA_RE = re.compile(r"skaya\b")
_IA_RE = re.compile(r"(\b|[b-df-hj-np-tv-z])i([au])")
_YE_START_RE = re.compile(r"\bye")
_Y_BETWEEN_RE = re.compile(r"(?<=[b-df-hj-np-tv-xz])y(?=[b-df-hj-np-tv-xz])")
_Y_AFTER_VOWEL_RE = re.compile(r"(?<=[aeou])y(?=[b-df-hj-np-tv-xz]|\b)")


@dataclass
class Mention:
    paragraph: int  # 0 is the headline, 1 the first body paragraph
    start: int
    end: int
    text: str


@dataclass
class FoundPerson:
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def _core(words: list[str]) -> list[str]:
    """A name's words without its generational suffix ("Donald Trump" of "Donald Trump Jr.")."""
    return words[:-1] if len(words) > 1 and words[-1].lower() in GENERATIONAL else words


def surname_of(name: str) -> str:
    """A full name's surname, its generational suffix with it ("Trump Jr." of "Donald Trump Jr."),
    without Arabic's article ("Sisi" of "Abdel Fattah al-Sisi", as of "Abdel Fattah el-Sisi")."""
    words = name.split()
    if len(_core(words)) < len(words):
        return " ".join(words[-2:])
    article = _ARABIC_ARTICLE_RE.match(words[-1]) if len(words) > 1 else None
    return words[-1][article.end() :] if article else words[-1]


def split_key(key: str) -> tuple[str, str]:
    """A full name key's given names and surname ("donald", "trump yr" of translit_key("Donald Trump Jr."))."""
    given, _, surname = key.rpartition(" ")
    if surname in (translit_key("Jr."), translit_key("Sr.")) and " " in given:  # ("yr", "sr")
        given, _, last = given.rpartition(" ")
        surname = f"{last} {surname}"
    return given, surname


@dataclass(frozen=True)
class _Run:
    paragraph: int
    start: int
    end: int
    words: list[str]
    cue_words: list[str]
    # the body a title before the name belongs to: "commission" of "European Commission President"
    body_words: tuple[str, ...] = ()


def _clean_token(token: str) -> str:
    token = _POSSESSIVE_RE.sub("", token)
    if token.endswith(".") and not _ABBREVIATION_RE.match(token):
        token = token.rstrip(".")
    return token


def _is_capitalised(token: str) -> bool:
    bare = token.strip("()")
    if not bare:
        return False
    return bare[0].isupper() or ("-" in bare[1:5] and bool(_ARTICLE_SURNAME_RE.match(bare)))


# "Hussein al-Ezzi", "Abdel Fattah el-Sisi": a surname with its Arabic article in lower case
_ARTICLE_SURNAME_RE = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an|ibn|bin|abu)-[A-Z]")


# a post held in a country: "Chinese Ambassador to Laos Jiang Zaidong", "envoy to the UN ..."
_POSTED_TO_RE = re.compile(
    r"\b(?:ambassador|envoy|emissary|consul|consul-general|high commissioner|representative|delegate|"
    r"attaché|attache|nuncio)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# an office and what it is of or for, before the run: "Minister for Digital Transformation Mykhailo
# Fedorov", "Commissioner for Human Rights Dmytro Lubinets"
_OFFICE_OF_RE = re.compile(
    r"\b(?P<office>minister|secretary|commissioner|ombudsman|ombudsperson|chairman|chairwoman|director|governor)"
    # ("Minister of Education and Science Oksen Lisovyi": the field's first part, then "and")
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:and|&)\s+)?$",
    re.IGNORECASE,
)


# A particle as a word of the text may have lost its sentence's full stop or gained a possessive
_PARTICLE_FORMS = frozenset(f"{p}{end}" for p in PARTICLES for end in ("", ".", "'s", "’s", "'", "’"))


def _may_run(token: str) -> bool:
    """Whether the word may be in a run of capitalised words: False only for a word that
    _is_capitalised() and the particles certainly refuse."""
    first = token[1:2] if token[0] == "(" else token[0]
    return first.isupper() or "-" in token[1:6] or token.lower() in _PARTICLE_FORMS


_NICKNAME_OPENERS = frozenset({' "', " “", " ‘", " '", " «"})
_NICKNAME_CLOSERS = frozenset({'" ', "” ", "’ ", "' ", "» "})


_INDONESIAN_VERB_BEFORE_RE = re.compile(rf"\b(?:{INDONESIAN_SPEECH_VERBS})\s+$")


@lru_cache(maxsize=512)
def _runs(paragraph_no: int, text: str) -> tuple[_Run, ...]:
    """Runs of capitalised words, split into the title/role words before and the name words after.
    Remembered for the last paragraphs: find_persons and lone_capitalised_words both read them."""
    # Only the words that can be in a run: every other word ends one, as does any gap between two
    # of these wider than one space (a word left out lies in it), so skipping them changes nothing.
    # Most words of a paragraph are in lower case: this halved the time of finding people.
    tokens = [(m.start(), m.end(), _clean_token(m.group(0))) for m in _TOKEN_RE.finditer(text) if _may_run(m.group(0))]
    runs: list[_Run] = []
    current: list[tuple[int, int, str]] = []

    def flush():
        if (
            len(current) >= 2
            and current[0][2].lower() in _INVERTED_SPEECH_VERBS
            and (current[-1][2].endswith((":", ",")) or text.startswith((":", ","), current[-1][1]))
            and _at_sentence_start(text, current[0][0])
        ):
            del current[0]  # "Said Rutte: “…”": the verb before its speaker, opening the sentence
        if current:
            # "Ambassador to Laos Jiang Zaidong": the post's country, then the name
            start = current[0][0]
            posted_to = text.endswith("to ", 0, start) and bool(_POSTED_TO_RE.search(text, max(0, start - 40), start))
            opens = len(current) >= 3 and _at_sentence_start(text, start)  # (read only for three words or more)
            office = None
            if len(current) >= 3 and text.endswith(("of ", "for ", "the ", "and ", "& "), 0, start):
                office = _OFFICE_OF_RE.search(text, max(0, start - 40), start)
            # "Ukraine's energy minister, German Galushchenko, said", "Energy minister German
            # Galushchenko said": a title in lower case (and a comma), then a given name spelled like a
            # nation's adjective
            role_before = (
                len(current) == 2
                and (before := _WORD_BEFORE_RE.search(text, max(0, start - 40), start)) is not None
                and before.group(1) in ROLES
            )
            runs.extend(
                _split_run(
                    paragraph_no,
                    current,
                    posted_to,
                    opens,
                    office.group("office").lower() if office else "",
                    role_before,
                )
            )
        current.clear()

    bridged = False  # the token after a nickname in quotes goes on the name before it
    for n, (start, end, token) in enumerate(tokens):
        joined = (
            current
            and (bridged or text[current[-1][1] : start] == " ")
            and not current[-1][2].endswith((",", ";", ":"))
        )
        bridged = False
        if (
            current
            and text[current[-1][1] : start] in _NICKNAME_OPENERS
            and n + 1 < len(tokens)
            and text[end : tokens[n + 1][0]] in _NICKNAME_CLOSERS
            and _is_capitalised(token)
            and _is_capitalised(tokens[n + 1][2])
        ):
            bridged = True  # 'Mykola "Kolya" Petrenko': the nickname is no part of the name
            continue
        # "ten Hag", "van der Berg": a surname's particle in lower case starts a run of its own
        leads_surname = (
            not current
            and n + 1 < len(tokens)
            and text[end : tokens[n + 1][0]] == " "
            and (_is_capitalised(tokens[n + 1][2]) or tokens[n + 1][2] in PARTICLES)
        )
        particle = token.lower() in PARTICLES and (current or leads_surname)
        if (
            particle
            and token == "di"
            and current
            and _INDONESIAN_VERB_BEFORE_RE.search(text, max(0, current[0][0] - 20), current[0][0])
        ):
            particle = False  # "kata Prabowo di Istana Kepresidenan": Indonesian's "at" ("Pietro di Donato" keeps it)
        if particle and joined and token in _ARTICLE_PARTICLES and current[-1][2].lower() not in PARTICLES:
            # "a declarat Ciolacu la Parlament", "dijo Sánchez la semana pasada": after a surname, an article or
            # a preposition of the story's language ("Jean de la Fontaine": after "de", part of the name)
            particle = False
        if joined and token.startswith("(") and token.endswith(")"):
            flush()  # "Hanno Pevkur (Reform) said": the party after a name is no part of it
            continue
        if _is_capitalised(token) or particle:
            # ("wrote on X. He added": a sentence's first word after an initial-like letter starts anew)
            if not joined or (current[-1][2].endswith(".") and token.lower() in COMMON_WORDS):
                flush()
            current.append((start, start + len(token), token))
            if token != text[start:end] and not token.endswith("."):  # possessive or sentence end cut
                flush()
        else:
            flush()
    flush()
    return tuple(runs)


# German titles are compounds ending in the post: "Verteidigungsminister", "Präsident", "Kremlsprecher"
# (or the post alone, as German writes it: "Präsident", "Kanzlerin"; "minister" alone is the English word)
_COMPOUND_TITLE_RE = re.compile(
    # (Dutch's too: "Oppositieleider", "Partijvoorzitter"; a party's name before a hyphen: "Grünen-Fraktionschefin")
    r"(?:\w+-)?(?:\w{3,}(?:minister|präsident|kanzler|sprecher|botschafter|bürgermeister|chef|leiter|leider|voorzitter)"
    r"|präsident|kanzler|sprecher|botschafter|bürgermeister)(?:in)?"
)


def _is_compound_title(word: str) -> bool:
    """ "Verteidigungsminister", "Bundeskanzlerin", "Regierungssprecher": a German (or Dutch) title, one word."""
    return len(word) > 5 and word[-1] in "rnft" and _COMPOUND_TITLE_RE.fullmatch(word) is not None


# the post a German title ends in, as English names it ("Finanzminister", "FDP-Chef", "Regierungssprecherin")
_GERMAN_POSTS = {
    "minister": "minister",
    "segretario": "secretary",
    "segretaria": "secretary",
    "sindaco": "mayor",
    "portavoce": "spokesman",
    "präsident": "president",
    "kanzler": "chancellor",
    "sprecher": "spokesman",
    "botschafter": "ambassador",
    "bürgermeister": "mayor",
    "chef": "leader",
    "leiter": "head",
    "leider": "leader",
    "voorzitter": "chairman",
}
_GERMAN_POST_RE = re.compile(rf"(?:\w+-)?\w*?({'|'.join(_GERMAN_POSTS)})(?:in)?")


def english_post(word: str) -> str:
    """The English word for the post a title in another language names ("ministre": "minister";
    a German one written as one word: "Wirtschaftsminister": "minister", "FDP-Chef": "leader",
    "Bundeskanzlerin": "chancellor"), or ""."""
    low = word.lower()
    if low in _FOREIGN_POSTS:
        return _FOREIGN_POSTS[low]
    if not (_is_compound_title(low) or "-" in low) or not (m := _GERMAN_POST_RE.fullmatch(low)):
        return ""
    return _GERMAN_POSTS[m.group(1)]


def _is_hyphenated_role(word: str) -> bool:
    """ "Under-Secretary-General", "Vice-Chancellor": a title whose every part is one."""
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(part in ROLES or part in ("under", "co", "ex") for part in parts)


# "Said Rutte: …", "Added Scholz, …": a speech verb before its speaker, opening a sentence
_INVERTED_SPEECH_VERBS = frozenset("said says added asked replied wrote explained continued insisted".split())
_SENTENCE_OPENERS = frozenset(
    """but and yet so still also meanwhile however instead now then today yesterday thus hence moreover
    indeed nevertheless nonetheless while when after before although though because since unlike even
    only perhaps finally later earlier besides otherwise likewise similarly as if once unless until whereas
    whether upon for with from to of in on by at about against like under over among between without
    within despite during through toward towards
    selon pour avec sans chez contre depuis pendant según para con sin tras desde durante laut für mit ohne
    gegen seit während secondo volgens według""".split()
)


_INITIALS_GIVEN_RE = re.compile(r"[A-Z]{2}")
_NAME_PREFIXES = frozenset("abu umm abd abdel abdul".split())
# Two-letter initials of a country or a body, written in capitals when they are ("UN", not "Un")
_SHORT_ACRONYMS = frozenset("us uk eu un".split())
# Words that are a place's, a month's or a body's, and a surname too after a given name
_WORDS_AS_SURNAMES = frozenset(
    "may march august white black washington london west north king young green day montenegro major lord judge bishop".split()
)


def _ends_in_word_as_surname(words: list[str]) -> bool:
    """Whether ``words`` end in a place's, a month's or a body's word after a given name: "Theresa May"."""
    return (
        len(words) >= 2
        and words[-1].lower() in _WORDS_AS_SURNAMES
        and any(w.lower().strip("()") in first_names() for w in words[:-1])
    )


_NOT_GIVEN_PREFIXES = frozenset({"white", "house"})
# the lower-case word right before a name, or before a comma: "the energy minister, "
_WORD_BEFORE_RE = re.compile(r"\b([a-z][\w-]*),?\s$")


def _nation_word_as_given(word: str) -> bool:
    """Whether ``word``, a nation's adjective, may be a given name where a name is due ("German"):
    in small letters past its capital; "US", "NATO" and "White House" never are."""
    low = word.lower().strip("()")
    return low in TITLE_PREFIXES and low not in _NOT_GIVEN_PREFIXES and word.strip("()")[1:].islower()


def _place_word_as_given(words: list[str]) -> bool:
    """Whether a two-word name's first word, a place's, is a given name after a title ("Israel Katz")."""
    return (
        len(words) == 2
        and words[0].lower() in NOT_NAMES
        and words[0].lower() not in ROLES
        and not any(words[1].lower() in words_ for words_ in (NOT_NAMES, COMMON_WORDS, ROLES, PARTICLES))
    )


def _given_name_like_a_place(words: list[str], last_role: int) -> bool:
    """Whether ``words[last_role]``, a place's or a body's word right after a title and before the
    run's last word, is a given name ("Defence Minister Israel Katz")."""
    if not 1 <= last_role == len(words) - 2:
        return False
    title, given, last = (w.lower().strip("()") for w in words[last_role - 1 :])
    # ("Energy Minister German Galushchenko": a nation's adjective after the title is a given name)
    nation_name = _nation_word_as_given(words[last_role])
    return (
        title in ROLES
        and (given in NOT_NAMES or nation_name)
        and given not in ROLES
        and (given not in TITLE_PREFIXES or nation_name)
        and not any(last in words_ for words_ in (NOT_NAMES, COMMON_WORDS, ROLES, PARTICLES, POST_NOMINALS))
    )


def _office_subject_end(words: list[str]) -> int:
    """The index of the last word of what an office is of, in a run that goes on to its holder's
    name: the surname, its particles, a given name and a middle initial are the name's."""
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in PARTICLES:
        k -= 1
    k -= 1  # the given name
    if k > 1 and _INITIALS_RE.match(words[k]):
        k -= 1  # "Antony J. Blinken"
    return max(k - 1, -1)


def _split_run(
    paragraph_no: int,
    run: list[tuple[int, int, str]],
    posted_to: bool = False,
    opens_sentence: bool = True,
    office: str = "",
    role_before: bool = False,
) -> list[_Run]:
    """Split "NATO Secretary General Jens Stoltenberg" into cue words and name words; after
    "ambassador to" (``posted_to``) a run of three words or more starts with a place; after an
    ``office`` "of" or "for" it starts with what the office is of; a run that ``opens_sentence``
    may start with a word capitalised only for that."""
    words = [t for _, _, t in run]
    last_role = 0 if posted_to and len(words) >= 3 else -1
    if office:
        last_role = _office_subject_end(words)
    # "Theresa May", "Kimberly White", "Stephen King": a surname spelled like a month, a colour or a
    # place, after a given name
    # (before the letters or the number after the name: "Martin Luther King Jr.")
    core = words
    while len(core) > 1 and (core[-1].lower() in POST_NOMINALS or _ORDINAL_RE.fullmatch(core[-1])):
        core = core[:-1]
    surname_like = _ends_in_word_as_surname(core)
    # ("May said": alone, the word is a name only beside a speech verb or a title; see find_persons)
    surname_like = surname_like or (len(words) == 1 and words[0].lower() in _WORDS_AS_SURNAMES)
    for i, word in enumerate(core[:-1] if surname_like else core):
        low = word.lower().strip("()")
        if low in _SHORT_ACRONYMS and not word.strip("()").isupper():
            continue  # "Kim Jong Un": "UN" only in capitals
        if i == 0 and role_before and (_nation_word_as_given(word) or _place_word_as_given(core)):
            continue  # "the energy minister, German Galushchenko", "Israel's foreign minister, Israel Katz"
        if (
            low in ROLES
            or low in TITLE_PREFIXES
            or low in NOT_NAMES
            or _is_hyphenated_role(low)
            or _is_compound_title(low)
            or (i > 0 and core[i - 1].lower() in _HONORIFIC_SECONDS.get(low, ()))
        ):
            last_role = i
    if _given_name_like_a_place(words, last_role):
        last_role -= 1  # "Defence Minister Israel Katz": the title, then a whole name
    name_tokens = run[last_role + 1 :]
    # "Donald Trump Jr.": the suffix goes on the name as it stands after the rest is trimmed
    suffix = name_tokens[-1:] if len(name_tokens) >= 2 and name_tokens[-1][2].lower() in GENERATIONAL else []
    name_tokens = name_tokens[: len(name_tokens) - len(suffix)]
    # trailing particles and letters after the name ("KC", "OBE") are not part of it, nor is the
    # capitalised word starting a sentence before it ("The Treasury said")
    while name_tokens and (
        name_tokens[-1][2].lower() in PARTICLES
        or name_tokens[-1][2].lower() in POST_NOMINALS
        or (len(name_tokens) > 1 and _ORDINAL_RE.fullmatch(name_tokens[-1][2]))
    ):
        name_tokens = name_tokens[:-1]
    while len(name_tokens) > 1 and name_tokens[0][2].lower() in _ARTICLES:
        name_tokens = name_tokens[1:]
    # "Minister Hugo de Jonge van Volkshuisvesting": after a whole name, what the minister is of, as Dutch
    # writes it (not "Minister Frans van Houten", nor "Anna Maria van Dijk": "van" after a given name)
    if last_role >= 0 and (words[last_role].lower() in ROLES or _is_compound_title(words[last_role].lower())):
        cut = next(
            (
                k
                for k in range(2, len(name_tokens) - 1)
                if name_tokens[k][2] == "van"
                and name_tokens[k - 1][2].lower() not in first_names()
                and name_tokens[k + 1][2][:1].isupper()
            ),
            None,
        )
        if cut is not None:
            name_tokens = name_tokens[:cut]
    # ("Der Grünen-Politiker Robert Habeck": German's article, capitalised to open the sentence)
    if len(name_tokens) > 2 and name_tokens[0][2] in _GERMAN_ARTICLES:
        name_tokens = name_tokens[1:]
    # "But Royce Mendes of Desjardins disagreed": a word that opens a sentence, never a name
    while len(name_tokens) > 1 and name_tokens[0][2].lower() in _SENTENCE_OPENERS:
        name_tokens = name_tokens[1:]
    if not name_tokens:
        return []
    before = words[last_role].lower().strip("()") if last_role >= 0 and not (posted_to and last_role == 0) else ""
    if office and before not in ROLES and before not in TITLE_PREFIXES:
        before = ""  # "Minister for Digital Transformation Mykhailo Fedorov": the office's field, then a name
    if _is_hyphenated_role(before):
        before = before.rsplit("-", 1)[-1]
    # a given name, or initials ("D.Y. Chandrachud", "A. B. Vajpayee"), leads a person's name
    given_first = len(name_tokens) >= 2 and (
        _is_given(name_tokens[0][2].lower())
        or (_INITIALS_RE.match(name_tokens[0][2]) is not None and not _INITIALS_RE.match(name_tokens[-1][2]))
    )
    # ("Kepala Badan Gizi Nasional Dadan Hindayana": but a title leading the run, then the body it heads,
    # then two words, is a person's title and name)
    titled_body = len(name_tokens) >= 2 and words[0].lower() in ROLES and before in NOT_NAMES
    if (
        before
        and before not in ROLES
        and before not in TITLE_PREFIXES
        and before not in _HONORIFIC_SECONDS
        and not given_first
        and not titled_body
        and not _is_compound_title(before)
    ):
        # the rest of a place's or a body's name: "New Delhi", "Hurricane Milton", "Fort Worth";
        # but a full name after a place is a person's ("Foreign Affairs of Ukraine Dmytro Kuleba")
        return []
    # (not an agency's mark in brackets before the title: "Kyiv, Aug 23 (PTI) Prime Minister Narendra Modi")
    cue_words = [
        w.lower()
        for w in words[: last_role + 1]
        if (w.lower() not in NOT_NAMES or w.lower() in TITLE_PREFIXES) and not w.startswith("(")
    ]
    if last_role >= 0 and _is_compound_title(words[last_role].lower()):
        cue_words = [words[last_role].lower()]  # "Nach Angaben von Verteidigungsminister Boris Pistorius": the title
    if office:
        cue_words.append(office)
    # "Under-Secretary-General" is known by its last part
    cue_words = [w.rsplit("-", 1)[-1] if _is_hyphenated_role(w) else w for w in cue_words]
    # "La presidente del Consiglio Giorgia Meloni": what a title in lower case is of, then the whole name
    if (
        len(name_tokens) >= 4
        and name_tokens[0][2] in PARTICLES
        and not _is_given(name_tokens[1][2].lower())
        and _is_given(name_tokens[2][2].lower())
    ):
        name_tokens = name_tokens[2:]
    # "Guards Samuel Okafor", "Novelist Hana Mori": a word that is no given name, capitalised
    # before one because it starts the sentence, describes the person the name after it names
    # (not after a title: "Sindh Chief Minister Murad Ali Shah" is a whole name no list has; but "Prezes PiS
    # Jarosław Kaczyński": a party's initials are what the title is of)
    if (
        len(name_tokens) >= 3
        and not (
            last_role >= 0
            and (before in ROLES or before in TITLE_PREFIXES)
            and not any(c.isupper() for c in name_tokens[0][2][1:])
        )
        and not _is_given(name_tokens[0][2].lower())
        and name_tokens[0][2].lower() not in _NAME_PREFIXES  # "Abu Mohammed al-Jolani": a kunya leads the name
        and not _INITIALS_RE.match(name_tokens[0][2])
        # (before initials only a word for what one is, at a sentence's start: "Novelist J. K.
        # Rowling"; "Franklin D. Roosevelt" is one name)
        and (
            _is_given(name_tokens[1][2].lower())
            or (
                opens_sentence
                and _INITIALS_RE.match(name_tokens[1][2])
                and (name_tokens[0][2].lower() in COMMON_WORDS or name_tokens[0][2].lower() in APPOSITION_ROLES)
            )
            # ("Resident Sian Davies, 52, said": a word for what one is, opening the sentence, before
            # any given name)
            or (opens_sentence and name_tokens[0][2].lower() in _EVERYDAY_ROLES)
        )
    ):
        cue_words.append(name_tokens[0][2].lower())
        name_tokens = name_tokens[1:]
    bodies = tuple(w.lower() for w in words[:last_role] if w.lower() in NOT_NAMES and w.lower() not in TITLE_PREFIXES)
    name_tokens += suffix
    return [
        _Run(paragraph_no, name_tokens[0][0], name_tokens[-1][1], [t for _, _, t in name_tokens], cue_words, bodies)
    ]


# what one is, in a word of everyday speech, never a name's first word ("Resident", "Witness", "Farmer")
_EVERYDAY_ROLES = frozenset(
    "resident witness survivor farmer volunteer shopkeeper passenger neighbour neighbor student teacher nurse".split()
)


# Words for what a person is, which vouch for a name when set off by commas beside it: the
# titles above and the everyday ones ("Jordi Puig, a farmer from Lleida").
APPOSITION_ROLES = ROLES | frozenset(
    """
    activist author journalist reporter editor correspondent columnist economist researcher scientist
    historian lawyer attorney barrister solicitor doctor physician surgeon nurse teacher lecturer student
    resident founder co-founder owner partner member candidate campaigner organiser organizer farmer worker
    employee engineer architect artist writer novelist poet actor actress singer musician player striker
    goalkeeper athlete priest imam rabbi pilot driver survivor witness victim mother father son daughter
    wife husband widow brother sister veteran volunteer boss president-elect secretary-general
    politician legislator diplomat strategist consultant investor banker entrepreneur businessman
    businesswoman protester demonstrator mediator aide prosecutor referee midfielder defender winger
    firefighter paramedic soldier detective inspector trustee photographer filmmaker presenter broadcaster
    économiste economista historien historienne historiador historiadora storico politologue politólogo
    politologo chercheur chercheuse investigador investigadora ricercatore ricercatrice avocat avocate abogado
    abogada avvocato avvocata advogado advogada journaliste periodista giornalista jornalista sociologue
    sociólogo sociologo professeur professeure profesor profesora professore professoressa professor
    analyste analista expert experte experto experta esperto esperta especialista militant militante activiste
    écrivain écrivaine escritor escritora scrittore scrittrice
    """.split()
)
# ", a farmer from", ", regional secretary of", ", the company's chief executive", ", a CDU lawmaker"
_ARTICLE_AFTER_COMMA_RE = re.compile(r",\s+(?:the|a|an)\s")
_APPOSITION_AFTER_RE = re.compile(
    r",\s+(?:(?:a|an|the|its|his|her|their|[A-Z][\w.’'-]*(?:’s|'s))\s+)?(?:[A-Z][\w.-]+\s+){0,2}((?:[a-z][\w-]*\b[’']?s?\s*){1,3})"
)
# "The business secretary, Kemi Badenoch", "Kyiv's mayor, Vitali Klitschko"
_SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_APPOSITION_BEFORE_RE = re.compile(r"\b([a-z][\w-]*)\s*,\s*$")
_ROLE_OF_BEFORE_RE = re.compile(
    # ("The Chairman of the Presidential Committee on Fiscal Policy and Tax Reforms, Taiwo Oyedele,";
    # "The Ukrainian ambassador to Canada, Yuliya Kovaliv,")
    # ("Carter's wife of 77 years, Rosalynn Carter,": or a name's possessive)
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)|\b[A-Z][\w-]*['’]s)\s+(?:[A-Z][\w-]*\s+)?([A-Za-z][\w-]*)\s+"
    r"(?:of|for|at|to)\s+[^,]{2,70},\s*$"
    # ("le ministre des finances, Cheikh Diba,", "il ministro dell'Economia, Giancarlo Giorgetti,": the same
    # in the site's language)
    r"|\b(?:[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Oo]|[Aa]|[Ll]['’]|[Ss]on|[Ss]a|[Ss]u)\s*([a-zà-ÿ][\w-]*)\s+"
    r"(?:de|des|du|del|de la|della|dello|degli|dell['’]|di|da|do|dos|das|d['’])\s*[^,]{2,70},\s*$"
)
# a sentence's end inside a stretch of text (after a word in lower case: "U.S." ends none)
_SENTENCE_END_IN_RE = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z])")
_INITIAL_RE = re.compile(r"^[A-Z]\.$")
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:to|of|at|for|against|in|from|with|joined|beat|beating)\s+$")
# one initial or several run together: "J.", "D.Y.", "A.B."
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:at|from|for|of|in|with|by|on)\s+$")
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "shipping group Maersk said", "the logistics firm Hapag-Lloyd": a name an organisation's noun introduces
ORGANISATION_NOUNS = frozenset(
    """
    group firm company companies giant maker manufacturer carrier airline retailer chain bank lender insurer
    operator brand startup start-up conglomerate corporation agency broadcaster newspaper outlet club band
    party union charity ngo association organisation organization platform app website developer studio
    regulator watchdog supplier utility provider
    """.split()
)
# a sentence's end and a space, or an opening quote mark (one that follows a space: '," Doe said'
# has a closing one)
# (and after a lead-in's colon: "Between the lines: Officials said …")
# Someone who speaks or acts for the person named next: "a spokesman for (Prime Minister) Rishi
# Sunak", "an adviser to Zelensky"; the name is not the speaker, the post is not theirs
AGENT_FOR_RE = re.compile(
    r"\b(?i:spokes(?:man|woman|person|people|men|women)|aides?|advis[eo]rs?|lawyers?|attorneys?|representatives?)"
    # ("A spokesperson for James, Elisabeth and Prudence Murdoch": the names listed after it)
    r"\s+(?P<link>for|to)\s+(?:(?:[A-Z][\w.’'-]*,\s+)+[A-Z][\w.’'-]*\s+and\s+)?(?:[A-Z][\w.’'-]*\s+)*$"
)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?…:][\"”’)]?\s+|(?:^|\s)[“\"]\s*|^“\s*)$")
_WORD_RE = re.compile(r"[\w.-]+")
# ("Pour l'économiste Ndongo Samba Sylla": or the site's language's, after its article)
_LOWER_ROLE_BEFORE_RE = re.compile(r"\b([a-zà-ÿ][a-zà-ÿ.-]+)\s+$")


_QUOTE_MARKS = '"“”«»„'
# the words that go on with the sentence after a comma, where a title set off would stand
# (nor a participle's clause: "Namadi said, adding that the state government would pay")
_NOT_APPOSITION_STARTS = frozenset(
    """has have had is was were will would said says told and but adding saying noting insisting warning
    explaining claiming stressing arguing calling describing according""".split()
)
# a verb in the past as Portuguese and Spanish write it ("acusou", "afirmó", "explicó")
_ROMANCE_PAST_RE = re.compile(r"[a-zà-ÿ]{2,}(?:ou|ó)")
# ", the widow of Russian opposition leader Alexei Navalny,": a title set off after a name, linked to another's
_LINK_TO_ANOTHER_RE = re.compile(r"(?P<head>,\s+[^,]{0,40}?)\b(?:of|for|to)\s+(?P<rest>[^,]{1,60})")
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]+")


# the word between a title and what it is of: "leader of Vox", "ambassador to Türkiye", "minister for Europe"
_ELIDED = frozenset("l d dell all nell".split())
_ROLE_LINKS = frozenset("of to for at in on de du des del della da do dos das van voor".split())


# ", the Prime Minister said": what follows the comma has a verb of speech of its own before any other comma
# (not in a relative clause: ", the human rights lawyer who shared the prize," is set off)
_SPEECH_IN_CLAUSE_RE = re.compile(
    rf",\s+the\s(?:(?!\b(?:who|which|that|whose)\b)[^,.;:“”\"]){{0,60}}?\b(?:{SPEECH_VERBS})\b"
)
# ", who is also defence minister,", ", who served as finance minister,": the title is the one named's
_BEING_WORDS = frozenset("is was also serves served became becomes remains".split())


def _up_to_sentence_end(words: list[str]) -> list[str]:
    """The words up to the one ending the sentence, without its full stop ("…, Malaysia's prime
    minister." ends in "minister")."""
    for k, word in enumerate(words):
        # ("U.S." and "Sen." end no sentence)
        if word.endswith(".") and "." not in word[:-1] and word not in ROLES and word not in TITLE_PREFIXES:
            return [*words[:k], word.rstrip(".")]
    return words


def _roles_around(text: str, start: int, end: int) -> set[str]:
    """Role words next to a name: "Kyiv's mayor, Vitali Klitschko", "X, the minister", and the whole
    title before it, with the country it names ("Minister of Foreign Affairs of Ukraine Andrii
    Sybiha", "his Turkish counterpart Hakan Fidan")."""
    # ("a spokesman for Prime Minister Rishi Sunak": the titles after "for" are his, the spokesman is not)
    agent = AGENT_FOR_RE.search(text, max(0, start - 80), start)
    floor = agent.end("link") if agent else 0
    # ("“This agreement strengthens our security,” President Maia Sandu said": not the quote's words)
    floor = max(floor, *(text.rfind(mark, max(0, start - 80), start) + 1 for mark in _QUOTE_MARKS))
    window = max(floor, start - 40)
    titled: list[str] = []
    if (comma := text.rfind(",", window, start)) >= 0:
        # ("Kyiv's mayor, Vitali Klitschko": a title set off before the name; but "At the Munich Security
        # Conference, President Volodymyr Zelensky": words before a comma not ending in a title are no title)
        # ("the leader of Vox, Santiago Abascal", "Ukraine's ambassador to Türkiye, Vasyl Bodnar": or a
        # title and what it is of or where)
        set_off = _WORD_RE.findall(as_adjective(text[window:comma].lower()))
        links = [k for k, word in enumerate(set_off) if word in _ROLE_LINKS and k >= len(set_off) - 6]
        head = set_off[: links[-1]] if links else set_off
        if not head or head[-1] not in ROLES:
            window = comma
        elif links and not re.search(
            rf"\b(?:to|of|for|with|by)\s+(?:the\s+)?{re.escape(head[-1])}\s", text[max(0, start - 80) : comma], re.I
        ):
            # ("The Governor of Jigawa State, Umar Namadi": the title, not what it is of; but "the Special
            # Adviser to the President on Information, Bayo Onanuga" is no president)
            titled = head[-3:]
    # (French and Italian elide an article: "Le ministre de l'économie, Antoine Armand")
    before = [w for w in _WORD_RE.findall(as_adjective(text[window:start].lower())) if w not in _ELIDED][-3:]
    if titled:
        before = titled
    after = _up_to_sentence_end(_WORD_RE.findall(as_adjective(text[end : end + 40].lower())))
    # ", the minister," or ", who is also defence minister,"; ", the US national security adviser": the
    # title set off after the name, with the country it names
    # (", Apple's senior vice president,": the body owning the title takes two words more)
    # (up to the comma closing it: not ", Jordan's foreign minister, and Saudi …")
    possessive = after[1:2] == ["s"] or after[2:3] == ["s"] and after[:1] == ["the"]
    width = 6 if after[:1] in (["who"], ["the"]) else 4
    if possessive and (close := text.find(",", end + 1, end + 60)) > 0:
        width = max(width, min(width + 2, len(_WORD_RE.findall(as_adjective(text[end:close].lower())))))
    after = after[:width] if text[end : end + 2].startswith(",") else []
    # (", vice-president of Skymet Weather": a title of hyphenated titles, as "vice president" written apart)
    after = [part for w in after for part in (w.split("-") if w not in ROLES and _is_hyphenated_role(w) else [w])]
    if after[:1] and (after[0] in _NOT_APPOSITION_STARTS or _ROMANCE_PAST_RE.fullmatch(after[0])):
        # "Olaf Scholz, has signed a security agreement", ", Pedro Nuno Santos, acusou o primeiro-ministro": the
        # sentence goes on, no title set off
        after = []
    if after and _SPEECH_IN_CLAUSE_RE.match(text, end):
        after = []  # "Speaking on Sunday with Laura Kuenssberg, the Prime Minister said": the sentence's subject
    if after[:1] == ["who"] and after[1:2] and after[1] not in _BEING_WORDS:
        after = []  # "S Jaishankar, who accompanied the prime minister,": the title is another's
    if after and (link := _LINK_TO_ANOTHER_RE.match(text, end)):
        # ", the widow of Russian opposition leader Alexei Navalny": the titles after "of" are his
        given = _CAPITALISED_RE.findall(link.group("rest"))
        if any(word.lower() in first_names() for word in given):
            after = after[: len(_WORD_RE.findall(as_adjective(link.group("head").lower())))]
    # ("Det sa Ulf Kristersson": a rank written short only right before the name, or before another rank)
    roles = {
        w
        for k, w in enumerate(before)
        if (w in ROLES or _is_compound_title(w))  # ("sa statsminister Ulf Kristersson": a title in one word)
        and w not in HONORIFICS
        and (w not in _SHORT_RANKS or all(later in ROLES for later in before[k + 1 :]))
    }
    # ("Michel Barnier, a présenté jeudi un projet": "UN" only in capitals)
    acronyms = {w.lower() for w in _WORD_RE.findall(text[end : end + 40]) if w.isupper()}
    roles |= {
        w
        for w in after
        if (w in ROLES or w in TITLE_PREFIXES) and w not in HONORIFICS and (w not in _SHORT_ACRONYMS or w in acronyms)
    }
    if text[max(0, start - 1) : start] != " ":
        return roles
    for word in reversed(_WORD_RE.findall(as_adjective(text[max(floor, start - 80) : start].lower()))):
        if word in ROLES or word in TITLE_PREFIXES:
            if word not in HONORIFICS:
                roles.add(word)
        elif word not in _TITLE_LINKS and word not in NOT_NAMES:
            break
    return roles


# the small words inside a title: "Minister of Foreign Affairs of Ukraine", "Head of the Office",
# "Head of the Kharkiv Regional Military Administration", "Ambassador of the United States to Ukraine"
_TITLE_LINKS = frozenset(
    "of the for on and to regional military civil civilian city state district national federal central "
    "provincial municipal public united".split()
)


def _is_initials(word: str) -> bool:
    """A body's initials ("NATO", "BBC") or its members in them ("MPs", "MEPs", "NGOs")."""
    if len(word) < 2 or "." in word:
        return False
    return word.isupper() or (word[-1] in "sS" and word[:-1].isupper() and len(word) > 2)


# ", 23,": a person's age set off by commas after their name
_AGE_AFTER_RE = re.compile(r",\s*\d{1,3}\s*,\s+[a-z]")
# " manager Mikel Arteta", " head coach Enzo Maresca": a role in lower case and a name after a word
_ROLE_THEN_NAME_RE = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})[A-Z][\w'’-]+\s+[A-Z]")
# a capitalised word and a place name's small word just before a single capitalised word
_NAME_TAIL_BEFORE_RE = re.compile(r"\b[A-Z][\w'’.-]*[ -](?:do|da|dos|das|de|del|della|di|du|of|upon|on|y|la|le)[ -]$")


def _has_speech_verb(text: str, start: int, end: int) -> bool:
    # "Analysts at Goodbody said": after a preposition the name is where the speakers work
    after = _SPEECH_AFTER_RE.match(text[end : end + 160]) and not _PREPOSITION_BEFORE_RE.search(
        text[max(0, start - 6) : start]
    )
    # "Sandu's main challenger, Alexandr Stoianoglo, has said": the name set off by commas before the verb
    # (also after a post in lower case: ", former prosecutor-general Alexandr Stoianoglo, has said"; a full
    # name, and not a firm's after its noun: "The developer, Hartwell Homes, said")
    set_off = (
        _SET_OFF_BEFORE_RE.search(text, max(0, start - 60), start)
        and _SET_OFF_SPEECH_AFTER_RE.match(text, end)
        and len(text[start:end].split()) >= 2
        and text[:start].split()[-1].strip(",").lower() not in ORGANISATION_NOUNS
    )
    return bool(after or set_off or _SPEECH_BEFORE_RE.search(text[max(0, start - 50) : start]))


_SET_OFF_BEFORE_RE = re.compile(r",\s+(?:(?!(?:and|or|but|the|of|from|at|in|on|with|by)\b)[a-z][\w-]*\s+){0,3}$")
_SET_OFF_SPEECH_AFTER_RE = re.compile(rf",\s+(?:has |had )?(?:{SPEECH_VERBS})\b")


# "Solomiia Bobrovska of the Holos party said": where the person belongs, then the verb
_AFFILIATION_SPEECH_RE = re.compile(
    rf"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|the|and|for|do|da|dos|de|del|di|du|y)\s+)*){{1,5}}"
    rf"(?:(?:party|group|faction|bloc|union)\s+)?"
    rf"(?:{SPEECH_VERBS})\b"
)


def _in_apposition_with_role(text: str, start: int, end: int) -> bool:
    """A role set off by commas beside the name: "Sharon Whitfield, regional secretary of the
    union," or "The business secretary, Kemi Badenoch, said"."""
    after = _APPOSITION_AFTER_RE.match(text, end)
    if after and any(word in APPOSITION_ROLES for word in after.group(1).split()):
        return True
    before = _APPOSITION_BEFORE_RE.search(text[max(0, start - 40) : start])
    if before and before.group(1).lower() in APPOSITION_ROLES:
        return True
    # "The head of Lithuanian diplomacy, Gabrielius Landsbergis,": the role and what it is of, in
    # the name's own sentence ("… by the partners of the government. The spokesperson of Sumar, X,")
    window = _SENTENCE_END_IN_RE.split(text[max(0, start - 100) : start])[-1]
    before = _ROLE_OF_BEFORE_RE.search(window)
    # ("o economista-chefe do banco Inter, Rafaela Vitória,": a compound role, by its parts)
    return bool(
        before and any(part in APPOSITION_ROLES for part in (before.group(1) or before.group(2)).lower().split("-"))
    )


# "star of", "author of", "co-star in": what comes next is a work, and the works listed after it too
_WORK_BEFORE_RE = re.compile(
    r"\b(?:co-)?(?:star|stars|starred|starring|author|creator|composer|star turn)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’:-]*\s+(?:(?:of|the|and|in)\s+)*)*(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w'’:-]*\s+)+)*$"
)
# ", 38, of ", ", 41, from ": a person's age, then where they live
_HOME_AFTER_AGE_RE = re.compile(r",\s*\d{1,3}\s*,\s+(?:of|from)\s+$")


def _at_place_or_date(text: str, start: int) -> bool:
    """Whether a name stands after "in", "at", "on" …: a place's or a month's ("in May, 12, …")."""
    return bool(_PLACE_PREPOSITION_RE.search(text, max(0, start - 10), start))


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START_RE.search(text[max(0, start - 4) : start]))


# A ship named after a person: "the patrol ship Sergei Kotov", "the frigate Admiral Makarov", "the
# coast guard vessel BRP Teresa Magbanua"
_VESSELS = frozenset(
    """ship warship vessel frigate cruiser destroyer submarine tanker carrier corvette icebreaker freighter
    flagship boat yacht ferry trawler minesweeper""".split()
)
_NAVY_PREFIXES = frozenset("USS HMS RFS BRP HMCS HMAS INS RFA USNS".split())
_SHIP_NAME_TITLES = frozenset("Admiral General Marshal Captain".split())


def _after_a_vessel_word(before: list[str]) -> bool:
    """Whether the (last two) words before a name make it a ship's: "the patrol ship", "the frigate
    Admiral", "the vessel BRP", "USS"."""
    if not before:
        return False
    last = before[-1]
    if last in _NAVY_PREFIXES or last.lower().removesuffix("s") in _VESSELS:
        return True
    return (
        len(before) == 2
        and (last in _SHIP_NAME_TITLES or (last.isupper() and 2 <= len(last) <= 4))
        and before[0].lower().removesuffix("s") in _VESSELS
    )


# what follows a firm's name, never a person's: its stock, its legal form
_FIRM_AFTER_NAME_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:shares|stock|stocks|share price)\s+(?:rose|fell|jumped|dropped|slid|gained|lost|climbed|"
    r"tumbled|surged|plunged|sank|soared|slumped|rallied|were|are|have|had|closed|opened|traded|ended)\b"
    r"|Inc\b|Corp\b|Co\.|Ltd\b|LLC\b|plc\b)"
)


# a German body's name, one word: "Finanzministeriums", "Auswärtiges Amt", "Bundesregierung", "Landgericht"
_GERMAN_BODY_RE = re.compile(
    r"\w{2,}(?:ministerium|ministeriums|amt|amts|amtes|regierung|verband|verbands|gericht|gerichts|gerichtes|behörde|"
    r"kammer|partei|konzern|konzerns)",
    re.IGNORECASE,
)
# "the Ministry of Health and ", "the Department of Culture, Media and ": a body's name goes on after "and"
_BODY_AND_BEFORE_RE = re.compile(
    r"\b(?i:ministry|department|office|committee|commission|institute|council|agency|board|secretary|minister)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}(?:and|&)\s+$"
)


def _vouched(run: _Run, text: str) -> bool:
    words = [w.strip("()") for w in run.words]
    # "Defence Minister Israel Katz": a given name spelled like a country, after a person's title
    # (or the title set off before it: "Israel's foreign minister, Israel Katz,")
    role_before = (bool(run.cue_words) and run.cue_words[-1] in ROLES) or bool(
        (m := _WORD_BEFORE_RE.search(text, max(0, run.start - 40), run.start)) and m.group(1) in ROLES
    )
    named_like_a_place = (
        len(words) == 2
        and role_before
        and words[0].lower() in NOT_NAMES
        and words[1].lower() not in NOT_NAMES
        and words[1].lower() not in COMMON_WORDS
    )
    checked = words[:-1] if _ends_in_word_as_surname(words) else words  # "Theresa May": a surname spelled like a month
    if len(words) == 2 and _INITIALS_GIVEN_RE.fullmatch(words[0]) and words[0].lower() not in TITLE_PREFIXES:
        checked = checked[1:]  # "JD Vance", "AJ Tracey": initials without their full stops
    if not named_like_a_place and any(w.lower() in NOT_NAMES or _is_initials(w) for w in checked):
        return False  # a body's name or initials, and its members in them: "MPs", "MEPs", "NGOs"
    if any("-" in w and all(part.lower() in NOT_NAMES for part in w.split("-")) for w in words):
        return False  # "said China-Russia relations were ...": two countries, not a double-barrelled name
    if fold_name(" ".join(words)) in organisation_names():
        return False
    if _after_a_vessel_word(text[max(0, run.start - 40) : run.start].split()[-2:]):
        return False  # "the patrol ship Sergei Kotov", "the frigate Admiral Makarov": a ship's name
    if text[max(0, run.start - 2) : run.start] == "& " or text[run.end : run.end + 2] == " &":
        return False  # "Marks & Spencer", "Ernst & Young": a firm's name
    if _FIRM_AFTER_NAME_RE.match(text, run.end):
        return False  # "Walt Disney shares fell": a firm's stock, not a person's
    if _WORK_BEFORE_RE.search(text, max(0, run.start - 80), run.start):
        return False  # "star of Downton Abbey and Harry Potter": the works someone is known for, not people
    if not run.cue_words and _BODY_AND_BEFORE_RE.search(text, max(0, run.start - 80), run.start):
        return False  # "the Ministry of Health and Welfare said": the rest of the body's name
    if len(words) == 1 and _GERMAN_BODY_RE.fullmatch(words[0]):
        return False  # "Ein Sprecher des Finanzministeriums sagte": a ministry, in German
    if _HOME_AFTER_AGE_RE.search(text, max(0, run.start - 24), run.start):
        return False  # "Daniel Hughes, 38, of Lawrence Hill,": where the person lives, after their age
    before = text[max(0, run.start - 20) : run.start].split()
    if (
        before
        and text[run.start - 1 : run.start].isspace()
        and before[-1] in ORGANISATION_NOUNS
        and not (len(words) >= 2 and words[0].lower() in first_names())
    ):
        return False
    if len(words) >= 2 and words[0].lower() in ORGANISATION_NOUNS and words[1].lower() not in first_names():
        return False  # "Regulator Ofwat says …": a body's kind, capitalised to open the sentence, then its name
    if len(words) == 1 and any(part[:1].islower() and part not in PARTICLES for part in words[0].split("-")[1:]):
        return False  # "Mother-of-two, 34, reveals …": a description written as one word, no surname
    if text.startswith(",", run.end) and _AGE_AFTER_RE.match(text, run.end) and not _at_place_or_date(text, run.start):
        return True  # "Saka, 23, was modest afterwards", "Jane Doe, 41,": a person and their age
    if len(words) >= 2:
        # (a German title is one word: "Ministerpräsident Stephan Weil")
        has_cue = bool(run.cue_words) and (
            run.cue_words[-1] in ROLES
            or run.cue_words[-1] in _HONORIFIC_SECONDS
            or _is_compound_title(run.cue_words[-1])
        )
        given = words[0].lower()
        known_given = _is_given(given) or any(part in first_names() for part in given.split("-"))
        # initials before a surname are a person's ("D.Y. Chandrachud"), unless the name is where
        # one goes or what one is of ("moved to A.C. Milan", "fans of D.C. United": a club's)
        known_given = known_given or (
            all(_INITIALS_RE.match(word) for word in words[:-1])
            and not _INITIALS_RE.match(words[-1])
            and not _at_place_or_date(text, run.start)
        )
        # a middle initial between two names is a person's ("Franklin D. Roosevelt")
        known_given = known_given or (
            len(words) == 3
            and _INITIAL_RE.match(words[1]) is not None
            and all(len(w) > 2 and w.isalpha() and w.lower() not in COMMON_WORDS for w in (words[0], words[2]))
        )
        # a role in lower case just before the name vouches too ("said councillor Brenda Okafor")
        role_before = _LOWER_ROLE_BEFORE_RE.search(text[max(0, run.start - 30) : run.start])
        has_cue = has_cue or bool(role_before and role_before.group(1) in APPOSITION_ROLES)
        return (
            known_given
            or has_cue
            # "Greta Gerwig: ‘I never set out to make a blockbuster’": a headline's speaker before what they said
            or bool(_NAME_COLON_QUOTE_RE.match(text, run.end))
            or _has_speech_verb(text, run.start, run.end)
            or bool(_AFFILIATION_SPEECH_RE.match(text, run.end))
            or _in_apposition_with_role(text, run.start, run.end)
        )
    if words[0].lower() in COMMON_WORDS or len(words[0].strip(".()")) < 2:
        return False  # "Gen Z": a letter is no surname
    if words[0].split("-")[0].lower() in ROLES:
        return False  # "Ukraine's Commander-in-Chief said": a title standing for its holder
    if (
        len(words) == 1
        and (after := _APPOSITION_AFTER_RE.match(text, run.end))
        and _ARTICLE_AFTER_COMMA_RE.match(text, run.end)
        and any(word in ROLES and word not in TITLE_PREFIXES for word in after.group(1).lower().split())
        # (not a clause of its own: "Police arrested 12 people near Stroe, a spokesperson said.")
        and not _SPEECH_VERB_RE.search(after.group(1))
    ):
        return True  # "Tusk, the Polish prime minister, said": a surname and the title set off after it
    if bool(run.cue_words) and run.cue_words[-1] in PERSON_TITLES:
        return True
    if _THE_BEFORE_RE.search(text[max(0, run.start - 5) : run.start]):
        return False  # "the Spaniard said": a description, not a surname
    if run.cue_words and all(c in TITLE_PREFIXES for c in run.cue_words):
        return False  # "Saudi Aramco said", "Russian Gazprom said": a nation's firm or body
    if (after := _ROLE_THEN_NAME_RE.match(text, run.end)) and any(
        w in APPOSITION_ROLES for w in after.group(1).split()
    ):
        return False  # "said Arsenal manager Mikel Arteta": the club, then the speaker
    if _NAME_TAIL_BEFORE_RE.search(text, max(0, run.start - 40), run.start):
        return False  # "Rio Grande do Sul said", "Stratford-upon-Avon": the end of a place's name
    if _COLON_QUOTE_AFTER_RE.match(text, run.end):
        # ("adding in English: “…”": after a preposition, the word is what it was said in)
        return not _PREPOSITION_BEFORE_RE.search(text[max(0, run.start - 6) : run.start])
    # One word and a speech verb is a person's surname mid-sentence ("..., Stoltenberg said"). At
    # the start of a sentence it is as often a group, a place or a firm speaking ("Farmers say",
    # "Police said", "Tehran warned"); such a word is left for the archive to match against the
    # people it knows (lone_capitalised_words).
    return _has_speech_verb(text, run.start, run.end) and not _at_sentence_start(text, run.start)


def find_persons(title: str, paragraphs: list[str]) -> list[FoundPerson]:
    """The people of an article, each with the forms used and where they are mentioned."""
    texts = [title, *paragraphs]
    runs = [run for no, text in enumerate(texts) for run in _runs(no, text)]
    # "Belarus Opposition Leader Tsikhanouskaya Sentenced In Absentia To 15 Years" as the title,
    # "RUSSIANS FLOCK TO POLLING STATIONS AT NOON IN PROTEST OF PUTIN" anywhere: every word
    # capitalised, so a run there is a name only as the story writes it elsewhere too
    capitalised = {no for no, text in enumerate(texts) if is_shouted(text)}
    if title and is_title_case(title.split()):
        capitalised.add(0)
    if capitalised:
        written = {translit_key(" ".join(run.words)) for run in runs if run.paragraph not in capitalised}
        runs = [run for run in runs if run.paragraph not in capitalised or translit_key(" ".join(run.words)) in written]
    people: dict[str, FoundPerson] = {}
    by_surname: dict[str, list[FoundPerson]] = {}
    # the first word of a full name, for a mention by it alone ("Xi" for Xi Jinping, family name
    # first; "Sharon" in a feature that names Sharon Whitfield once)
    by_first: dict[str, list[FoundPerson]] = {}

    def surface(run: _Run) -> str:
        return " ".join(run.words)

    def full_form(run: _Run) -> str:
        return _in_name_case(" ".join(w.strip("()") for w in run.words))

    # Full names first, so surname-only mentions anywhere can join them. A name vouched for once
    # counts everywhere in the article ("Finance Minister Petra Schmidt" ... "Petra Schmidt later").
    runs = _without_stray_initials(runs, texts)
    vouched = {translit_key(full_form(r)) for r in runs if _is_full_name(r) and _vouched(r, texts[r.paragraph])}
    # "their counterparts, Enrique Manalo and Gilberto Teodoro": a full name listed beside a person's
    vouched |= _listed_with_people(runs, texts, vouched, full_form)
    # "Bukayo Saka scored twice … Saka, 23, was modest": a full name nothing vouched for, whose
    # surname alone the story vouches for elsewhere
    tails = {
        translit_key(r.words[-1].strip("()"))
        for r in runs
        if _is_full_name(r) and translit_key(full_form(r)) not in vouched and r.words[0].lower() not in COMMON_WORDS
    }
    if tails:
        surnames = {
            translit_key(full_form(r))
            for r in runs
            if len(r.words) == 1 and translit_key(full_form(r)) in tails and _vouched(r, texts[r.paragraph])
        }
        vouched |= {
            translit_key(full_form(r))
            for r in runs
            if _is_full_name(r)
            and translit_key(r.words[-1].strip("()")) in surnames
            and r.words[0].lower() not in COMMON_WORDS
        }
    for run in runs:
        if _is_full_name(run) and translit_key(full_form(run)) in vouched:
            name = full_form(run)
            key = translit_key(name)
            person = people.get(key) or _short_given_name_of(name, people.values())
            if person is None:
                person = people[key] = FoundPerson(name)
                for surname in _surnames(run.words):
                    by_surname.setdefault(translit_key(surname), []).append(person)
                if not _INITIAL_RE.match(run.words[0]):
                    by_first.setdefault(translit_key(run.words[0].strip("()")), []).append(person)
            if surface(run) != person.name:
                person.aliases.add(surface(run))
            person.roles.update(run.cue_words, run.body_words)
            person.roles.update(_roles_around(texts[run.paragraph], run.start, run.end))
            person.mentions.append(Mention(run.paragraph, run.start, run.end, surface(run)))
    _join_compound_surnames(people, by_surname, by_first)
    suffixed_alone = {translit_key(r.words[-2]) for r in runs if len(r.words) == 2 and _core(r.words) != r.words}
    kin_given = {m.group("given") for text in texts for m in _KIN_GIVEN_RE.finditer(text)}

    def mention(person: FoundPerson, run: _Run, text: str, word: str) -> None:
        honorific = run.cue_words[-1] if run.cue_words and run.cue_words[-1] in HONORIFICS else ""
        form = text[run.start - len(honorific) - 1 : run.end] if honorific else word
        if honorific and not form[:1].isupper():
            form = word
        if form != person.name:
            person.aliases.add(form)
        if word != person.name:
            person.aliases.add(word)
        person.roles.update(run.cue_words)
        person.mentions.append(Mention(run.paragraph, run.start, run.end, form))

    # a surname alone that nothing beside it vouches for ("Zelensky said …" opening a sentence, as
    # "Police said" would), once the story has vouched for it elsewhere ("…,” Zelensky told reporters")
    unvouched: list[tuple[_Run, str, str]] = []
    for run in runs:
        if _is_full_name(run):
            continue
        text = texts[run.paragraph]
        word = " ".join(w.strip("()") for w in run.words)
        if len(word) < 2:
            continue  # "I was explaining": a letter is no one's surname ("Wang Yi")
        candidates = by_surname.get(translit_key(word), [])
        if word.lower() in _WORDS_AS_SURNAMES and not (run.cue_words or _has_speech_verb(text, run.start, run.end)):
            continue  # "in May": the month, unless a title or a speech verb says it is Theresa May
        if not candidates and len(run.words) == 1 and _may_be_family_name(word, run, text):
            if len(firsts := by_first.get(translit_key(word), [])) == 1:
                candidates = firsts
        if len(candidates) > 1 and translit_key(word) in suffixed_alone:
            # a story that writes "Trump Jr." for the son means the father by "Trump"
            candidates = [p for p in candidates if _core(p.name.split()) == p.name.split()] or candidates
        if len(candidates) > 1 and (sex := _HONORIFIC_SEX.get(run.cue_words[-1] if run.cue_words else "")):
            # "Mr. Clinton" after Bill and Hillary Clinton: the honorific says which of them
            # (or, when no given name tells, the one not known to be of the other sex: "Mrs Gray" after Neil
            # Gray and his wife Karlie Gray)
            candidates = (
                [p for p in candidates if sex_by_name(p.name) == sex]
                or [p for p in candidates if sex_by_name(p.name) is None]
                or candidates
            )
        if len(candidates) == 1 and _kin_named_alone(candidates[0], kin_given):
            # "President Biden … a pardon for his son Hunter" … "a lawyer for Hunter Biden": the son goes by
            # his given name, the surname alone is his father's
            candidates = []
        if candidates:
            person = _closest(candidates, run, texts, kin_given)
        elif len(run.words) == 1 and word.lower() not in first_names() and _vouched(run, text):
            key = translit_key(word)
            person = people.get(key)
            if person is None:
                person = people[key] = FoundPerson(word)
                by_surname.setdefault(key, []).append(person)
        elif len(run.words) == 1 and run.cue_words and run.cue_words[-1] in REGNAL_TITLES:
            # "Pope Francis", "King Charles": known by the title and one name, both together
            title = text[: run.start].split()[-1]
            name = f"{title} {word}"
            key = translit_key(name)
            person = people.get(key)
            if person is None:
                person = people[key] = FoundPerson(name)
                by_surname.setdefault(translit_key(word), []).append(person)  # "Leo said" after "Pope Leo"
            person.mentions.append(Mention(run.paragraph, run.start - len(title) - 1, run.end, name))
            continue
        else:
            if len(run.words) == 1 and word.lower() not in first_names():
                unvouched.append((run, text, word))
            continue
        mention(person, run, text, word)
    for run, text, word in unvouched:
        if (person := people.get(translit_key(word))) is not None and " " not in person.name:
            mention(person, run, text, word)
            person.mentions.sort(key=lambda m: (m.paragraph, m.start))
    # The mentions only in the headline still make a person, as long as something vouched for them.
    return [p for p in people.values() if p.mentions]


def _join_compound_surnames(people: dict[str, FoundPerson], by_surname: dict, by_first: dict) -> None:
    """ "Francisco Tiu Laurel Jr." … "Tiu Laurel told reporters", "Marcelo Rebelo de Sousa" … "Rebelo de
    Sousa": a name of two words or more that is the last words of one other person's whole name is theirs."""
    for key, short in list(people.items()):
        words = [w.lower() for w in short.name.split()]
        if len(words) < 2:
            continue
        longer = [
            p
            for p in people.values()
            if p is not short
            and len(core := [w.lower() for w in _core(p.name.split())]) > len(words)
            and core[-len(words) :] == words
        ]
        if len(longer) != 1:
            continue
        person = longer[0]
        person.aliases |= short.aliases | {short.name}
        person.roles |= short.roles
        person.mentions = sorted(person.mentions + short.mentions, key=lambda m: (m.paragraph, m.start))
        del people[key]
        for index in (by_surname, by_first):
            for found in index.values():
                if short in found:
                    found.remove(short)
                    if person not in found:
                        found.append(person)


def _in_name_case(name: str) -> str:
    """A name with a word in capitals among others that are not as the others write it: a tabloid's
    first word in capitals ("RISHI Sunak is facing …"), a surname in capitals ("Jean DUPONT")."""
    words = name.split()
    shouted = [word.isupper() and sum(c.isalpha() for c in word) >= MIN_SHOUTED_LETTERS for word in words]
    if not any(shouted) or all(shouted):
        return name
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-")) if loud else word
        for word, loud in zip(words, shouted, strict=True)
    )


# a word of this many capitals or more ("RISHI", "SÁNCHEZ", "JEAN-PIERRE") is shouted, not initials ("JD")
MIN_SHOUTED_LETTERS = 3


def _without_stray_initials(runs: list[_Run], texts: list[str]) -> list[_Run]:
    """An "initial" before a known person's surname that is not theirs ends the sentence before
    it ("she wrote on X. Von der Leyen has insisted"): the run is the surname alone."""
    given_of: dict[str, set[str]] = {}
    for run in runs:
        if _is_full_name(run) and not _INITIAL_RE.match(run.words[0]):
            for surname in _surnames(run.words):
                given_of.setdefault(translit_key(surname), set()).add(run.words[0][0].upper())
    if not given_of:
        return runs
    kept = []
    for run in runs:
        if len(run.words) >= 2 and _INITIAL_RE.match(run.words[0]):
            initials = given_of.get(translit_key(" ".join(run.words[1:])))
            if initials and run.words[0][0] not in initials:
                start = texts[run.paragraph].index(run.words[1], run.start + len(run.words[0]))
                run = _Run(run.paragraph, start, run.end, run.words[1:], run.cue_words, run.body_words)
        kept.append(run)
    return kept


def _short_given_name_of(name: str, people) -> FoundPerson | None:
    """The person already found whose name this one writes with a short form of the given name, the
    rest alike ("Don Trump Jr." after "Donald Trump Jr.", "Alex Smith" after "Alexander Smith")."""
    first, _, rest = name.partition(" ")
    first, rest = translit_key(first), translit_key(rest)
    if len(first) < 3:
        return None
    for person in people:
        other_first, _, other_rest = person.name.partition(" ")
        other_first = translit_key(other_first)
        if translit_key(other_rest) == rest and other_first != first and other_first.startswith(first):
            return person
    return None


def _may_be_family_name(word: str, run: _Run, text: str) -> bool:
    """A full name's first word that, alone, still names that person: not a place or a common
    word, and, if a common given name (the country Jordan, another Jordan), only as a speaker."""
    low = word.lower()
    if low in NOT_NAMES or low in COMMON_WORDS:
        return False
    return low not in first_names() or _has_speech_verb(text, run.start, run.end)


def _is_full_name(run: _Run) -> bool:
    """Two words or more besides a generational suffix ("Trump Jr." is a surname), not a surname with
    its particle ("ten Hag", "Van der Berg")."""
    words = run.words
    return (len(words) >= 3 or (len(words) == 2 and words[1].lower() not in GENERATIONAL)) and (
        words[0].lower() not in PARTICLES
    )


# Arabic's article joined to a surname ("al-Sisi", "el-Sisi", "ash-Sharaa"), which the surname alone may drop
_ARABIC_ARTICLE_RE = re.compile(r"(?i:al|el|ad|an|ar|as|ash|at|az|ud)-(?=[A-Z])")


def _surnames(words: list[str]) -> list[str]:
    """The forms a full name's surname may take alone: "Hag" and "ten Hag" for "Erik ten Hag", "Lula"
    for "Luiz Inácio Lula da Silva", "Trump Jr." and "Trump" for "Donald Trump Jr."."""
    core = _core(words)
    forms = [" ".join(words[-2:])] if core != words else []
    forms.append(core[-1])
    if article := _ARABIC_ARTICLE_RE.match(core[-1]):
        forms.append(core[-1][article.end() :])  # "Sisi" for "Abdel Fattah al-Sisi"
    for i in range(1, len(core) - 1):
        if core[i].lower() in PARTICLES:
            forms.append(" ".join(core[i:]))
            if i >= 3:  # "Luiz Inácio Lula da Silva": the name before the particle is the one known alone
                forms.append(core[i - 1])
            break
    return forms


_LISTED_RE = re.compile(r",?\s+and\s+")


def _listed_with_people(runs: list[_Run], texts: list[str], vouched: set[str], full_form) -> set[str]:
    """Keys of full names joined by "and" to a person's ("X and Y"; a comma there is as often a
    title's end: "… Tax Reforms, Taiwo Oyedele,"), none of whose words names a body, a place or a
    common thing."""
    found: set[str] = set()
    for a, b in zip(runs, runs[1:], strict=False):
        if a.paragraph != b.paragraph or not (_is_full_name(a) and _is_full_name(b)):
            continue
        if not _LISTED_RE.fullmatch(texts[a.paragraph][a.end : b.start]):
            continue
        keys = translit_key(full_form(a)), translit_key(full_form(b))
        for run, key, other in ((a, keys[0], keys[1]), (b, keys[1], keys[0])):
            words = [w.strip("()").lower() for w in run.words]
            if other in vouched and key not in vouched and not any(w in NOT_NAMES or w in COMMON_WORDS for w in words):
                found.add(key)
    return found


def _closest(candidates: list[FoundPerson], run: _Run, texts: list[str], kin_given: set[str]) -> FoundPerson:
    """Of two people sharing a surname, the one named most recently before this mention; never a
    relative introduced as one ("His son Hunter Biden" … "Biden said" is Joe Biden) while another is."""
    if len(candidates) == 1:
        return candidates[0]
    principals = [p for p in candidates if not _introduced_as_relative(p, texts) and not _kin_named_alone(p, kin_given)]
    # ("Lachlan's siblings, James, Elisabeth and Prudence, …": one the story calls by the given name alone goes
    # by it, and the surname alone is another's)
    principals = [p for p in principals if not _called_by_given_name(p)] or principals
    candidates = principals or candidates
    if len(candidates) == 1:
        return candidates[0]

    def last_before(person: FoundPerson) -> tuple[int, int]:
        earlier = [
            (m.paragraph, m.start) for m in person.mentions if (m.paragraph, m.start) < (run.paragraph, run.start)
        ]
        return max(earlier) if earlier else (-1, -1)

    return max(candidates, key=last_before)


_KIN_WORDS = r"(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|grandson|granddaughter|stepson|stepdaughter)"
_RELATIVE_BEFORE_RE = re.compile(
    # ("Carter's wife of 77 years, Rosalynn Carter")
    rf"\b(?:{_KIN_WORDS}|cousin|widow|widower)s?(?:\s+of\s+[^,.;]{{1,25}},)?,?\s+$",
    re.IGNORECASE,
)
# "his son Hunter", "her husband, Mark,": a relative by the given name alone (not "his son Hunter Biden")
_KIN_GIVEN_RE = re.compile(
    rf"\b(?:his|her|their)\s+(?:[a-z]+\s+)?{_KIN_WORDS}s?,?\s+(?P<given>[^\W\d_][\w'’-]*)\b(?!\s+[A-Z])"
)


def _introduced_as_relative(person: FoundPerson, texts: list[str]) -> bool:
    """Whether every mention of ``person`` by full name follows a family word ("his son Hunter Biden")."""
    full = [m for m in person.mentions if len(m.text.split()) >= 2]
    return bool(full) and all(
        _RELATIVE_BEFORE_RE.search(texts[m.paragraph][max(0, m.start - 48) : m.start]) for m in full
    )


def _called_by_given_name(person: FoundPerson) -> bool:
    """Whether the story has named ``person`` by their given name alone ("Prudence" for Prudence Murdoch)."""
    given = person.name.split()[0]
    return len(person.name.split()) >= 2 and any(m.text == given for m in person.mentions)


def _kin_named_alone(person: FoundPerson, kin_given: set[str]) -> bool:
    """Whether the story calls ``person`` by their given name after a family word (``kin_given``, the
    given names _KIN_GIVEN_RE finds): someone else of that family goes by the surname alone."""
    words = person.name.split()
    return len(words) >= 2 and words[0] in kin_given


def lone_capitalised_words(title: str, paragraphs: list[str], persons: list[FoundPerson]) -> dict[str, list[Mention]]:
    """Capitalised single words nobody vouched for, which may be surnames the archive already knows."""
    known = {translit_key(_core(p.name.split())[-1]) for p in persons} | {translit_key(p.name) for p in persons}
    found: dict[str, list[Mention]] = {}
    for no, text in enumerate([title, *paragraphs]):
        for run in _runs(no, text):
            if len(run.words) != 1:
                continue
            word = run.words[0].strip("()")
            low = word.lower()
            if low in COMMON_WORDS or low in NOT_NAMES or low in first_names() or _is_initials(word) or len(word) < 3:
                continue
            if low.startswith(("i'", "i’")):  # "I'm", "I’ll": the speaker, no name
                continue
            if translit_key(word) in known:
                continue
            found.setdefault(word, []).append(Mention(no, run.start, run.end, word))
    return found


# Words that never open a person's full name: a title, a role, a surname's particle
_NEVER_GIVEN = ROLES | PERSON_TITLES | PARTICLES


def is_full_name(form: str) -> bool:
    """A given name and a surname: not a lone surname, a surname with its particles ("von der Leyen",
    "Von der Leyen" opening a sentence) or a title and a surname ("President Macron")."""
    words = form.split()
    return (
        len(_core(words)) >= 2
        and "(" not in form
        and words[0].lower() not in _NEVER_GIVEN
        and not _ARTICLE_SURNAME_RE.match(words[0])
    )


def given_names_within(given: str, other: str) -> bool:
    """Whether one person's given names are the other's, less some whole given names at either end
    ("tayyip" and "recep tayyip"); never when an initial makes the difference (Robert F. Kennedy is
    not always Robert Kennedy)."""
    short, long = sorted((given.split(), other.split()), key=len)
    if not short or len(short) == len(long) or any(len(w.rstrip(".")) < 2 for w in long):
        return False
    n = len(short)
    return long[:n] == short or long[-n:] == short


def canonical_name(forms) -> str:
    """The spelling to show for a person seen under several: the same whatever the import order.

    Full names only, the fullest of them; plain ASCII before accented (Grushko, not Grushkó); the conventional English
    transliteration (Alexander, not Aleksandr; Zelensky, not Zelenskyi); then the shortest.
    """
    full = [f for f in forms if is_full_name(f)] or list(forms)
    # the fullest of the same person's names: "Recep Tayyip Erdoğan", not "Tayyip Erdogan"
    keys = {f: split_key(translit_key(f)) for f in full}
    full = [
        f
        for f in full
        if not any(
            keys[f][1] == keys[g][1]
            and len(keys[g][0].split()) > len(keys[f][0].split())
            and given_names_within(keys[f][0], keys[g][0])
            for g in full
            if keys[g][0] and keys[f][0]
        )
    ]
    # a Ukrainian's given name as Ukrainian spells it, where the Russian form is among the forms too
    # ("Volodymyr Zelensky", not "Vladimir Zelensky")
    ukrainian = {
        translit_key(f) for f in full if fold_name(f).split()[:1] and fold_name(f).split()[0] in UKRAINIAN_GIVEN_NAMES
    }
    return min(
        full,
        key=lambda f: (
            anyascii(f) != f,
            bool(ukrainian) and translit_key(f) in ukrainian and f.split()[0].lower() not in UKRAINIAN_GIVEN_NAMES,
            "ks" in f.lower(),
            bool(re.search(r"(?:yi|iy|ii)\b", f)),
            len(f),
            f,
        ),
    )
