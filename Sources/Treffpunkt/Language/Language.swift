/// The language of everything Treffpunkt writes for people: tables, summaries, progress lines,
/// check findings, the report, CSV headers and calendar texts. JSON output has none.
public enum Language: String, CaseIterable, Sendable {
    case de, en

    /// `--lang`, else `TREFFPUNKT_LANG`, else the locale of messages (`LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`, the first one set and not empty): German when it is `de` or begins with `de_`,
    /// `de-` or `de.`, English otherwise. A `TREFFPUNKT_LANG` that names neither language is passed over.
    public static func resolve(option: Language?, environment: [String: String]) -> Language {
        if let option { return option }
        if let named = environment["TREFFPUNKT_LANG"].flatMap(Language.init(localeName:)) { return named }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap(Language.init(localeName:)) == .de ? .de : .en
    }

    /// `de`, `de_DE.UTF-8`, `EN`, … ; nil for anything else.
    public init?(localeName: String) {
        let prefix = localeName.lowercased().prefix(2)
        guard let language = Language(rawValue: String(prefix)),
              localeName.count == 2 || ["_", "-", "."].contains(localeName.dropFirst(2).first) else { return nil }
        self = language
    }

    /// The words of this language.
    public var messages: Messages { Messages(language: self) }
}
