//! Behaviour tests for the `facts` readers: one `check` helper per reader, short inline
//! sentences, expected output written as compact text.

use chrono::NaiveDate;

mod unseen_news;

mod dates {
    use super::*;

    /// Renders each mention as `text=iso`, prefixed with `~` when relative; `?` for no value.
    pub(crate) fn check(text: &str, published: Option<&str>, expected: &[&str]) {
        let published = published.map(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap());
        let found: Vec<String> = facts::dates(text, published)
            .iter()
            .map(|mention| {
                assert_eq!(&text[mention.start..mention.end], mention.text);
                let value = mention.value.map_or("?".to_string(), |value| value.iso());
                let mark = if mention.relative { "~" } else { "" };
                format!("{mark}{}={value}", mention.text)
            })
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn full_dates_in_both_orders() {
        check(
            "The strike came on 14 October 2025.",
            None,
            &["14 October 2025=2025-10-14"],
        );
        check(
            "On October 14, 2025, jets struck.",
            None,
            &["October 14, 2025=2025-10-14"],
        );
        check(
            "Talks began on Tuesday, 14th of October 2025.",
            None,
            &["Tuesday, 14th of October 2025=2025-10-14"],
        );
        check(
            "Published 2025-10-14 at noon.",
            None,
            &["2025-10-14=2025-10-14"],
        );
    }

    #[test]
    fn days_without_a_year_take_the_nearest_year() {
        check(
            "Clashes erupted on Oct. 14 near Chaman.",
            Some("2025-10-16"),
            &["~Oct. 14=2025-10-14"],
        );
        check(
            "Clashes erupted on Dec. 28 near Chaman.",
            Some("2026-01-05"),
            &["~Dec. 28=2025-12-28"],
        );
        check(
            "Clashes erupted on Oct. 14 near Chaman.",
            None,
            &["~Oct. 14=?"],
        );
    }

    #[test]
    fn months_years_and_decades() {
        check(
            "The Taliban returned in August 2021.",
            None,
            &["August 2021=2021-08"],
        );
        check("He was born in 1997.", None, &["1997=1997"]);
        check("It began in the 1990s.", None, &["1990s=1990/1999"]);
        check(
            "In the mid-1990s the movement rose.",
            None,
            &["mid-1990s=1993/1996"],
        );
        check(
            "Since the early 20th century, the border was disputed.",
            None,
            &["early 20th century=1900/1932"],
        );
        check(
            "Violence rose in late 2024.",
            None,
            &["late 2024=2024-09-01/2024-12-31"],
        );
        check(
            "Talks resume in early 2025.",
            None,
            &["early 2025=2025-01-01/2025-04-30"],
        );
    }

    #[test]
    fn ranges_of_years() {
        check(
            "Between 2001 and 2021, troops stayed.",
            None,
            &["Between 2001 and 2021=2001-01-01/2021-12-31"],
        );
        check(
            "The war (2001-2021) ended.",
            None,
            &["2001-2021=2001-01-01/2021-12-31"],
        );
        check(
            "The 2001–2021 war ended.",
            None,
            &["2001–2021=2001-01-01/2021-12-31"],
        );
        check(
            "The 2024/25 budget was cut.",
            None,
            &["2024/25=2024-01-01/2025-12-31"],
        );
    }

    #[test]
    fn quarters_and_runs_of_months() {
        check(
            "Aid fell between January and March 2025.",
            None,
            &["between January and March 2025=2025-01-01/2025-03-31"],
        );
        check(
            "Aid fell from November to February.",
            Some("2025-03-10"),
            &["~from November to February=2024-11-01/2025-02-28"],
        );
        check(
            "Aid fell in January–March 2025.",
            None,
            &["January–March 2025=2025-01-01/2025-03-31"],
        );
        check(
            "Attacks rose in the first nine months of 2025.",
            None,
            &["the first nine months of 2025=2025-01-01/2025-09-30"],
        );
        check(
            "Deaths in the first three quarters of 2025 passed 2,400.",
            None,
            &["the first three quarters of 2025=2025-01-01/2025-09-30"],
        );
        check(
            "Growth slowed in Q3 2025.",
            None,
            &["Q3 2025=2025-07-01/2025-09-30"],
        );
        check(
            "Growth slowed in the third quarter of 2025.",
            None,
            &["third quarter of 2025=2025-07-01/2025-09-30"],
        );
        check(
            "Aid fell in the first half of 2024.",
            None,
            &["first half of 2024=2024-01-01/2024-06-30"],
        );
    }

    #[test]
    fn since_runs_to_publication() {
        check(
            "Attacks have surged since late 2024.",
            Some("2025-10-16"),
            &["~since late 2024=2024-09-01/2025-10-16"],
        );
        check(
            "Attacks have surged since 2021.",
            Some("2025-10-16"),
            &["~since 2021=2021-01-01/2025-10-16"],
        );
        check("Attacks have surged since 2021.", None, &["~since 2021=?"]);
        check(
            "Relations in post-2021 Afghanistan soured.",
            Some("2025-10-16"),
            &["~post-2021=2021-01-01/2025-10-16"],
        );
    }

    #[test]
    fn bare_numbers_are_not_years() {
        check("More than 2,400 people died and 15 were hurt.", None, &[]);
        check("A crowd of 2000 people gathered.", None, &[]);
        check("The force of 1500 troops moved in.", None, &[]);
    }

    #[test]
    fn days_relative_to_publication() {
        // 2025-10-16 is a Thursday.
        let published = Some("2025-10-16");
        check("The talks ended today.", published, &["~today=2025-10-16"]);
        check(
            "The talks ended yesterday.",
            published,
            &["~yesterday=2025-10-15"],
        );
        check(
            "The talks ended on Monday.",
            published,
            &["~Monday=2025-10-13"],
        );
        check(
            "The talks end on Thursday.",
            published,
            &["~Thursday=2025-10-16"],
        );
        check(
            "The talks ended last Thursday.",
            published,
            &["~last Thursday=2025-10-09"],
        );
        check(
            "The talks resume next Monday.",
            published,
            &["~next Monday=2025-10-20"],
        );
        check(
            "It happened two days ago.",
            published,
            &["~two days ago=2025-10-14"],
        );
        check("Pakistan Today reported the strike.", published, &[]);
    }

    #[test]
    fn weeks_months_and_years_relative_to_publication() {
        let published = Some("2025-10-16");
        check(
            "Jets struck Kabul this week.",
            published,
            &["~this week=2025-10-13/2025-10-19"],
        );
        check(
            "Jets struck Kabul last week.",
            published,
            &["~last week=2025-10-06/2025-10-12"],
        );
        check(
            "Jets struck Kabul last month.",
            published,
            &["~last month=2025-09"],
        );
        check(
            "Talks resume next month.",
            published,
            &["~next month=2025-11"],
        );
        check("Trade fell this year.", published, &["~this year=2025"]);
        check("Trade fell last year.", published, &["~last year=2024"]);
        check(
            "Trade fell earlier this year.",
            published,
            &["~earlier this year=2025"],
        );
        check(
            "Trade fell late last year.",
            published,
            &["~late last year=2024-09-01/2024-12-31"],
        );
        check(
            "Attacks rose over the past two weeks.",
            published,
            &["~past two weeks=2025-10-02/2025-10-16"],
        );
        check("Jets struck Kabul this week.", None, &["~this week=?"]);
    }

    #[test]
    fn last_month_name_is_strictly_before_the_current_month() {
        check(
            "Talks collapsed last October.",
            Some("2025-10-16"),
            &["~last October=2024-10"],
        );
        check(
            "Talks collapsed last October.",
            Some("2025-11-20"),
            &["~last October=2025-10"],
        );
        check(
            "Talks resume next October.",
            Some("2025-10-16"),
            &["~next October=2026-10"],
        );
        check(
            "Clashes broke out in October.",
            Some("2025-10-16"),
            &["~October=2025-10"],
        );
        check(
            "Clashes broke out in November.",
            Some("2025-02-10"),
            &["~November=2024-11"],
        );
    }

    #[test]
    fn anchored_to_the_last_absolute_date() {
        check(
            "The Taliban took Kabul in August 2021. Four years later, jets struck the city.",
            Some("2025-10-16"),
            &["August 2021=2021-08", "~Four years later=2025"],
        );
        check(
            "Talks opened on 14 October 2025. A week after, they collapsed.",
            None,
            &["14 October 2025=2025-10-14", "~A week after=2025-10-21"],
        );
        check(
            "Two days later, they collapsed.",
            Some("2025-10-16"),
            &["~Two days later=?"],
        );
    }

    #[test]
    fn anchors_must_be_as_fine_as_the_shift() {
        check(
            "It began in the 1990s. A day later, talks failed.",
            None,
            &["1990s=1990/1999", "~A day later=?"],
        );
        check(
            "Talks began in 2019. Talks collapsed two days after 14 October 2025.",
            None,
            &[
                "2019=2019",
                "~two days after=2025-10-16",
                "14 October 2025=2025-10-14",
            ],
        );
    }

    #[test]
    fn since_a_month_means_the_past_one() {
        check(
            "Prices rose since December.",
            Some("2025-10-16"),
            &["~since December=2024-12-01/2025-10-16"],
        );
    }

    #[test]
    fn vague_spans_keep_their_text() {
        check(
            "Attacks rose in recent weeks.",
            Some("2025-10-16"),
            &["~in recent weeks=?"],
        );
    }

    #[test]
    fn iso_output() {
        let day = NaiveDate::from_ymd_opt(2025, 10, 16).unwrap();
        assert_eq!(
            facts::Period::week_containing(day).iso(),
            "2025-10-13/2025-10-19"
        );
        assert_eq!(facts::Period::month(2025, 10).unwrap().iso(), "2025-10");
        assert_eq!(facts::Period::year(2025).unwrap().iso(), "2025");
        assert_eq!(facts::Period::day(day).iso(), "2025-10-16");
    }
}

mod quantities {
    /// Renders each quantity as `text low..high approx counts [noun]`.
    pub(crate) fn check(text: &str, expected: &[&str]) {
        let found: Vec<String> = facts::quantities(text)
            .iter()
            .map(|quantity| {
                assert_eq!(&text[quantity.start..quantity.end], quantity.text);
                let range = if quantity.low == quantity.high {
                    format!("{}", quantity.low)
                } else {
                    format!("{}..{}", quantity.low, quantity.high)
                };
                let noun = quantity
                    .noun
                    .as_deref()
                    .map(|noun| format!(" [{noun}]"))
                    .unwrap_or_default();
                format!(
                    "{} {range} {:?} {:?}{noun}",
                    quantity.text, quantity.approx, quantity.counts
                )
            })
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn a_three_digit_number_ending_the_text() {
        // Once read past the last token looking for a phone number ("555-1234").
        check(
            "The death toll rose to more than 200.",
            &["more than 200 200 MoreThan Killed"],
        );
    }

    #[test]
    fn digits_with_separators_and_scales() {
        check(
            "More than 2,400 deaths were recorded.",
            &["More than 2,400 2400 MoreThan Killed [deaths]"],
        );
        check(
            "Some 1.5 million refugees returned.",
            &["Some 1.5 million 1500000 About Displaced [refugees]"],
        );
        check(
            "The IMF lent $2 billion.",
            &["$2 billion 2000000000 Exact Money { currency: \"USD\" }"],
        );
        check(
            "The province got Rs 500 crore.",
            &["Rs 500 crore 5000000000 Exact Money { currency: \"Rs\" }"],
        );
        check("Trade fell 15% in a year.", &["15% 15 Exact Percent"]);
        check(
            "Trade fell 15 per cent in a year.",
            &["15 per cent 15 Exact Percent"],
        );
    }

    #[test]
    fn number_words() {
        check(
            "Eleven soldiers died.",
            &["Eleven 11 Exact Killed [soldiers]"],
        );
        check(
            "Twenty-five villagers fled.",
            &["Twenty-five 25 Exact Displaced [villagers]"],
        );
        check(
            "The raid killed a dozen militants.",
            &["a dozen 12 About Killed [militants]"],
        );
        check(
            "Dozens of families fled.",
            &["Dozens 24..99 Indefinite Displaced [families]"],
        );
        check(
            "Hundreds of people protested.",
            &["Hundreds 200..999 Indefinite People [people]"],
        );
        check(
            "Tens of thousands of Afghans were deported.",
            &["Tens of thousands 20000..99999 Indefinite Displaced [afghans]"],
        );
        check(
            "Lakhs of refugees crossed.",
            &["Lakhs 200000..999999 Indefinite Displaced [refugees]"],
        );
        check(
            "Scores of people were wounded.",
            &["Scores 40..99 Indefinite Injured [people]"],
        );
        check(
            "Several people were injured.",
            &["Several 3..9 Indefinite Injured [people]"],
        );
        check(
            "Two hundred and fifty troops arrived.",
            &["Two hundred and fifty 250 Exact Soldiers [troops]"],
        );
    }

    #[test]
    fn ranges_and_hedges() {
        check(
            "Between 10 and 15 people died.",
            &["Between 10 and 15 10..15 Exact Killed [people]"],
        );
        check(
            "10-15 soldiers were killed.",
            &["10-15 10..15 Exact Killed [soldiers]"],
        );
        check(
            "10 to 15 million people fled.",
            &["10 to 15 million 10000000..15000000 Exact Displaced [people]"],
        );
        check(
            "At least 11 soldiers died.",
            &["At least 11 11 AtLeast Killed [soldiers]"],
        );
        check(
            "Nearly 30 civilians were wounded.",
            &["Nearly 30 30 AtMost Injured [civilians]"],
        );
        check(
            "Up to 40 fighters were arrested.",
            &["Up to 40 40 AtMost Arrested [fighters]"],
        );
        check(
            "Around 200 families fled.",
            &["Around 200 200 About Displaced [families]"],
        );
    }

    #[test]
    fn what_the_number_counts_from_its_noun() {
        check(
            "15 Afghan civilians were in the convoy.",
            &["15 15 Exact Civilians [civilians]"],
        );
        check(
            "11 security personnel and two civilians were in the convoy.",
            &[
                "11 11 Exact SecurityPersonnel [security personnel]",
                "two 2 Exact Civilians [civilians]",
            ],
        );
        check(
            "The road is 15 kilometres long.",
            &["15 15 Exact Other(\"kilometres\") [kilometres]"],
        );
        check(
            "Officials met two volatile nations.",
            &["two 2 Exact Other(\"nations\") [nations]"],
        );
    }

    #[test]
    fn what_the_number_counts_from_its_verb() {
        check("The attack killed 11.", &["11 11 Exact Killed"]);
        check(
            "The attack killed 11 security personnel and two civilians.",
            &[
                "11 11 Exact Killed [security personnel]",
                "two 2 Exact Killed [civilians]",
            ],
        );
        check(
            "The blast went off, leaving 20 injured.",
            &["20 20 Exact Injured [injured]"],
        );
        check(
            "Clashes erupted, claiming 15 lives.",
            &["15 15 Exact Killed [lives]"],
        );
        check("The death toll rose to 30.", &["30 30 Exact Killed"]);
        check(
            "The raid killed five and wounded 12.",
            &["five 5 Exact Killed", "12 12 Exact Injured"],
        );
        check(
            "Police arrested 40 suspects.",
            &["40 40 Exact Arrested [suspects]"],
        );
        check(
            "The blast killed at least 11 people, including five children.",
            &[
                "at least 11 11 AtLeast Killed [people]",
                "five 5 Exact Killed [children]",
            ],
        );
        check(
            "More than 2,400 people — including soldiers — have been killed.",
            &["More than 2,400 2400 MoreThan Killed [people]"],
        );
    }

    #[test]
    fn words_that_only_look_like_numbers() {
        check("Test scores rose sharply.", &[]);
        check(
            "The raid left scores dead.",
            &["scores 40..99 Indefinite Killed [dead]"],
        );
        check("Patients with type 2 diabetes waited.", &[]);
        check("A 22-year-old man walked 2,000-mile routes.", &[]);
        check(
            "A 331-strong contingent of troops arrived.",
            &["331-strong 331 Exact Other(\"contingent\") [contingent]"],
        );
    }

    #[test]
    fn years_dates_times_ordinals_and_names_are_not_counts() {
        check("In 2021 the Taliban returned on 15 August.", &[]);
        check("The 15th corps met at 10:30 and again at 5 pm.", &[]);
        check(
            "Pakistan flies F-16 jets under Article 370 and Resolution 1267.",
            &[],
        );
        check("One of the leaders spoke.", &[]);
        check("It happened two days ago.", &[]);
    }
}

mod quotations {
    /// Renders each quotation as `speaker|verb|quoted words`, with `(reported)` for
    /// reported speech and `-` for a missing speaker or verb.
    pub(crate) fn check(text: &str, expected: &[&str]) {
        let found: Vec<String> = facts::quotations(text, &text::sentences(text))
            .iter()
            .map(|quotation| {
                assert!(
                    quotation.start <= quotation.quote_start
                        && quotation.quote_end <= quotation.end
                );
                let speaker = quotation
                    .speaker_text
                    .map_or("-", |(start, end)| &text[start..end]);
                let verb = quotation.verb.as_deref().unwrap_or("-");
                let kind = if quotation.direct { "" } else { " (reported)" };
                format!(
                    "{speaker}|{verb}|{}{kind}",
                    &text[quotation.quote_start..quotation.quote_end]
                )
            })
            .collect();
        assert_eq!(found, expected, "in {text:?}");
    }

