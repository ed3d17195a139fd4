"""A deterministic corpus of scraped news articles for the benchmarks.

Same seed, same files: ~100 outlets, thousands of people known by several spellings, quotes
attributed by name, pronoun and "according to", topics from the archive's own topic list, dates
over ten years, 400–1,200 word bodies, and the boilerplate the seeds show (breadcrumbs, share
widgets, "Read Also" teasers, bylines, comment forms, copyright lines, bodies pasted twice) so
the extractor does real work. Run alone it writes the files: ``python bench/corpus.py DIR N``.
"""

import argparse
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

TOPICS = json.loads((Path(__file__).resolve().parent.parent / "archive" / "data" / "topics.json").read_text())

GIVEN = (
    "Anna Maria Elena Sofia Laura Clara Marta Julia Ingrid Helena Olga Irina Natalia Daria Petra Eva Lucia "
    "Alice Grace Emma Chloe Sarah Rachel Hannah Leah Nora Amira Fatima Aisha Mei Yuki Priya Ananya Zara "
    "John James Robert Michael David Thomas Peter Paul Mark Daniel Andrew Stefan Lukas Jonas Matthias "
    "Pierre Jean Louis Marco Luca Carlos Miguel Pablo Jorge Ivan Sergei Dmitry Oleksandr Viktor Andriy "
    "Mykola Pavel Tomasz Piotr Jan Karel Ahmed Omar Hassan Ali Yusuf Kenji Hiroshi Wei Li Raj Arjun Kofi"
).split()
SURNAMES = (
    "Kowalski Nowak Schmidt Muller Fischer Weber Becker Hoffmann Dubois Martin Bernard Rossi Russo Ferrari "
    "Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Ivanov Petrov Smirnov Kuznetsov Popov Sokolov "
    "Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Kravchenko Novak Horvat Kovac Nagy Toth Szabo "
    "Johansson Andersson Nilsson Larsen Hansen Jensen Nielsen Virtanen Korhonen Smith Jones Taylor Brown "
    "Williams Wilson Johnson Davies Evans Thomas Roberts Walker Wright Robinson Thompson White Hughes "
    "Edwards Green Hall Wood Harris Lewis Clarke Jackson Turner Hill Moore Cooper Ward Morris King Baker "
    "Okafor Mensah Diallo Haddad Nasser Khalil Yilmaz Kaya Demir Sato Suzuki Tanaka Chen Wang Zhang Liu "
    "Singh Sharma Patel Gupta Kumar Silva Santos Oliveira Pereira Costa Alves Moreau Laurent Lefebvre"
).split()
ROLES = (
    "Foreign Minister", "Defence Minister", "President", "Prime Minister", "Mayor", "Governor",
    "spokesperson", "economist", "professor", "union leader", "chief executive", "ambassador",
)  # fmt: skip
PLACES = (
    "Riverton Harbour Lakeside Northshore Eastbrook Westfield Highland Valley Coastal Metro Capital "
    "Central Southern Northern Island Border Prairie Mountain Delta Bay Port Old Town Market Union"
).split()
PAPERS = (
    "Times Post Herald Courier Gazette Tribune Chronicle Observer Independent Review Monitor Journal Express".split()
)
WORDS = (
    "government council plan budget minister officials week report city region agreement talks support "
    "energy prices market workers union strike vote parliament election campaign court ruling law police "
    "investigation border security troops army ceasefire negotiations sanctions economy inflation growth "
    "bank interest rates housing school hospital doctors patients health water river flood drought climate "
    "emissions farmers harvest exports imports trade deal company shares investors technology data privacy "
    "internet network railway airport transport fuel gas oil pipeline electricity grid reform pension tax "
    "spending debt deficit crisis protest demonstrators rally opposition coalition party leader committee "
    "inquiry evidence witnesses statement decision proposal response warning risk pressure delay cost "
    "million billion percent months years morning evening yesterday today local national international "
    "public private federal regional community residents families children students teachers culture "
    "museum festival football league season match players coach stadium record history future"
).split()
VERBS = "said warned added told explained argued insisted stressed noted".split()
# Body text follows Zipf's law over a realistic vocabulary, as news prose does: the most common
# words are function words, then the news words above, then a long tail of rarer words (made-up
# but pronounceable, so no word list is downloaded). A body drawn from the 200 news words alone
# held nearly every one of them, so every query word matched 98% of the archive and even FTS5
# took 140 ms a query; in real news a content word is in a few percent of articles at most.
FUNCTION_WORDS = (
    "the of and to in a that is for on with as was by at from it be has have are were will "
    "but not this which after its their they he she an or had been more over about new also than "
    "who into would could when there one two first last some other all up out"
).split()
TAIL_WORDS = 20_000


def _tail_words(count: int) -> list[str]:
    syllables = [o + v + c for o in ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st")
                 for v in ("a", "e", "i", "o", "u", "ai", "ou") for c in ("", "n", "r", "l", "s")]  # fmt: skip
    rng = random.Random(0)  # the same vocabulary for every seed
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))))
    return sorted(words)


