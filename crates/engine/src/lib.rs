//! `engine/`: the library API that chains the stages, from inputs to an analysis.