    #[test]
    fn speaker_after_the_quote() {
        check(
            "“We will respond to any aggression,” the minister said.",
            &["the minister|say|We will respond to any aggression,"],
        );
        check("\"We will respond to any aggression,\" said Zabihullah Mujahid, the Taliban spokesman.", &[
            "Zabihullah Mujahid|say|We will respond to any aggression,",
        ]);
        check(
            "“We will respond to any aggression,” Ishaq Dar, the foreign minister, told Reuters.",
            &["Ishaq Dar|tell|We will respond to any aggression,"],
        );
        check(
            "“Our patience has limits,” he warned on Tuesday.",
            &["he|warn|Our patience has limits,"],
        );
        check(
            "“The border will stay shut,” according to a senior official.",
            &["a senior official|according to|The border will stay shut,"],
        );
    }

    #[test]
    fn single_curly_quotes() {
        check(
            "‘We don’t want war with our neighbours,’ the spokesman said.",
            &["the spokesman|say|We don’t want war with our neighbours,"],
        );
        check("Kabul rejected Pakistan’s ‘strategic depth’ doctrine.", &[]);
        check(
            "Analysts said the ‘strategic depth’ doctrine had failed.",
            &["Analysts|say|the ‘strategic depth’ doctrine had failed (reported)"],
        );
    }

