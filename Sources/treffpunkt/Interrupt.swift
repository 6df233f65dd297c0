import Foundation
import Synchronization

/// Ctrl-C during a solve stops the search, like the time limit does, instead of the process.
enum Interrupt {
    /// Set by Ctrl-C; the solver polls it.
    static let requested = Atomic<Bool>(false)

    /// Runs `body` with Ctrl-C setting `requested`, then restores the default handler.
    static func stoppingTheSearch<T>(_ body: () throws -> T) rethrows -> T {
        signal(SIGINT) { _ in Interrupt.requested.store(true, ordering: .relaxed) }
        defer { signal(SIGINT, SIG_DFL) }
        return try body()
    }
}
