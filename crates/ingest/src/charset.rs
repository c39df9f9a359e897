//! Decoding input bytes to UTF-8: byte-order marks, declared charsets (HTTP header, HTML meta,
//! XML declaration) and, failing those, statistical sniffing with chardetng.

use encoding_rs::{Encoding, UTF_8};

/// Text decoded to UTF-8, with a note when the decoding was lossy or guessed.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub note: Option<String>,
    /// Some bytes could not be decoded and were replaced with U+FFFD: the text is not all
    /// there, so the input counts as read in part.
    pub replaced: bool,
}

/// Bytes that are not valid UTF-8 throughout are still read as UTF-8 (bad bytes replaced with
/// U+FFFD) while fewer than this share of their non-ASCII bytes are invalid. Text written in a
/// legacy charset has almost no valid UTF-8 sequences (its accented letters are lone high
/// bytes), so nearly all of its non-ASCII bytes are invalid; UTF-8 with a few stray bytes has
/// mostly valid multi-byte sequences. Lower, and a UTF-8 file with many stray bytes is
/// garbled as a legacy charset; higher, and legacy text that happens to contain valid
/// sequences would be read as UTF-8 with holes.
pub const MAX_INVALID_SHARE_OF_NON_ASCII_BYTES: f64 = 0.5;

/// How the bytes of an input measure up as UTF-8.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Utf8Evidence {
    /// Bytes of valid multi-byte UTF-8 sequences.
    pub valid_non_ascii_bytes: usize,
    /// Bytes that are no part of any valid UTF-8 sequence.
    pub invalid_bytes: usize,
    /// Byte offset of the first invalid byte.
    pub first_invalid_at: Option<usize>,
}

impl Utf8Evidence {
    /// Count valid and invalid UTF-8 in one linear pass.
    pub fn of(bytes: &[u8]) -> Utf8Evidence {
        let mut evidence = Utf8Evidence::default();
        let mut at = 0;
        while at < bytes.len() {
            let (valid_up_to, invalid_length) = match std::str::from_utf8(&bytes[at..]) {
                Ok(valid) => (valid.len(), 0),
                Err(error) => (
                    error.valid_up_to(),
                    error
                        .error_len()
                        .unwrap_or(bytes.len() - at - error.valid_up_to()),
                ),
            };
            evidence.valid_non_ascii_bytes += bytes[at..at + valid_up_to]
                .iter()
                .filter(|byte| !byte.is_ascii())
                .count();
            if invalid_length > 0 {
                evidence.first_invalid_at.get_or_insert(at + valid_up_to);
                evidence.invalid_bytes += invalid_length;
            }
            at += valid_up_to + invalid_length;
        }
        evidence
    }

    /// Valid UTF-8 throughout.
    pub fn is_valid(&self) -> bool {
        self.invalid_bytes == 0
    }

    /// Mostly valid UTF-8: some multi-byte sequences, and few invalid bytes beside them (see
    /// [`MAX_INVALID_SHARE_OF_NON_ASCII_BYTES`]). Pure ASCII with stray high bytes is not: its
    /// only non-ASCII bytes are the invalid ones, as in legacy-charset text.
    pub fn is_utf8_like(&self) -> bool {
        let non_ascii = self.valid_non_ascii_bytes + self.invalid_bytes;
        self.is_valid()
            || (self.valid_non_ascii_bytes > 0
                && (self.invalid_bytes as f64)
                    < non_ascii as f64 * MAX_INVALID_SHARE_OF_NON_ASCII_BYTES)
    }

    /// The warning for UTF-8 read with replacements, or `None` when it was valid. `offset` is
    /// added to the first bad byte's position (a byte-order mark before the counted bytes).
    fn replacement_note(&self, offset: usize) -> Option<String> {
        let first = self.first_invalid_at?;
        Some(format!(
            "not valid UTF-8 throughout: {} invalid {} (the first at byte {}) replaced with \
             U+FFFD; the rest is read as UTF-8",
            self.invalid_bytes,
            if self.invalid_bytes == 1 {
                "byte"
            } else {
                "bytes"
            },
            first + offset
        ))
    }
}

/// Decode an HTML page: BOM, then the HTTP header charset, then `<meta charset>` /
/// `http-equiv` in the first 4 KB, then UTF-8 if valid, then a sniffed guess.
pub fn decode_html(bytes: &[u8], header_charset: Option<&str>) -> Decoded {
    let declared = header_charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]));
    decode_with(bytes, declared)
}

/// Decode plain text or XML: BOM, header charset, XML declaration, UTF-8, sniffed guess.
pub fn decode_text(bytes: &[u8], header_charset: Option<&str>) -> Decoded {
    let declared = header_charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| xml_declared_encoding(&bytes[..bytes.len().min(256)]));
    decode_with(bytes, declared)
}

fn decode_with(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        if encoding == UTF_8 {
            return decode_utf8(&bytes[bom_length..], bom_length);
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return finish(text.into_owned(), encoding, had_errors, false);
    }
    // A page that declares a legacy charset but is valid UTF-8 is almost always UTF-8 that was
    // mislabelled; trust the bytes. The same holds for bytes that are mostly valid UTF-8 with
    // a few stray bytes: legacy text almost never holds valid multi-byte sequences, so the
    // bytes are better evidence than the label. (Pure ASCII decodes the same either way.)
    let evidence = Utf8Evidence::of(bytes);
    match declared {
        // UTF-16 declared inside an 8-bit document is a lie the HTML standard also ignores.
        Some(encoding)
            if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE =>
        {
            decode_utf8(bytes, 0)
        }
        _ if evidence.is_utf8_like() => decode_utf8(bytes, 0),
        Some(encoding) => {
            let (text, _, had_errors) = encoding.decode(bytes);
            finish(text.into_owned(), encoding, had_errors, false)
        }
        None => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&bytes[..bytes.len().min(64 * 1024)], true);
            let guessed = prefer_western(bytes, detector.guess(None, true));
            if guessed == UTF_8 {
                return decode_utf8(bytes, 0);
            }
            let (text, _, had_errors) = guessed.decode(bytes);
            finish(text.into_owned(), guessed, had_errors, true)
        }
    }
}