    #[test]
    fn what_a_verb_reports_ends_where_a_new_clause_begins() {
        check(
            "Saudi Arabia and Egypt condemned the strikes, and the African Union called on both sides to return to talks.",
            &[],
        );
        check(
            "Pakistan accused Kabul of harbouring militants who attack its soldiers, and the Taliban denied it.",
            &["Pakistan|accuse|Kabul of harbouring militants who attack its soldiers (reported)"],
        );
    }

    #[test]
    fn a_named_appositive_after_a_role_is_the_speaker() {
        check(
            "An army spokesman, Brig. Gen. Nabil Abdallah, said the paramilitary had launched \"a cowardly attack\" on civilian sites.",
            &["Brig. Gen. Nabil Abdallah|say|the paramilitary had launched \"a cowardly attack\" on civilian sites (reported)"],
        );
        check(
            "“We will respond to any aggression,” Ishaq Dar, the foreign minister, told Reuters.",
            &["Ishaq Dar|tell|We will respond to any aggression,"],
        );
    }

    #[test]
    fn titles_and_initials_stay_in_the_speaker() {
        check(
            "“The wounded need blood urgently,” said Dr. Ahmad Khan.",
            &["Dr. Ahmad Khan|say|The wounded need blood urgently,"],
        );
        check(
            "“The wounded need blood urgently,” Gen. A. Rashid said.",
            &["Gen. A. Rashid|say|The wounded need blood urgently,"],
        );
    }

