//! Inputs `cargo fuzz` (fuzz/ at the repository root) found to crash or stall ingest, each
//! kept as a test so the fault cannot come back.

/// fuzz target `ingest_detect_decode`: an XML declaration whose encoding value opens with a
/// byte that is not a quote (decoded to U+FFFD, three bytes) was sliced one byte in, inside
/// that character: a panic on any text input starting so.
#[test]
fn an_xml_declaration_with_a_non_ascii_byte_for_its_quote_does_not_panic() {
    let input = b"<?xml version=\"1.0\" encoding=\xff\xff\"utf-8\"?>\n<p>Port reopened</p>";
    let decoded = ingest::charset::decode_text(input, None);
    assert!(decoded.text.contains("Port reopened"));
    let ingested = ingest::parse_bytes("decl.txt", input, "decl.txt", None);
    assert_eq!(ingested.docs.len(), 1);
    // The whole artifact as the fuzzer wrote it (its first byte picked the file name).
    let artifact = b"\x02<?xml versio\xedn=\"1.0\" encoding=\xff\xff\xff\xff\xff\xff\xff\"uuf-8\"?>\n< version=\"2.0\"><chaopene<title>Harbour Daily - World</titl#{\"id\": \"a2\", \"title\": \"Pe><it]m><title>Port reopene<";
    let _ = ingest::charset::decode_text(&artifact[1..], None);
    let _ = ingest::parse_bytes("feed.xml", &artifact[1..], "feed.xml", None);
}
