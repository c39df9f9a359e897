//! Charts as inline SVG strings, written by hand: the actor network (circle layout), dyad
//! trends over time and a longitude/latitude plot of places. Deterministic (the same data
//! draws the same bytes), no scripts, no external references; every label is escaped.

use crate::escape::escape_html;
use crate::situation::{ActorGraph, CountryLabel, DyadSeries, PlacePoint};
use std::fmt::Write;

/// Line colours for series, picked to stay apart for common colour blindness (Okabe–Ito).
const PALETTE: [&str; 8] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#8c6d1f",
];

/// Colour of a relation by its mean cooperation–conflict score.
fn score_colour(score: Option<f64>) -> &'static str {
    match score {
        Some(score) if score <= -1.0 => "#c0392b",
        Some(score) if score >= 1.0 => "#1e7b4f",
        Some(_) => "#7f8c8d",
        None => "#9aa5b1",
    }
}

/// The colours [`score_colour`] gives, one arrowhead each.
const ARROW_COLOURS: [&str; 4] = ["#c0392b", "#1e7b4f", "#7f8c8d", "#9aa5b1"];

/// Labels longer than this are cut with an ellipsis so they stay inside the drawing.
const MAX_LABEL_CHARS: usize = 26;

fn short_label(text: &str) -> String {
    if text.chars().count() <= MAX_LABEL_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn svg_open(out: &mut String, width: f64, height: f64, label: &str) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="{}" class="chart" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">"#,
        escape_html(label)
    );
}

/// The actor network: nodes on a circle in order of weight (heaviest at the top, clockwise),
/// directed edges as arrows coloured by their mean score, width by their count.
/// `id` makes the arrowheads' ids unique in a page holding several networks.
pub fn network_svg(graph: &ActorGraph, id: &str) -> String {
    const WIDTH: f64 = 820.0;
    const HEIGHT: f64 = 500.0;
    let (centre_x, centre_y, radius) = (WIDTH / 2.0, HEIGHT / 2.0 - 6.0, 170.0);
    let mut out = String::new();
    svg_open(&mut out, WIDTH, HEIGHT, "Actor network");
    let id = escape_html(id);
    out.push_str("<defs>");
    for (index, colour) in ARROW_COLOURS.iter().enumerate() {
        let _ = write!(
            out,
            r#"<marker id="{id}-arrow-{index}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto"><path d="M0,0L10,5L0,10z" fill="{colour}"/></marker>"#
        );
    }
    out.push_str("</defs>");
    let n = graph.nodes.len();
    let max_weight = graph
        .nodes
        .iter()
        .map(|node| node.weight)
        .max()
        .unwrap_or(1)
        .max(1);
    let node_radius = |weight: usize| 5.0 + 9.0 * (weight as f64 / max_weight as f64).sqrt();
    let position = |index: usize| -> (f64, f64, f64) {
        let angle =
            -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / n.max(1) as f64;
        let (x, y) = if n == 1 {
            (centre_x, centre_y)
        } else {
            (
                centre_x + radius * angle.cos(),
                centre_y + radius * angle.sin(),
            )
        };
        (x, y, angle)
    };
    let index_of = |name: &str| graph.nodes.iter().position(|node| node.name == name);
    let max_n = graph
        .edges
        .iter()
        .map(|edge| edge.n)
        .max()
        .unwrap_or(1)
        .max(1);
    for edge in &graph.edges {
        let (Some(from), Some(to)) = (index_of(&edge.source), index_of(&edge.target)) else {
            continue;
        };
        let (x1, y1, _) = position(from);
        let (x2, y2, _) = position(to);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let (ux, uy) = (dx / length, dy / length);
        // Both directions of a pair are drawn side by side, not on top of each other.
        let reciprocal = edge.directed
            && graph
                .edges
                .iter()
                .any(|other| other.source == edge.target && other.target == edge.source);
        let offset = if reciprocal { 3.5 } else { 0.0 };
        let (px, py) = (-uy * offset, ux * offset);
        let start = node_radius(graph.nodes[from].weight) + 1.0;
        let end = node_radius(graph.nodes[to].weight) + 3.0;
        let width = 1.0 + 4.0 * (edge.n as f64 / max_n as f64);
        let colour = score_colour(edge.mean_score);
        let marker = match ARROW_COLOURS.iter().position(|arrow| *arrow == colour) {
            Some(index) if edge.directed => format!(r##" marker-end="url(#{id}-arrow-{index})""##),
            _ => String::new(),
        };
        let what = match edge.mean_score {
            Some(score) => format!(
                "{} → {}: {} events, mean score {score:+.1}",
                edge.source, edge.target, edge.n
            ),
            None => format!(
                "{} and {}: named together in {} sentences",
                edge.source, edge.target, edge.n
            ),
        };
        let _ = write!(
            out,
            r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}" stroke-width="{width:.1}" stroke-opacity="0.75"{marker}><title>{}</title></line>"#,
            x1 + ux * start + px,
            y1 + uy * start + py,
            x2 - ux * end + px,
            y2 - uy * end + py,
            escape_html(&what)
        );
    }
    for (index, node) in graph.nodes.iter().enumerate() {
        let (x, y, angle) = position(index);
        let r = node_radius(node.weight);
        let _ = write!(
            out,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="#2c3e50" stroke="#ffffff" stroke-width="1.5"><title>{}</title></circle>"##,
            escape_html(&node.name)
        );
        let (cos, sin) = (angle.cos(), angle.sin());
        let anchor = if n == 1 || cos.abs() < 0.3 {
            "middle"
        } else if cos > 0.0 {
            "start"
        } else {
            "end"
        };
        let gap = r + 6.0;
        let (lx, ly) = if n == 1 {
            (x, y - gap)
        } else {
            (
                x + cos * gap,
                y + sin * gap + 4.0 + if sin > 0.7 { 8.0 } else { 0.0 },
            )
        };
        let _ = write!(
            out,
            r##"<text x="{lx:.1}" y="{ly:.1}" text-anchor="{anchor}" font-size="13" fill="#1b2631">{}</text>"##,
            escape_html(&short_label(&node.name))
        );
    }
    if graph.edges.iter().any(|edge| edge.mean_score.is_some()) {
        legend(
            &mut out,
            HEIGHT - 14.0,
            &[
                ("#c0392b", "conflict"),
                ("#7f8c8d", "neutral"),
                ("#1e7b4f", "cooperation"),
            ],
        );
    }
    out.push_str("</svg>");
    out
}