    #[test]
    fn speaker_before_the_quote() {
        check(
            "The spokesman said: “Pakistan violated our airspace.”",
            &["The spokesman|say|Pakistan violated our airspace."],
        );
        check(
            "Khawaja Asif told reporters, “There will be no talks.”",
            &["Khawaja Asif|tell|There will be no talks."],
        );
        check(
            "The ministry said the strikes were “a clear violation of sovereignty”.",
            &["The ministry|say|a clear violation of sovereignty"],
        );
    }

    #[test]
    fn speaker_in_an_adjacent_sentence() {
        check(
            "“We did not start this war. We will end it.” He said.",
            &["He|say|We did not start this war. We will end it."],
        );
        check(
            "The general said:\n“We are ready for any eventuality.”",
            &["The general|say|We are ready for any eventuality."],
        );
    }

    #[test]
    fn a_following_quote_keeps_the_speaker() {
        check(
            "“We will respond,” he said. “Pakistan must stop sheltering these groups.”",
            &[
                "he|say|We will respond,",
                "he|say|Pakistan must stop sheltering these groups.",
            ],
        );
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        check("Islamabad sought “strategic depth” in Afghanistan.", &[]);
        check("Kabul calls them \"guests\" now.", &[]);
        check("“No,” he said.", &["he|say|No,"]);
    }