def _vocabulary() -> tuple[list[str], list[float]]:
    """Words by rank and their cumulative Zipf weights (the word of rank r is drawn ∝ 1/r)."""
    rng = random.Random(1)
    tail = [w for w in _tail_words(TAIL_WORDS) if w not in WORDS]
    news = list(WORDS)
    rng.shuffle(news)
    ranked = FUNCTION_WORDS + news + tail
    total, cumulative = 0.0, []
    for rank in range(1, len(ranked) + 1):
        total += 1 / rank
        cumulative.append(total)
    return ranked, cumulative


VOCABULARY, _CUMULATIVE = _vocabulary()


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    role: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


@dataclass(frozen=True)
class Article:
    path: str
    title: str
    outlet: str
    published: date
    people: tuple[str, ...]
    topics: tuple[str, ...]
    words: tuple[str, ...]  # a few words of its body, for queries
    body: str


def outlets(rng: random.Random, count: int = 100) -> list[str]:
    names = sorted({f"The {place} {paper}" for place in PLACES for paper in PAPERS})
    return rng.sample(names, count)


def people(rng: random.Random, count: int = 3000) -> list[Person]:
    pairs = sorted({(g, s) for g in GIVEN for s in SURNAMES})
    return [Person(g, s, rng.choice(ROLES)) for g, s in rng.sample(pairs, count)]


def _sentence(rng: random.Random, min_words: int = 9, max_words: int = 22) -> str:
    words = rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=rng.randint(min_words, max_words))
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, cast: list[Person], topic_terms: list[str]) -> str:
    sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
    roll = rng.random()
    speaker = rng.choice(cast)
    if roll < 0.25:
        sentences.insert(1, f"“{_sentence(rng)[:-1]},” {speaker.role} {speaker.name} {rng.choice(VERBS)}.")
    elif roll < 0.35:
        sentences.append(f"“{_sentence(rng)}” {speaker.surname} {rng.choice(VERBS)}.")
    elif roll < 0.42:
        sentences.append(f"According to {speaker.name}, “{_sentence(rng)}”")
    elif roll < 0.5:
        sentences.insert(0, f"{speaker.role.capitalize()} {speaker.name} spoke on {rng.choice(WORDS)}.")
        sentences.append(f"“{_sentence(rng)[:-1]},” she said.")
    if topic_terms and rng.random() < 0.3:
        sentences.append(f"The {rng.choice(topic_terms)} question came up again.")
    return " ".join(sentences)


def article_text(rng: random.Random, title: str, outlet: str, day: date, cast: list[Person], topics, other: str):
    terms = [t for topic in topics for t in topic["terms"]]
    paragraphs = []
    words = 0
    target = rng.randint(400, 1200)
    while words < target:
        paragraph = _paragraph(rng, cast, terms)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    byline = rng.choice(cast)
    top = [
        f"Home > {rng.choice(['News', 'World', 'Politics', 'Business'])} > {title}",
        title,
        f"By {byline.name}",
        f"Published on {day.day} {day:%B %Y}",
        "Share this:",
        "Facebook Twitter WhatsApp",
    ]
    body = paragraphs[:]
    body.insert(min(3, len(body)), f"Read Also: {other}")
    if rng.random() < 0.1:  # the whole body pasted twice, as some scrapers do
        body = body + paragraphs
    tail = [
        "Leave a Reply",
        "Your email address will not be published.",
        f"© {day.year} {outlet}. All rights reserved.",
    ]
    return "\n\n".join(top + body + tail) + "\n", paragraphs


def generate(target: Path, count: int, seed: int = 20261203) -> list[Article]:
    """Write ``count`` article files under ``target`` (1,000 a folder); return what they hold."""
    rng = random.Random(seed)
    press = outlets(rng)
    cast_all = people(rng)
    start = date(2015, 1, 1)
    written: list[Article] = []
    titles: list[str] = []
    for n in range(count):
        outlet = rng.choice(press)
        day = start + timedelta(days=rng.randrange(3650))
        cast = rng.sample(cast_all, rng.randint(2, 5))
        topics = rng.sample(TOPICS, rng.randint(0, 2))
        title = f"{cast[0].surname} {rng.choice(VERBS)} {' '.join(rng.choice(WORDS) for _ in range(rng.randint(4, 8)))}"
        other = titles[rng.randrange(len(titles))] if titles else "More news from the region"
        text, paragraphs = article_text(rng, title, outlet, day, cast, topics, other)
        folder = target / f"{n // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        titles.append(title)
        written.append(
            Article(
                str(path),
                title,
                outlet,
                day,
                tuple(p.name for p in cast),
                tuple(t["name"] for t in topics),
                tuple(paragraphs[0].split()[:3]),
                "\n\n".join(paragraphs),
            )  # fmt: skip
        )
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a seeded corpus of scraped-looking article files.")
    parser.add_argument("folder", type=Path, help="where the files go (1,000 a subfolder)")
    parser.add_argument("count", type=int, nargs="?", default=1000, help="how many articles (1,000)")
    parser.add_argument("--seed", type=int, default=20261203, help="another seed gives other articles")
    args = parser.parse_args()
    if args.count < 0:
        parser.error("count must be 0 or more")
    made = generate(args.folder, args.count, seed=args.seed)
    print(f"wrote {len(made)} articles to {args.folder}")


if __name__ == "__main__":
    main()