fn legend(out: &mut String, y: f64, entries: &[(&str, &str)]) {
    let mut x = 12.0;
    for (colour, label) in entries {
        let _ = write!(
            out,
            r##"<rect x="{x:.1}" y="{:.1}" width="14" height="4" fill="{colour}"/><text x="{:.1}" y="{y:.1}" font-size="12" fill="#444">{}</text>"##,
            y - 5.0,
            x + 19.0,
            escape_html(label)
        );
        x += 28.0 + 7.0 * label.chars().count() as f64;
    }
}

/// Dyad trends: one line per actor pair, mean cooperation–conflict score per period (−10 at the
/// bottom, +10 at the top), a dot per period sized by its events.
pub fn dyad_chart_svg(series: &[DyadSeries]) -> String {
    const WIDTH: f64 = 720.0;
    let legend_rows = series.len().div_ceil(2);
    let height = 300.0 + 20.0 * legend_rows as f64;
    let (left, right, top, plot_height) = (48.0, 16.0, 16.0, 230.0);
    let mut periods: Vec<&str> = series
        .iter()
        .flat_map(|one| one.points.iter().map(|point| point.period.as_str()))
        .collect();
    periods.sort_unstable();
    periods.dedup();
    let mut out = String::new();
    svg_open(&mut out, WIDTH, height, "Dyad trends");
    let plot_width = WIDTH - left - right;
    let x_of = |period: &str| -> f64 {
        let index = periods.iter().position(|p| *p == period).unwrap_or(0);
        if periods.len() <= 1 {
            left + plot_width / 2.0
        } else {
            left + plot_width * index as f64 / (periods.len() - 1) as f64
        }
    };
    let y_of = |score: f64| top + plot_height * (10.0 - score.clamp(-10.0, 10.0)) / 20.0;
    // Cooperation above the zero line, conflict below.
    let _ = write!(
        out,
        r##"<rect x="{left}" y="{top}" width="{plot_width}" height="{:.1}" fill="#eef7f1"/><rect x="{left}" y="{:.1}" width="{plot_width}" height="{:.1}" fill="#fbeeee"/>"##,
        plot_height / 2.0,
        top + plot_height / 2.0,
        plot_height / 2.0
    );
    for score in [-10.0, -5.0, 0.0, 5.0, 10.0] {
        let y = y_of(score);
        let stroke = if score == 0.0 { "#555" } else { "#ccc" };
        let _ = write!(
            out,
            r##"<line x1="{left}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{stroke}" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="#555">{score:+.0}</text>"##,
            left + plot_width,
            left - 6.0,
            y + 4.0
        );
    }
    let _ = write!(
        out,
        r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#1e7b4f">cooperation</text><text x="{:.1}" y="{:.1}" font-size="11" fill="#c0392b">conflict</text>"##,
        left + 6.0,
        top + 14.0,
        left + 6.0,
        top + plot_height - 6.0
    );
    // Label every period when they fit, else every k-th.
    let step = periods.len().div_ceil(10).max(1);
    for (index, period) in periods.iter().enumerate() {
        if index % step != 0 && index + 1 != periods.len() {
            continue;
        }
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="#555">{}</text>"##,
            x_of(period),
            top + plot_height + 16.0,
            escape_html(period)
        );
    }
    for (index, one) in series.iter().enumerate() {
        let colour = PALETTE[index % PALETTE.len()];
        let points: Vec<String> = one
            .points
            .iter()
            .map(|point| format!("{:.1},{:.1}", x_of(&point.period), y_of(point.mean_score)))
            .collect();
        if points.len() > 1 {
            let _ = write!(
                out,
                r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
                points.join(" ")
            );
        }
        for point in &one.points {
            let _ = write!(
                out,
                r##"<circle cx="{:.1}" cy="{:.1}" r="{:.1}" fill="{colour}" stroke="#fff"><title>{}</title></circle>"##,
                x_of(&point.period),
                y_of(point.mean_score),
                3.0 + (point.n_events as f64).sqrt().min(4.0),
                escape_html(&format!(
                    "{} → {}, {}: mean {:+.1} over {} events",
                    one.source, one.target, point.period, point.mean_score, point.n_events
                ))
            );
        }
        let (column, row) = (index % 2, index / 2);
        let x = left + column as f64 * (plot_width / 2.0);
        let y = top + plot_height + 40.0 + 20.0 * row as f64;
        let _ = write!(
            out,
            r##"<rect x="{x:.1}" y="{:.1}" width="16" height="4" fill="{colour}"/><text x="{:.1}" y="{y:.1}" font-size="12" fill="#1b2631">{}</text>"##,
            y - 5.0,
            x + 22.0,
            escape_html(&format!(
                "{} → {}",
                short_label(&one.source),
                short_label(&one.target)
            ))
        );
    }
    out.push_str("</svg>");
    out
}