    #[test]
    fn reported_speech() {
        check(
            "Pakistan's foreign office said that the strikes targeted militant hideouts.",
            &["Pakistan's foreign office|say|the strikes targeted militant hideouts (reported)"],
        );
        check(
            "The Taliban accused Pakistan of violating Afghan airspace.",
            &["The Taliban|accuse|Pakistan of violating Afghan airspace (reported)"],
        );
        check(
            "Kabul denied any role in the attacks.",
            &["Kabul|deny|any role in the attacks (reported)"],
        );
        check(
            "Officials warned the toll could rise.",
            &["Officials|warn|the toll could rise (reported)"],
        );
        check(
            "The strikes targeted militant hideouts, the army said.",
            &["the army|say|The strikes targeted militant hideouts (reported)"],
        );
        check(
            "According to local officials, the strikes hit a market.",
            &["local officials|according to|the strikes hit a market (reported)"],
        );
        check(
            "The strikes hit a market, according to local officials.",
            &["local officials|according to|The strikes hit a market (reported)"],
        );
    }

    #[test]
    fn speakers_leave_out_datelines_and_days() {
        check(
            "KABUL -- The Taliban said they would reopen the crossing.",
            &["The Taliban|say|they would reopen the crossing (reported)"],
        );
        check(
            "Iran on Wednesday condemned the suicide attack in Kabul.",
            &["Iran|condemn|the suicide attack in Kabul (reported)"],
        );
        check(
            "Denmark last week announced a suspension of aid.",
            &["Denmark|announce|a suspension of aid (reported)"],
        );
        check(
            "Berlin warned the German government in a long letter that aid would stop.",
            &["Berlin|warn|aid would stop (reported)"],
        );
    }

