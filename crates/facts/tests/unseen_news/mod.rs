//! Dates by tense, named days, counts after modifiers and partitives, tallies, addresses and
//! units, and speakers of "responded:" and "testified": short sentences written for these tests.

mod dates {
    use crate::dates::check;

    #[test]
    fn a_weekday_after_a_past_verb_is_the_past_one() {
        // Published on Thursday 2024-03-14.
        check(
            "The council voted Wednesday afternoon to close the depot.",
            Some("2024-03-14"),
            &["~Wednesday afternoon=2024-03-13"],
        );
        // "was scheduled to" looks at the plan from the past.
        check(
            "The envoy was scheduled to meet rebel leaders on Tuesday.",
            Some("2024-03-14"),
            &["~Tuesday=2024-03-12"],
        );
        // A future clause still looks ahead; the publication day itself is the coming one
        // only a week later.
        check(
            "Ministers will meet again on Tuesday.",
            Some("2024-03-14"),
            &["~Tuesday=2024-03-19"],
        );
        check(
            "The new bridge will be opened Saturday.",
            Some("2024-03-14"),
            &["~Saturday=2024-03-16"],
        );
    }

    #[test]
    fn the_publication_day_is_the_weekday_of_a_past_or_present_clause() {
        check(
            "The strike ended Thursday after talks.",
            Some("2024-03-14"),
            &["~Thursday=2024-03-14"],
        );
    }

    #[test]
    fn a_month_without_a_year_is_the_nearest_one_the_tense_allows() {
        // Published in October: "will leave at the end of February" is next year's February.
        check(
            "The coach will leave at the end of February.",
            Some("2024-10-20"),
            &["~the end of February=2025-02-22/2025-02-28"],
        );
        check(
            "Turnout in February was low.",
            Some("2024-10-20"),
            &["~February=2024-02"],
        );
    }

    #[test]
    fn named_days_in_a_context_of_attacks_are_the_historical_day() {
        check(
            "Relatives of Sept. 11 victims gathered at the memorial.",
            Some("2024-03-14"),
            &["Sept. 11=2001-09-11"],
        );
        check(
            "Security rules tightened after 9/11.",
            Some("2024-03-14"),
            &["9/11=2001-09-11"],
        );
        // Without such a context the day and month are an ordinary date.
        check(
            "The committee meets again on September 11.",
            Some("2024-03-14"),
            &["~September 11=2023-09-11"],
        );
    }
}

mod quantities {
    use crate::quantities::check;

    #[test]
    fn the_counted_noun_after_modifiers() {
        check(
            "Two dozen more armed men arrived at dawn.",
            &["Two dozen 24 Exact People [men]"],
        );
    }

    #[test]
    fn a_partitive_counts_the_part() {
        check(
            "Four of the nine miners were rescued.",
            &["Four 4 Exact Other(\"miners\") [miners]"],
        );
    }

    #[test]
    fn tallies_scores_addresses_and_phone_numbers_are_not_quantities() {
        check("The assembly voted 61-38 to approve the levy.", &[]);
        check("Rovers won 3-1 at home.", &[]);
        check("Protesters gathered outside 14 Harcourt Street.", &[]);
        check("Call the hotline on 555-0142 for help.", &[]);
    }

    #[test]
    fn units_of_more_than_one_word_stay_whole() {
        check(
            "The plant produced 4.2 terawatt hours last year.",
            &["4.2 4.2 Exact Other(\"terawatt hours\") [terawatt hours]"],
        );
        check(
            "Fire burned 300 square kilometres of forest.",
            &["300 300 Exact Other(\"square kilometres\") [square kilometres]"],
        );
    }

    #[test]
    fn currencies_from_the_table() {
        check(
            "The fine was 40,000 shekels.",
            &["40,000 shekels 40000 Exact Money { currency: \"ILS\" }"],
        );
        check(
            "Bonds worth CHF 200 million were sold.",
            &["CHF 200 million 200000000 Exact Money { currency: \"CHF\" }"],
        );
    }
}

mod quotations {
    use crate::quotations::check;

