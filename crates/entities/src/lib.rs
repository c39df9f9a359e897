//! `entities/`: here is a document — who is in it? Mentions linked to the knowledge base.
