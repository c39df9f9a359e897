//! `extract/`: here is an HTML page — what is the article, and its title, byline, date and outlet?
