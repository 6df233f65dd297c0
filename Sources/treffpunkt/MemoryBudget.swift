import Foundation

/// Stops a run whose memory grows past a budget (`--max-memory`) before the machine does:
/// a watcher reads the resident size every 100 ms and ends the process with exit 4 and a
/// sentence. It runs only while the model is built and solved, when nothing has been stored or
/// written yet, so stopping loses nothing.
final class MemoryBudget: @unchecked Sendable {
    private let limitBytes: Int
    private let timer: DispatchSourceTimer

    /// Starts watching; `phase` names what runs, for the message.
    init(gibibytes: Double, phase: String) {
        limitBytes = Int(gibibytes * 1_073_741_824)
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "treffpunkt.memory-budget"))
        timer.schedule(deadline: .now(), repeating: .milliseconds(100))
        let limit = limitBytes
        timer.setEventHandler {
            guard let resident = MemoryBudget.residentBytes(), resident > limit else { return }
            printError("stopped: the run needs more than \(MemoryBudget.format(limit)) of memory (\(MemoryBudget.format(resident)) "
                + "while \(phase)); nothing was stored or written. The model grows with venues × days × topics and with "
                + "long min_gap_days windows: plan a shorter period, fewer venues or years, or raise --max-memory")
            exit(ExitStatus.noPlanInTime.rawValue)
        }
        timer.resume()
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
        String(format: "%.1f GiB", Double(bytes) / 1_073_741_824)
    }
}
