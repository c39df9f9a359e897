//! Language identification of an article's text (whatlang), as an ISO 639-1 code.

/// The language of `text` when it can be told with confidence, as ISO 639-1 ("en", "ur", "ps").
pub fn detect_language(text: &str) -> Option<String> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    if !info.is_reliable() && sample.split_whitespace().count() > 20 {
        return None;
    }
    let code = info.lang().code();
    Some(iso_639_1(code).unwrap_or(code).to_string())
}

/// whatlang's ISO 639-3 codes mapped to ISO 639-1 where one exists.
fn iso_639_1(code: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("eng", "en"),
        ("fra", "fr"),
        ("deu", "de"),
        ("spa", "es"),
        ("por", "pt"),
        ("ita", "it"),
        ("nld", "nl"),
        ("rus", "ru"),
        ("ukr", "uk"),
        ("pol", "pl"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("pes", "fa"),
        ("urd", "ur"),
        ("hin", "hi"),
        ("ben", "bn"),
        ("pan", "pa"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("heb", "he"),
        ("ind", "id"),
        ("vie", "vi"),
        ("tha", "th"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("fin", "fi"),
        ("ces", "cs"),
        ("slk", "sk"),
        ("hun", "hu"),
        ("ron", "ro"),
        ("bul", "bg"),
        ("ell", "el"),
        ("srp", "sr"),
        ("hrv", "hr"),
        ("slv", "sl"),
        ("lit", "lt"),
        ("lav", "lv"),
        ("est", "et"),
        ("tam", "ta"),
        ("tel", "te"),
        ("mar", "mr"),
        ("guj", "gu"),
        ("kan", "kn"),
        ("mal", "ml"),
        ("nep", "ne"),
        ("sin", "si"),
        ("amh", "am"),
        ("swh", "sw"),
        ("yor", "yo"),
        ("zul", "zu"),
        ("afr", "af"),
        ("aze", "az"),
        ("kat", "ka"),
        ("hye", "hy"),
        ("bel", "be"),
        ("mkd", "mk"),
        ("uzb", "uz"),
        ("cat", "ca"),
        ("epo", "eo"),
        ("lat", "la"),
        ("tgl", "tl"),
        ("jav", "jv"),
        ("mya", "my"),
        ("khm", "km"),
        ("aka", "ak"),
        ("sna", "sn"),
    ];
    TABLE
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}
