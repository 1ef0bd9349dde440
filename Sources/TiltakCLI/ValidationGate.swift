import Dispatch
import Foundation
import TiltakModel
import TiltakPlanFiles
import TiltakReturns
import TiltakRuntime

/// Validates a plan on another thread while the export writes its files, and lets a file be
/// committed only once the plan has passed.
///
/// Every file is written to a temporary file first; ``pass()`` runs between completing it and
/// renaming it into place, so a plan with errors leaves no file behind, as if it had been validated
/// first, without making the writing wait for the validation.
final class ValidationGate: @unchecked Sendable {
    /// Thrown by ``pass()`` when the plan has errors.
    struct Failed: Error {}

    private let done = DispatchGroup()
    // Written once on the validating thread before `done` is left; read only after waiting on it.
    private var found: [ValidationIssue] = []

    /// Starts validating the plan of `actions` as soon as all of them are read.
    ///
    /// With `afterUse`, only once they have also been written (``ActionStream/finishUse()``), so that
    /// validation takes the core the writing leaves idle while libxlsxwriter compresses the file, not
    /// one the reading needs. It runs on a thread of its own, not on the dispatch pool, whose threads
    /// may all be writing files and waiting for it.
    init(_ actions: ActionStream, afterUse: Bool = false) {
        done.enter()
        HelperThread.start { [self] in
            if afterUse { actions.waitUntilUsed() }
            found = PlanValidator.validate(actions.plan()).filter { $0.severity == .error }
            done.leave()
        }
    }

    /// The plan's errors, once validation has finished (waits for it).
    var errors: [ValidationIssue] {
        done.wait()
        return found
    }

    /// Waits for the validation; throws ``Failed`` when the plan has errors.
    func pass() throws {
        if !errors.isEmpty { throw Failed() }
    }
}
