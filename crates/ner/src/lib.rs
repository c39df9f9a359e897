//! `ner/`: here is a sentence — which tokens name people, organisations, places? A statistical tagger.