    #[test]
    fn responded_and_testified_attribute_speech() {
        check(
            "Ferreira responded: \"We did nothing wrong.\"",
            &["Ferreira|respond|We did nothing wrong."],
        );
        check(
            "\"I never saw the memo,\" the inspector testified.",
            &["the inspector|testify|I never saw the memo,"],
        );
    }

    #[test]
    fn a_quote_opening_the_next_paragraph_keeps_the_speaker() {
        check(
            "\"We will rebuild,\" said Amara Diallo.\n\n\"It will take years.\"",
            &[
                "Amara Diallo|say|We will rebuild,",
                "Amara Diallo|say|It will take years.",
            ],
        );
    }

    #[test]
    fn a_quote_after_the_rest_of_an_attribution_sentence_keeps_the_speaker() {
        check(
            "\"The harvest was good,\" said Tomas Varga, who farms near the river. \"The prices were not good.\"",
            &[
                "Tomas Varga|say|The harvest was good,",
                "Tomas Varga|say|The prices were not good.",
            ],
        );
        check(
            "\"The harvest was good,\" Varga said, adding \"the prices were not good.\"",
            &[
                "Varga|say|The harvest was good,",
                "Varga|say|the prices were not good.",
            ],
        );
        // A sentence of reporting between the two quotes ends the first speaker's turn.
        check(
            "\"The harvest was good,\" said Tomas Varga. Prices fell in May. \"Nobody expected it at all.\"",
            &[
                "Tomas Varga|say|The harvest was good,",
                "-|-|Nobody expected it at all.",
            ],
        );
        // An attribution before its quote: what follows the quote is not the attribution.
        check(
            "Varga said: \"The harvest was good.\" Prices fell in May. \"Nobody expected it at all.\"",
            &[
                "Varga|say|The harvest was good.",
                "-|-|Nobody expected it at all.",
            ],
        );
    }

    #[test]
    fn an_abbreviation_with_its_comma_does_not_end_the_speaker_phrase() {
        check(
            "\"This bill is a stunt,\" Senate Leader Ruth Adler, D-Ore., said.",
            &["Senate Leader Ruth Adler|say|This bill is a stunt,"],
        );
    }

    #[test]
    fn quoted_as_saying_and_inquired_attribute_speech() {
        check(
            "\"We will not pay,\" the mayor was quoted as saying.",
            &["the mayor|say|We will not pay,"],
        );
        check(
            "\"Is that a fact?\" inquired Lena Park.",
            &["Lena Park|inquire|Is that a fact?"],
        );
    }

    #[test]
    fn a_long_quote_whose_paragraph_breaks_were_lost_continues_the_speaker() {
        check(
            "The envoy said: \"Talks resumed today. \"Both sides agreed to meet again. \"We are hopeful about it.\"",
            &[
                "The envoy|say|Talks resumed today.",
                "The envoy|say|Both sides agreed to meet again.",
                "The envoy|say|We are hopeful about it.",
            ],
        );
    }

    #[test]
    fn a_name_before_a_role_whose_closing_comma_was_left_out_is_the_speaker() {
        check(
            "\"The accounts were falsified,\" R.S. Mehta, senior state counsel told the court.",
            &["R.S. Mehta|tell|The accounts were falsified,"],
        );
    }

    #[test]
    fn a_ranking_number_inside_a_speaker_phrase_does_not_end_it() {
        check(
            "\"My serve let me down,\" the No. 4-seeded Ilona Varga said.",
            &["the No. 4-seeded Ilona Varga|say|My serve let me down,"],
        );
    }

    #[test]
    fn heard_saying_and_threatened_attribute_speech() {
        check(
            "\"Stay away from the dam,\" the commander was heard saying on the radio.",
            &["the commander|say|Stay away from the dam,"],
        );
        check(
            "The kidnapper threatened \"to harm the captives\" if police came closer.",
            &["The kidnapper|threaten|to harm the captives"],
        );
    }

    #[test]
    fn a_reported_clause_may_lead_into_its_quote() {
        check(
            "Councillor Osei said the budget approved by the assembly last week \"will not survive the winter\" unless rates rise.",
            &["Councillor Osei|say|will not survive the winter"],
        );
    }
}
