import ArgumentParser
import Foundation
import Synchronization
import Treffpunkt

extension Language: ExpressibleByArgument {}

/// `--lang de|en`, for commands that print or write words for people.
struct LanguageOption: ParsableArguments {
    @Option(help: "de or en (default: TREFFPUNKT_LANG, else the locale: German when LC_ALL, LC_MESSAGES or LANG starts with de).")
    var lang: Language?
}

/// A command with `--lang`; `main` records its choice before the command runs.
protocol ChoosesLanguage {
    var language: LanguageOption { get }
}

/// The language of everything this process prints or writes for people, chosen once.
enum OutputLanguage {
    private static let option = Mutex<Language?>(nil)

    /// Records the command's `--lang`.
    static func choose(_ language: Language?) {
        option.withLock { $0 = language }
    }

    /// `--lang`, else the environment's choice.
    static var messages: Messages {
        Messages(language: Language.resolve(option: option.withLock { $0 }, environment: ProcessInfo.processInfo.environment))
    }
}
