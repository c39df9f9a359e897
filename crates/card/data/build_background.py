"""Build background.tsv, the English background word-frequency table of the card crate.

Source: the PyPI package `wordfreq` (version 3.1.1), whose word lists are data under the
Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0); see
https://github.com/rspeer/wordfreq. background.tsv is a derived work under the same licence.

Shape of the output: a '#' comment header, then one line per word, most frequent first:
`word<TAB>zipf`, where zipf is wordfreq's Zipf frequency (log10 of occurrences per billion
words) with one decimal. Only plain lower-case ASCII words are kept.

Run: pip install wordfreq==3.1.1 && python3 build_background.py > background.tsv
"""

import re

from wordfreq import top_n_list, zipf_frequency

WORD_COUNT = 30000
PLAIN_WORD = re.compile(r"^[a-z]+$")


def main():
    print("# English background word frequencies for keyphrase specificity (card crate).")
    print("# Derived from the wordfreq 3.1.1 'en' list; data licence CC BY-SA 4.0.")
    print("# Built by build_background.py beside this file. Shape: word<TAB>zipf, most frequent first.")
    for word in top_n_list("en", WORD_COUNT, wordlist="best"):
        if PLAIN_WORD.match(word):
            print(f"{word}\t{zipf_frequency(word, 'en', wordlist='best'):.1f}")


if __name__ == "__main__":
    main()
