//! The store's contents as readable text, for snapshot tests and for people: every table in a
//! fixed order, one line per row, without arrival order or anything a re-run may change.

use crate::{Result, Store};
use std::fmt::Write;

impl Store {
    /// Every article, document, event (grouped by article), entity and story, sorted by id,
    /// and the rows of each story's parts.
    pub fn snapshot_text(&self) -> Result<String> {
        let mut out = String::new();
        let _ = writeln!(out, "schema version {}", self.schema_version()?);
        let sections: [(&str, &str); 6] = [
            (
                "articles",
                "SELECT id || '  ' || coalesce(published, '-') || '  ' || coalesce(outlet, '-')
                        || '  ' || word_count || ' words  ' || coalesce(title, '(untitled)')
                        || '  [' || source || ']'
                        || CASE indexed WHEN 1 THEN '' ELSE '  NOT INDEXED' END
                 FROM articles ORDER BY id",
            ),
            (
                "documents",
                "SELECT source || '  ->  ' || coalesce(article, '(no article)')
                 FROM documents ORDER BY source, hash",
            ),
            (
                // One line per article: its events' types, dates and countries, in id order.
                "events by article",
                "SELECT article || '  ' || group_concat(event || ' ' || coalesce(date_start, '-')
                        || ' ' || coalesce(country, '-'), ', ')
                 FROM (SELECT * FROM events ORDER BY article, id) GROUP BY article
                 ORDER BY article",
            ),
            (
                "entities",
                "SELECT id || '  ' || kind || '  ' || name FROM entities ORDER BY id",
            ),
            (
                "stories",
                "SELECT id || '  ' || n_articles || ' articles  ' || n_events || ' events  '
                        || title FROM stories ORDER BY id",
            ),
            (
                // One line per story: how many rows each of its parts has, and the first
                // event of its timeline.
                "story parts",
                "SELECT id
                        || '  ' || (SELECT count(*) FROM story_articles WHERE story = s.id)
                        || ' articles (' || (SELECT count(*) FROM story_articles
                                             WHERE story = s.id AND copy_of IS NOT NULL)
                        || ' copying)  ' || (SELECT count(*) FROM story_events WHERE story = s.id)
                        || ' events  ' || coalesce((SELECT group_concat(list || ' ' || n, ', ')
                            FROM (SELECT list, count(*) AS n FROM story_items
                                  WHERE story = s.id GROUP BY list ORDER BY list)), '-')
                        || '  first: ' || coalesce((SELECT event || ' ' || coalesce(date, 'undated')
                            FROM story_events WHERE story = s.id AND position = 0), '-')
                 FROM stories s ORDER BY id",
            ),
        ];
        for (name, sql) in sections {
            let mut statement = self.connection.prepare(sql)?;
            let rows = statement
                .query_map([], |row| row.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let _ = writeln!(out, "\n{name} ({})", rows.len());
            for row in rows {
                let _ = writeln!(out, "  {row}");
            }
        }
        Ok(out)
    }
}
