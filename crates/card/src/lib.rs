//! `card/`: here is a clean article — what are its key quotes, summary, hashtags and read time?
