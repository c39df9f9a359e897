//! Honest decoding: bytes that are mostly UTF-8 stay UTF-8 with U+FFFD for the bad bytes and
//! one warning that counts them; a legacy charset only when declared or when the bytes are not
//! UTF-8-like.

use ingest::parse_bytes;

/// What parsing `bytes` as `name` should give: a text containing `expected_text`, and either
/// no warning or one containing every part of `expected_warning`; `failed` inputs.
fn check(name: &str, bytes: &[u8], expected_text: &str, expected_warning: &[&str], failed: usize) {
    let ingested = parse_bytes(name, bytes, name, None);
    assert_eq!(ingested.docs.len(), 1, "{:?}", ingested.warnings);
    let text = &ingested.docs[0].content;
    assert!(
        text.contains(expected_text),
        "{expected_text:?} not in {text:?}"
    );
    if expected_warning.is_empty() {
        assert!(ingested.warnings.is_empty(), "{:?}", ingested.warnings);
    } else {
        assert_eq!(ingested.warnings.len(), 1, "{:?}", ingested.warnings);
        let warning = &ingested.warnings[0];
        assert_eq!(warning.source, name);
        for part in expected_warning {
            assert!(
                warning.message.contains(part),
                "{part:?} not in {warning:?}"
            );
        }
    }
    assert_eq!(ingested.failed, failed, "{:?}", ingested.warnings);
}

const ARTICLE: &str = "Allies turned foes\n\nA week after Pakistan’s strikes on Kabul, the border \
    is still not calm. Both sides reported damage to the other’s posts, officials said.\n\n\
    “We will respond,” a spokesman said on Monday.\n";

/// `ARTICLE` with a stray byte put in after each of the given byte offsets.
fn with_bad_bytes(offsets: &[usize], bad: u8) -> Vec<u8> {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    for &offset in offsets.iter().rev() {
        bytes.insert(offset, bad);
    }
    bytes
}

#[test]
fn a_few_bad_bytes_in_utf8_stay_utf8_with_one_counted_warning() {
    let offsets = [5, 30, 40, 60, 80, 100, 120, 140, 150];
    let bytes = with_bad_bytes(&offsets, 0xE9);
    check(
        "bad-bytes.txt",
        &bytes,
        "n’s strikes on Kab",
        &["9 invalid bytes", "the first at byte 5", "U+FFFD"],
        1,
    );
    let ingested = parse_bytes("bad-bytes.txt", &bytes, "bad-bytes.txt", None);
    let content = &ingested.docs[0].content;
    assert_eq!(content.matches('\u{FFFD}').count(), 9);
    assert!(!content.contains("â€™"), "read as windows-1252: {content}");
}

#[test]
fn one_bad_byte_is_counted_once_and_its_offset_counts_the_bom() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(with_bad_bytes(&[10], 0xFF));
    check(
        "bom.txt",
        &bytes,
        "other’s posts",
        &["1 invalid byte ", "the first at byte 13"],
        1,
    );
}

#[test]
fn mostly_utf8_beats_a_legacy_label_like_valid_utf8_does() {
    let mut page = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>".to_vec();
    page.extend(with_bad_bytes(&[12], 0x80));
    page.extend(b"</p></body></html>");
    check(
        "page.html",
        &page,
        "Pakistan’s strikes",
        &["1 invalid byte"],
        1,
    );
}

#[test]
fn legacy_text_is_sniffed_without_a_failure() {
    let french =
        b"Les n\xe9gociations ont repris \xe0 Gen\xe8ve apr\xe8s une semaine de pause, selon les diplomates.";
    check(
        "latin1.txt",
        french,
        "négociations ont repris à Genève",
        &["sniffed"],
        0,
    );
}

#[test]
fn ascii_with_a_stray_high_byte_is_not_utf8_like() {
    // One windows-1252 apostrophe in otherwise ASCII text: no valid UTF-8 sequence at all, so
    // the bytes say nothing for UTF-8 and the legacy reading keeps the apostrophe.
    check(
        "apostrophe.txt",
        b"The minister said the talks were the region\x92s best hope for a ceasefire this year.",
        "region’s best hope",
        &["sniffed"],
        0,
    );
}

#[test]
fn a_declared_legacy_charset_is_used_when_the_bytes_are_not_utf8_like() {
    let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xe9 \x93quoted\x94</p></body></html>";
    check("legacy.html", page, "café “quoted”", &[], 0);
}

#[test]
fn jsonl_with_bad_bytes_warns_once_and_reads_the_records() {
    let mut bytes = br#"{"id": "a", "text": "Pakistan"#.to_vec();
    bytes.push(0xC3);
    bytes.extend(
        "’s border, the officials said.\"}\n{\"id\": \"b\", \"text\": \"Second “record”.\"}\n"
            .as_bytes(),
    );
    let ingested = ingest::jsonl::parse("lines.jsonl", &bytes);
    assert_eq!(ingested.docs.len(), 2, "{:?}", ingested.warnings);
    assert!(ingested.docs[0]
        .content
        .contains("Pakistan\u{FFFD}’s border"));
    assert_eq!(ingested.warnings.len(), 1, "{:?}", ingested.warnings);
    let message = &ingested.warnings[0].message;
    let first_bad = bytes.iter().position(|&byte| byte == 0xC3).unwrap();
    assert!(
        message.contains("1 invalid byte") && message.contains(&format!("at byte {first_bad}")),
        "{message}"
    );
    assert_eq!(ingested.failed, 1);
}

#[test]
fn a_feed_with_a_bad_byte_reads_every_item_with_one_warning() {
    let mut feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>W</title><item><title>One</title><link>https://w.example/1</link><description>The first story’s words.</description></item><item><title>Two</title><link>https://w.example/2</link><description>Second st".as_bytes().to_vec();
    let bad_at = feed.len();
    feed.push(0xE9);
    feed.extend(b"ry.</description></item></channel></rss>\n");
    let ingested = ingest::feed::parse("w.xml", &feed);
    assert_eq!(ingested.docs.len(), 2, "{:?}", ingested.warnings);
    assert_eq!(ingested.docs[1].content, "Second st\u{FFFD}ry.");
    assert_eq!(ingested.warnings.len(), 1, "{:?}", ingested.warnings);
    let message = &ingested.warnings[0].message;
    assert!(
        message.contains("1 invalid byte") && message.contains(&format!("at byte {bad_at}")),
        "{message}"
    );
    assert_eq!(ingested.failed, 1);

    // A feed in a declared legacy charset is read by the XML parser as declared: no warning.
    let latin = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>W</title><item><title>Un</title><link>https://w.example/3</link><description>Les n\xe9gociations ont repris.</description></item></channel></rss>\n";
    let ingested = ingest::feed::parse("latin.xml", latin);
    assert!(ingested.warnings.is_empty(), "{:?}", ingested.warnings);
    assert_eq!(ingested.docs[0].content, "Les négociations ont repris.");
}
