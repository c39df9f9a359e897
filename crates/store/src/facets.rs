//! Facet counting for search: how many matching articles carry each facet value, per
//! dimension, read straight from the facet column.
//!
//! Tantivy's `FacetCollector` maps every facet of a segment to its dimension on every search
//! (streaming the segment's whole facet dictionary) and turns every value counted back into a
//! facet path before the top values are chosen; with a few thousand facet values that was
//! half the cost of a search over 10,000 articles. Here each segment's dictionary is decoded
//! once and kept (segments never change), a search only adds to a counter per facet ordinal,
//! and only the values shown are turned into strings.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// One segment's facet dictionary, decoded: for each facet ordinal, its dimension (an index
/// into the dimensions counted) and its value, or none for a facet of no counted dimension.
pub(crate) struct SegmentFacets {
    by_ordinal: Vec<Option<(usize, String)>>,
}

/// Decoded dictionaries by segment, shared by searches.
#[derive(Default)]
pub(crate) struct FacetDictionaries {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacets>>>,
}

impl FacetDictionaries {
    /// Forget the dictionaries of segments no longer searched (merged away).
    pub(crate) fn keep_only(&self, live: &[SegmentId]) {
        let mut segments = self
            .segments
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if segments.len() > live.len() {
            segments.retain(|id, _| live.contains(id));
        }
    }

    fn of_segment(
        &self,
        reader: &SegmentReader,
        field: &str,
        dimensions: &[&str],
    ) -> tantivy::Result<Arc<SegmentFacets>> {
        let id = reader.segment_id();
        if let Some(found) = self
            .segments
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(&id)
        {
            return Ok(Arc::clone(found));
        }
        let facet_reader = reader.facet_reader(field)?;
        let dictionary = facet_reader.facet_dict();
        let mut by_ordinal = vec![None; dictionary.num_terms()];
        let mut terms = dictionary.range().into_stream()?;
        while terms.advance() {
            // An encoded facet: its path's parts separated by 0 bytes.
            let mut parts = terms.key().split(|byte| *byte == 0);
            let (Some(dimension), Some(value), None) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Some(index) = dimensions
                .iter()
                .position(|name| name.as_bytes() == dimension)
            else {
                continue;
            };
            if let Some(slot) = by_ordinal.get_mut(terms.term_ord() as usize) {
                *slot = Some((index, String::from_utf8_lossy(value).into_owned()));
            }
        }
        let decoded = Arc::new(SegmentFacets { by_ordinal });
        self.segments
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(id, Arc::clone(&decoded));
        Ok(decoded)
    }
}

/// Counts the values of the facets `/dimension/value` of `field` among the documents
/// collected, and keeps the `shown` most common of each dimension (most documents first,
/// then by value).
pub(crate) struct FacetCounter<'a> {
    pub field: &'a str,
    pub dimensions: &'a [&'a str],
    pub shown: usize,
    pub dictionaries: &'a FacetDictionaries,
}

pub(crate) struct SegmentFacetCounter {
    reader: tantivy::fastfield::FacetReader,
    counts: Vec<u32>,
    facets: Arc<SegmentFacets>,
}

/// What one segment counted.
pub(crate) struct SegmentFacetCounts {
    counts: Vec<u32>,
    facets: Arc<SegmentFacets>,
}

impl Collector for FacetCounter<'_> {
    /// Per dimension, in the order given: (value, count), most common first.
    type Fruit = Vec<Vec<(String, usize)>>;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let facets = self
            .dictionaries
            .of_segment(reader, self.field, self.dimensions)?;
        Ok(SegmentFacetCounter {
            reader: reader.facet_reader(self.field)?,
            counts: vec![0; facets.by_ordinal.len()],
            facets,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        segments: Vec<SegmentFacetCounts>,
    ) -> tantivy::Result<Vec<Vec<(String, usize)>>> {
        let mut totals: Vec<HashMap<&str, usize>> = vec![HashMap::new(); self.dimensions.len()];
        for segment in &segments {
            for (ordinal, count) in segment.counts.iter().enumerate() {
                if *count == 0 {
                    continue;
                }
                if let Some(Some((dimension, value))) = segment.facets.by_ordinal.get(ordinal) {
                    *totals[*dimension].entry(value.as_str()).or_default() += *count as usize;
                }
            }
        }
        Ok(totals
            .into_iter()
            .map(|counted| {
                let mut ranked: Vec<(&str, usize)> = counted.into_iter().collect();
                ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
                ranked
                    .into_iter()
                    .take(self.shown)
                    .map(|(value, count)| (value.to_string(), count))
                    .collect()
            })
            .collect())
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = SegmentFacetCounts;

    fn collect(&mut self, doc: DocId, _: Score) {
        // A document's facets are distinct, so each ordinal counts the document once.
        for ordinal in self.reader.facet_ords(doc) {
            if let Some(count) = self.counts.get_mut(ordinal as usize) {
                *count += 1;
            }
        }
    }

    fn harvest(self) -> SegmentFacetCounts {
        SegmentFacetCounts {
            counts: self.counts,
            facets: self.facets,
        }
    }
}