    #[test]
    fn sentences_without_speech_are_not_quotations() {
        check("Police filed new charges against the former minister.", &[]);
        check("The ministry doesn't say the strikes hit civilians.", &[]);
        check(
            "The council of member states of the alliance met in Jeddah.",
            &[],
        );
        check("Pakistani jets struck targets in Kabul this week.", &[]);
        check("The claims were dismissed by observers as baseless.", &[]);
        check(
            "Media reports said the talks had stalled.",
            &["Media reports|say|the talks had stalled (reported)"],
        );
    }
}

mod snapshot {
    /// One short article through all three readers, as the JSON other stages will see.
    #[test]
    fn short_article() {
        let text = "ISLAMABAD -- Pakistani jets struck targets in Kabul this week, the army said. \
The strikes killed at least 11 militants and two civilians, according to local officials.\n\
“We will respond to any aggression,” Zabihullah Mujahid, the Taliban spokesman, said on Thursday. \
More than 2,400 people have died in the first three quarters of 2025, since late 2024 \
attacks surged. Pakistan pledged $2 billion last October.";
        let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 16);
        let output = serde_json::json!({
            "dates": facts::dates(text, published),
            "quantities": facts::quantities(text),
            "quotations": facts::quotations(text, &text::sentences(text)),
        });
        insta::assert_json_snapshot!(output);
    }
}

mod properties {
    use proptest::prelude::*;

    fn assert_span(text: &str, start: usize, end: usize) {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} outside {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} splits a char"
        );
    }

    fn assert_all_spans(text: &str) {
        let published = chrono::NaiveDate::from_ymd_opt(2025, 10, 16);
        for mention in facts::dates(text, published) {
            assert_span(text, mention.start, mention.end);
        }
        for quantity in facts::quantities(text) {
            assert_span(text, quantity.start, quantity.end);
        }
        for quotation in facts::quotations(text, &text::sentences(text)) {
            assert_span(text, quotation.start, quotation.end);
            assert_span(text, quotation.quote_start, quotation.quote_end);
            if let Some((start, end)) = quotation.speaker_text {
                assert_span(text, start, end);
            }
        }
    }

    // Inputs built from news-like pieces, so the readers' rules actually fire, mixed with
    // arbitrary characters (multi-byte ones included) to shake the offsets.
    fn newsy_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just(" said ".to_string()),
            Just(", according to ".to_string()),
            Just(" killed ".to_string()),
            Just(" 2,400 ".to_string()),
            Just(" 10-15 ".to_string()),
            Just(" since late 2024".to_string()),
            Just(" last October ".to_string()),
            Just(" Oct. 14".to_string()),
            Just(" two days later".to_string()),
            Just(" $2 billion".to_string()),
            Just(" dozens of ".to_string()),
            Just("—".to_string()),
            Just("\n".to_string()),
            Just(". ".to_string()),
            "[a-zA-Z0-9 ,.'’\\-–é]{0,12}",
            any::<char>().prop_map(|character| character.to_string()),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            assert_all_spans(&text);
        }

        #[test]
        fn newsy_text_never_panics(text in newsy_text()) {
            assert_all_spans(&text);
        }
    }
}
