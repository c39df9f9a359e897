//! `kb/`: who and where could an article be talking about? The knowledge base and gazetteer.
