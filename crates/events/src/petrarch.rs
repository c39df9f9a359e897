//! Reading the PETRARCH validation suite's dictionaries and unit-test records (MIT licence,
//! ../shared/bench/events/petrarch-unit-tests) so sitrep's coder can be run on those tests.
