"""Are two articles the same story? Word-bigram overlap, robust to a different translation."""

import re
import zlib

# Measured on the seeds: two translations of one column share 16% of their word bigrams
# (35% of the shorter one's); independent reports of the same event share at most 7% (15%).
MIN_JACCARD = 0.12
MIN_CONTAINMENT = 0.30
MIN_BIGRAMS = 30


def bigrams(text: str) -> set[tuple[str, str]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:], strict=False))


def is_same_story(a: str, b: str) -> bool:
    sa, sb = bigrams(a), bigrams(b)
    if min(len(sa), len(sb)) < MIN_BIGRAMS:
        return False
    shared = len(sa & sb)
    return shared / len(sa | sb) >= MIN_JACCARD or shared / min(len(sa), len(sb)) >= MIN_CONTAINMENT


# A story's sketch: the hashes of a sixteenth of its word trigrams (those whose stable hash is a
# multiple of SKETCH_EVERY). Two tellings of one story share a good part of their sketches, two
# stories on one subject almost none (trigrams, not bigrams: "the prime minister" recurs, whole
# phrases of a story do not). Candidates come from the database by shared values, so finding
# them costs about the same at 1,000 articles as at 100,000.
SKETCH_EVERY = 16


def sketch(text: str) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    values = set()
    for trigram in zip(words, words[1:], words[2:], strict=False):
        value = zlib.crc32(" ".join(trigram).encode())
        if value % SKETCH_EVERY == 0:
            values.add(value // SKETCH_EVERY)  # under 2**28: fits any database's integer
    return values
