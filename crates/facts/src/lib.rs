//! `facts/`: here is a sentence — what dates, quantities and quotations does it hold?
