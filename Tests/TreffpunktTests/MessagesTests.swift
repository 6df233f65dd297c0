import Testing
@testable import Treffpunkt

struct MessagesTests {
    /// Every key has a text in every language, with the same `{n}` placeholders.
    @Test(arguments: Language.allCases)
    func everyKeyIsTranslated(language: Language) {
        let catalogue = Messages.catalogue(of: language)
        let german = Messages.catalogue(of: .de)
        for key in MessageKey.allCases {
            let text = catalogue[key]
            #expect(text != nil && !text!.isEmpty, "\(language.rawValue) lacks \(key.rawValue)")
            #expect(placeholders(text ?? "") == placeholders(german[key] ?? ""),
                    "\(language.rawValue).\(key.rawValue) has other placeholders than the German text")
        }
    }

    @Test func argumentsFillPlaceholders() {
        #expect(Messages.english(.notProvenOptimal, PlanTable.percent(0.015, .english)) == "note: the plan is not proven optimal (gap 1.5%)")
        #expect(Messages.german(.notProvenOptimal, PlanTable.percent(0.015, .german)) == "Hinweis: Der Plan ist nicht als optimal bewiesen (Abstand 1,5 %)")
    }

    @Test func reasonsReadInEitherLanguage() {
        let gaps = Reason(.reasonGapsDoNotFit, "monitoring", "2", "100", .day(Day(iso: "2016-02-01")!), .day(Day(iso: "2016-11-28")!), "1")
        #expect(gaps.description == "topic 'monitoring' needs 2 meetings at least 100 days apart, but its usable first days "
            + "(2016-02-01 to 2016-11-28) fit at most 1")
        let german = "Fachgruppe 'monitoring' braucht 2 Treffen im Abstand von mindestens 100 Tagen, aber in ihre "
            + "nutzbaren ersten Tage (01.02.2016 bis 28.11.2016) passen höchstens 1"
        #expect(gaps.text(in: .de) == german)
        #expect(gaps.inYear(2017).text(in: .de) == "2017: " + german)
        #expect(gaps.inYear(2017).description == "2017: " + gaps.description)
    }

    @Test func nestedPhrasesAndFiguresFollowTheLanguage() {
        let parts = [Reason(.removedClosedDays, "12"), Reason(.removedStaffUnavailable, "3", "anna")]
        let none = Reason(.reasonNoOptions, "a", "40", .phrases(parts, separator: ", "))
        #expect(none.description == "topic 'a' has no usable venue and first day: of 40 (venue, first day) pairs in the period, "
            + "12 touch closed days (public holidays, extra_holidays, blackouts, state_blackouts), "
            + "3 touch days staff member 'anna' is unavailable (or does not work)")
        #expect(none.text(in: .de) == "Fachgruppe 'a' hat keinen nutzbaren Tagungsort mit erstem Tag: von 40 Paaren (Tagungsort, "
            + "erster Tag) im Zeitraum berühren 12 geschlossene Tage (Feiertage, extra_holidays, blackouts, state_blackouts), "
            + "berühren 3 Tage, an denen Personal 'anna' nicht verfügbar ist (oder nicht arbeitet)")
        let fix = Reason(.relaxationFound, .phrase(Reason(.fixSetRule, "staff_rest_days", "0")), .number(90530.85))
        #expect(fix.description == "possible fix: set staff_rest_days to 0 (verified: a plan exists, total 90530.85)")
        #expect(fix.text(in: .de) == "mögliche Abhilfe: staff_rest_days auf 0 setzen (geprüft: es gibt einen Plan, Summe 90.530,85)")
        // An argument's own braces are not placeholders.
        #expect(Reason(.conflictRuleValue, "{1}", "x").description == "{1} is x")
    }

    @Test func datesAndNumbersPerLanguage() {
        let day = Day(iso: "2018-06-18")!
        #expect(Messages.german.date(day) == "Mo 18.06.2018")
        #expect(Messages.english.date(day) == "Mon 2018-06-18")
        #expect(Messages.german.number(90530.85) == "90.530,85")
        #expect(Messages.english.number(90530.85) == "90,530.85")
        #expect(PlanTable.figure(90530.85, .german) == "90.530,85")
        #expect(PlanTable.figure(90530.85, .english) == "90530.85")
        #expect(PlanTable.percent(0.00001, .german) == "< 0,01 %" && PlanTable.percent(0.00001, .english) == "< 0.01%")
    }

    @Test func aDiffReadsInEitherLanguage() throws {
        var network = TinyNetwork()
        network.addTopic("kooperation", meetings: 2)
        let before = try #require(network.plan())
        var after = before
        after.meetings[0].dates = after.meetings[0].dates.map { $0.advanced(by: 7) }
        let diff = PlanDiff(before: before, after: after)
        let english = diff.render(names: network.scenario)
        let german = diff.render(names: network.scenario, messages: .german)
        #expect(english.contains(" moved from ") && english.contains("(date +7 days)") && english.contains("unchanged."))
        #expect(german.contains(" verlegt von ") && german.contains("(Datum +7 Tage)") && german.contains("Treffen unverändert."))
        let day = after.meetings[0].firstDay
        #expect(german.contains(Messages.german.numericDate(day)) && english.contains(day.description))
    }

    @Test func theLanguageComesFromTheOptionThenTheEnvironmentThenTheLocale() {
        #expect(Language.resolve(option: .en, environment: ["TREFFPUNKT_LANG": "de", "LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["TREFFPUNKT_LANG": "de", "LANG": "en_US.UTF-8"]) == .de)
        #expect(Language.resolve(option: nil, environment: ["TREFFPUNKT_LANG": "fr", "LANG": "de_DE.UTF-8"]) == .de)
        #expect(Language.resolve(option: nil, environment: ["LANG": "de_DE.UTF-8"]) == .de)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "C", "LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "de_AT", "LANG": "en_GB"]) == .de)
        #expect(Language.resolve(option: nil, environment: ["LANG": "dee"]) == .en)
        #expect(Language.resolve(option: nil, environment: [:]) == .en)
    }

    private func placeholders(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
