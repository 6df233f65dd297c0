import Foundation
import MIP
import Synchronization

/// Stops a run whose memory grows past a budget (`--max-memory`) before the machine does:
/// a watcher reads the resident size every 100 ms and ends the process with exit 4 and a
/// sentence naming what ran: the rule family being built (the one that made the model large)
/// or the solver's phase. It runs only while the model is built and solved, when nothing has
/// been stored or written yet, so stopping loses nothing.
final class MemoryBudget: @unchecked Sendable {
    private let limitBytes: Int
    private let timer: DispatchSourceTimer
    /// What runs now, for the message; set from the solving thread.
    private let activity = Mutex("building the model")

    init(gibibytes: Double) {
        limitBytes = Int(gibibytes * 1_073_741_824)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "treffpunkt.memory-budget"))
        timer.schedule(deadline: .now(), repeating: .milliseconds(100))
        let limit = limitBytes
        timer.setEventHandler { [weak self] in
            guard let self, let resident = MemoryBudget.residentBytes(), resident > limit else { return }
            let doing = self.activity.withLock { $0 }
            printError("stopped: the run needs more than \(MemoryBudget.format(limit)) of memory (\(MemoryBudget.format(resident)) "
                + "while \(doing)); nothing was stored or written. Plan a shorter period, fewer venues, topics or years, "
                + "or raise --max-memory")
            exit(ExitStatus.noPlanInTime.rawValue)
        }
        timer.resume()
    }

    /// The options with the rule families and solver phases reported to the watcher (and on
    /// to what the options reported them to already).
    func watching(_ options: SolveOptions) -> SolveOptions {
        var options = options
        let (onRuleFamily, onPhase) = (options.onRuleFamily, options.onPhase)
        options.onRuleFamily = { [weak self] family in
            self?.activity.withLock { $0 = "building the rows of \(family)" }
            onRuleFamily?(family)
        }
        options.onPhase = { [weak self] phase in
            if phase != .building { self?.activity.withLock { $0 = phase.rawValue.replacingOccurrences(of: "solving: ", with: "solving the ") } }
            onPhase?(phase)
        }
        return options
    }

    /// Stops watching.
    func stop() {
        timer.cancel()
    }

    /// The process's resident size, from /proc/self/statm (Linux); nil where it cannot be read.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static func format(_ bytes: Int) -> String {
        String(format: "%.2f GiB", Double(bytes) / 1_073_741_824)
    }
}