/// Read bytes as UTF-8, each invalid sequence replaced with U+FFFD, with one note counting the
/// bad bytes and giving the first one's offset (`offset` = bytes before these, a BOM).
fn decode_utf8(bytes: &[u8], offset: usize) -> Decoded {
    let evidence = Utf8Evidence::of(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(valid) => valid.to_string(),
        Err(_) => UTF_8.decode_without_bom_handling(bytes).0.into_owned(),
    };
    Decoded {
        text,
        encoding: UTF_8.name(),
        note: evidence.replacement_note(offset),
        replaced: !evidence.is_valid(),
    }
}

/// Short undeclared texts mislead the detector towards Central European encodings, where «, »
/// and accented Latin letters are also valid bytes. When every non-ASCII character of the
/// windows-1252 reading is a common Western letter or punctuation mark, that reading is taken:
/// real Polish or Czech text in ISO-8859-2 has letters (ł, ś, ř) that windows-1252 turns into
/// symbols, so it keeps its guess.
fn prefer_western(bytes: &[u8], guessed: &'static Encoding) -> &'static Encoding {
    let central = [encoding_rs::ISO_8859_2, encoding_rs::WINDOWS_1250];
    if !central.contains(&guessed) {
        return guessed;
    }
    let (western, _, had_errors) = encoding_rs::WINDOWS_1252.decode(bytes);
    let common = |c: char| {
        c.is_ascii()
            || ('À'..='ÿ').contains(&c) && c != '×' && c != '÷'
            || "«»“”‘’–—…€£°§·¡¿".contains(c)
    };
    if !had_errors && western.chars().all(common) {
        encoding_rs::WINDOWS_1252
    } else {
        guessed
    }
}

fn finish(text: String, encoding: &'static Encoding, had_errors: bool, guessed: bool) -> Decoded {
    let note = match (had_errors, guessed) {
        (true, _) => Some(format!(
            "invalid {} byte sequences replaced with U+FFFD",
            encoding.name()
        )),
        (false, true) => Some(format!(
            "no valid charset declared; decoded as {} (sniffed)",
            encoding.name()
        )),
        (false, false) => None,
    };
    Decoded {
        text,
        encoding: encoding.name(),
        note,
        replaced: had_errors,
    }
}

/// The charset parameter of an HTTP Content-Type header.
pub fn charset_from_content_type(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    })
}

/// `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(position) = rest.find("<meta") {
        rest = &rest[position + 5..];
        let tag_end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        if let Some(charset_at) = tag.find("charset") {
            let after = tag[charset_at + 7..].trim_start();
            if let Some(after_equals) = after.strip_prefix('=') {
                let value: String = after_equals
                    .trim_start()
                    .trim_start_matches(['"', '\''])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                    .collect();
                if let Some(encoding) = Encoding::for_label(value.as_bytes()) {
                    return Some(encoding);
                }
            }
        }
    }
    None
}

fn xml_declared_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(head);
    let declaration = head.strip_prefix("<?xml")?;
    let declaration = &declaration[..declaration.find("?>")?];
    let at = declaration.find("encoding")?;
    let value = declaration[at + 8..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let value = &value[quote.len_utf8()..];
    let value = &value[..value.find(quote)?];
    Encoding::for_label(value.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_decodes_windows_1252() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9 \x93quoted\x94</body></html>";
        let decoded = decode_html(page, None);
        assert!(decoded.text.contains("café “quoted”"), "{}", decoded.text);
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn valid_utf8_wins_over_a_wrong_label() {
        let page =
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">café"
                .as_bytes();
        assert!(decode_html(page, None).text.ends_with("café"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_sniffed_with_a_note() {
        let text =
            b"Les soldats sont arriv\xe9s \xe0 la fronti\xe8re apr\xe8s une journ\xe9e difficile.";
        let decoded = decode_text(text, None);
        assert!(
            decoded.text.contains("arrivés à la frontière"),
            "{}",
            decoded.text
        );
        assert!(decoded.note.unwrap().contains("sniffed"));
    }

    #[test]
    fn short_western_text_with_guillemets_is_windows_1252() {
        let text = b"Caf\xe9 owners in Bogot\xe1 said prices rose. \xabWe cannot cope,\xbb said Jos\xe9 P\xe9rez.";
        assert!(decode_text(text, None)
            .text
            .contains("«We cannot cope,» said José Pérez"));
        // Polish in ISO-8859-2 keeps its letters.
        let polish =
            "Żołnierze przybyli do miasta, władze ogłosiły stan wyjątkowy w całym regionie.";
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(polish);
        assert_eq!(decode_text(&bytes, None).text, polish);
    }

    #[test]
    fn bom_is_honoured_and_stripped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("Kabul".as_bytes());
        assert_eq!(decode_text(&bytes, None).text, "Kabul");
    }

    #[test]
    fn header_charset_is_parsed() {
        assert_eq!(
            charset_from_content_type("text/html; charset=\"UTF-8\"").as_deref(),
            Some("UTF-8")
        );
    }
}
