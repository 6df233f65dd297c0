/// Every word the HTML report and the CSV file show a planner, in one place: the German catalogue
/// today; an English one is another value of this type.
public struct ReportLabels: Sendable {
    /// The `lang` attribute of the HTML report.
    public var languageCode: String
    public var title: String
    public var period: String
    public var status: String
    public var optimal: String
    public var feasible: String
    public var total: String
    public var bound: String
    public var gap: String
    public var scenarioFile: String
    public var solver: String
    public var objective: String
    public var term: String
    public var inUnit: String
    public var weighted: String
    public var whatItCounts: String
    /// Name, unit and one sentence per objective term, by the term's JSON name.
    public var terms: [String: (name: String, unit: String, explanation: String)]
    public var yearView: String
    public var meetings: String
    public var rotation: String
    public var rotationNote: String
    public var topic: String
    public var number: String
    public var dates: String
    public var weekdays: String
    public var firstDay: String
    public var lastDay: String
    public var time: String
    public var startTime: String
    public var endTime: String
    public var venue: String
    public var address: String
    public var city: String
    public var state: String
    public var registrationDeadline: String
    public var staff: String
    public var members: String
    public var travel: String
    public var venueCost: String
    public var fixed: String
    public var yes: String
    public var no: String
    public var weekend: String
    public var holidayEverywhere: String
    public var holidaySomewhere: String
    public var closedForNetwork: String
    public var outsidePeriod: String
    public var fixedMarker: String
    public var topicID: String
    public var venueID: String
    public var cityID: String
    public var generatedBy: String
    /// January … December.
    public var monthNames: [String]
    /// Monday … Sunday, two letters.
    public var weekdayAbbreviations: [String]
    /// The decimal and thousands separators of numbers shown to people (never in CSV).
    public var decimalSeparator: Character
    public var groupingSeparator: Character

    public static let german = ReportLabels(
        languageCode: "de",
        title: "Jahresplanung",
        period: "Zeitraum",
        status: "Status",
        optimal: "optimal (bewiesen)",
        feasible: "zulässig, Optimalität nicht bewiesen",
        total: "Zielwert",
        bound: "Schranke",
        gap: "Abstand",
        scenarioFile: "Szenario",
        solver: "Löser",
        objective: "Zielfunktion",
        term: "Teil",
        inUnit: "Wert",
        weighted: "gewichtet (Punkte)",
        whatItCounts: "Was er zählt",
        terms: [
            "travel": ("Anreise", "Personen-km",
                       "Luftlinie von jeder Mitgliedsstadt zum Gastgeber mal ihre Delegierten, dazu die Wege des Personals vom Dienstort."),
            "venue_cost": ("Raumkosten", "€", "Tagessatz des Tagungsorts mal Tage jedes Treffens."),
            "rotation": ("Rotation", "Punkte",
                         "Strafpunkte für Gastgeber, die dieselbe Fachgruppe schon in früheren Jahren ausgerichtet haben; je kürzer her, desto mehr."),
            "balance": ("Ausgewogenheit", "Punkte", "Strafpunkte für jedes Treffen einer Stadt über ihr erstes im Zeitraum hinaus."),
            "offers": ("Angebote", "Punkte", "Bonus (negativ) für jedes Treffen bei einer Stadt, die angeboten hat, diese Fachgruppe auszurichten."),
            "changes": ("Änderungen", "Punkte", "Kosten der verlegten oder gestrichenen Treffen gegenüber dem Ausgangsplan."),
        ],
        yearView: "Jahresübersicht",
        meetings: "Treffen",
        rotation: "Rotation der Gastgeber",
        rotationNote: "Gastgeberstädte je Fachgruppe in der Reihenfolge der Treffen.",
        topic: "Fachgruppe",
        number: "Nr.",
        dates: "Termin",
        weekdays: "Wochentage",
        firstDay: "Erster Tag",
        lastDay: "Letzter Tag",
        time: "Zeit",
        startTime: "Beginn",
        endTime: "Ende",
        venue: "Tagungsort",
        address: "Adresse",
        city: "Stadt",
        state: "Bundesland",
        registrationDeadline: "Anmeldeschluss",
        staff: "Personal",
        members: "Mitgliedsstädte",
        travel: "Anreise (Personen-km)",
        venueCost: "Raumkosten (€)",
        fixed: "Fest vorgegeben",
        yes: "ja",
        no: "nein",
        weekend: "Wochenende",
        holidayEverywhere: "Feiertag in allen Ländern der Städte",
        holidaySomewhere: "Feiertag in einigen Ländern",
        closedForNetwork: "Sperrzeit des Netzwerks",
        outsidePeriod: "außerhalb des Zeitraums",
        fixedMarker: "fest vorgegebenes Treffen",
        topicID: "Fachgruppe (ID)",
        venueID: "Tagungsort (ID)",
        cityID: "Stadt (ID)",
        generatedBy: "Erstellt mit Treffpunkt",
        monthNames: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                     "November", "Dezember"],
        weekdayAbbreviations: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        decimalSeparator: ",",
        groupingSeparator: "."
    )

    /// `Mo 18.06.2018`.
    public func date(_ day: Day) -> String {
        "\(weekday(day)) \(numericDate(day))"
    }

    /// `18.06.2018`.
    public func numericDate(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.civil
        return "\(Self.twoDigits(dayOfMonth)).\(Self.twoDigits(month)).\(year)"
    }

    /// `Mo`.
    public func weekday(_ day: Day) -> String {
        weekdayAbbreviations[day.weekday.rawValue - 1]
    }

    /// `13:00`, from seconds since midnight.
    public func time(secondsOfDay: Int) -> String {
        "\(Self.twoDigits(secondsOfDay / 3600)):\(Self.twoDigits(secondsOfDay / 60 % 60))"
    }

    /// A number for people: grouped thousands, at most `decimals` decimals, none for whole numbers
    /// (`90.530,85`, `12.345`).
    public func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "−∞" : "∞") }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 1e17 else { return "\(value)" }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var digits = Array(String(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = String(groupingSeparator) + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        if fraction > 0 {
            var decimalsText = String(fraction)
            decimalsText = String(repeating: "0", count: decimals - decimalsText.count) + decimalsText
            while decimalsText.hasSuffix("0") { decimalsText.removeLast() }
            grouped += String(decimalSeparator) + decimalsText
        }
        return (value < 0 && units > 0 ? "−" : "") + grouped
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