/// Degrees between grid lines for a span of degrees: about four to eight lines.
fn grid_step(span: f64) -> f64 {
    [1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0]
        .into_iter()
        .find(|step| span / step <= 8.0)
        .unwrap_or(90.0)
}

/// Places on longitude and latitude (equirectangular, scaled by the cosine of the middle
/// latitude so shapes keep their proportions), a grid every few degrees, each country's name
/// at the middle of its places. No map tiles: the page requests nothing.
pub fn coordinate_plot_svg(places: &[PlacePoint], countries: &[CountryLabel]) -> String {
    const WIDTH: f64 = 720.0;
    const MARGIN: f64 = 36.0;
    let mut out = String::new();
    if places.is_empty() {
        svg_open(&mut out, WIDTH, 60.0, "No located places");
        out.push_str("</svg>");
        return out;
    }
    let fold = |pick: fn(&PlacePoint) -> f64, better: fn(f64, f64) -> f64, start: f64| {
        places.iter().map(pick).fold(start, better)
    };
    let (mut west, mut east) = (
        fold(|p| p.lon, f64::min, f64::INFINITY),
        fold(|p| p.lon, f64::max, f64::NEG_INFINITY),
    );
    let (mut south, mut north) = (
        fold(|p| p.lat, f64::min, f64::INFINITY),
        fold(|p| p.lat, f64::max, f64::NEG_INFINITY),
    );
    // At least four degrees across, and a margin around the points.
    let pad_lon = ((east - west) * 0.12).max((4.0 - (east - west)).max(0.0) / 2.0 + 0.5);
    let pad_lat = ((north - south) * 0.12).max((4.0 - (north - south)).max(0.0) / 2.0 + 0.5);
    west = (west - pad_lon).max(-180.0);
    east = (east + pad_lon).min(180.0);
    south = (south - pad_lat).max(-85.0);
    north = (north + pad_lat).min(85.0);
    let squash = ((north + south) / 2.0).to_radians().cos().max(0.2);
    let plot_width = WIDTH - 2.0 * MARGIN;
    let mut plot_height = plot_width * (north - south) / ((east - west) * squash);
    plot_height = plot_height.clamp(220.0, 560.0);
    let height = plot_height + 2.0 * MARGIN;
    let x_of = |lon: f64| MARGIN + plot_width * (lon - west) / (east - west);
    let y_of = |lat: f64| MARGIN + plot_height * (north - lat) / (north - south);
    svg_open(&mut out, WIDTH, height, "Coordinate plot of places");
    let _ = write!(
        out,
        r##"<rect x="{MARGIN}" y="{MARGIN}" width="{plot_width:.1}" height="{plot_height:.1}" fill="#f4f7fa" stroke="#b8c4cf"/>"##
    );
    let step = grid_step((east - west).max(north - south));
    let mut lon = (west / step).ceil() * step;
    while lon <= east {
        let x = x_of(lon);
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="{MARGIN}" x2="{x:.1}" y2="{:.1}" stroke="#dde3e9"/><text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="10" fill="#777">{}</text>"##,
            MARGIN + plot_height,
            MARGIN + plot_height + 14.0,
            degrees(lon, 'E', 'W')
        );
        lon += step;
    }
    let mut lat = (south / step).ceil() * step;
    while lat <= north {
        let y = y_of(lat);
        let _ = write!(
            out,
            r##"<line x1="{MARGIN}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#dde3e9"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="10" fill="#777">{}</text>"##,
            MARGIN + plot_width,
            MARGIN - 4.0,
            y + 3.0,
            degrees(lat, 'N', 'S')
        );
        lat += step;
    }
    for country in countries {
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="18" font-weight="600" letter-spacing="2" fill="#b3bfcb">{}</text>"##,
            x_of(country.lon).clamp(MARGIN + 40.0, MARGIN + plot_width - 40.0),
            (y_of(country.lat) + 26.0).clamp(MARGIN + 20.0, MARGIN + plot_height - 6.0),
            escape_html(&country.name.to_uppercase())
        );
    }
    let max_n = places.iter().map(|place| place.n).max().unwrap_or(1).max(1);
    for place in places {
        let (x, y) = (x_of(place.lon), y_of(place.lat));
        let r = 3.5 + 6.0 * (place.n as f64 / max_n as f64).sqrt();
        let _ = write!(
            out,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="#d55e00" fill-opacity="0.8" stroke="#fff"><title>{}</title></circle>"##,
            escape_html(&format!("{}: {}", place.name, place.n))
        );
    }
    // Names last, so points never hide them.
    for place in places {
        let (x, y) = (x_of(place.lon), y_of(place.lat));
        let anchor = if x > MARGIN + plot_width * 0.8 {
            "end"
        } else {
            "start"
        };
        let dx = if anchor == "end" { -8.0 } else { 8.0 };
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="{anchor}" font-size="12" fill="#1b2631" stroke="#f4f7fa" stroke-width="3" paint-order="stroke">{}</text>"##,
            x + dx,
            y + 4.0,
            escape_html(&short_label(&place.name))
        );
    }
    out.push_str("</svg>");
    out
}

fn degrees(value: f64, positive: char, negative: char) -> String {
    let hemisphere = if value >= 0.0 { positive } else { negative };
    format!("{}°{hemisphere}", value.abs().round() as i64)
}
