import Foundation
import Synchronization
import Testing
@testable import MIP

@Suite struct GLPKSolverTests {
    /// Three workers, three jobs, each job to one worker: the cheapest assignment costs 1 + 2 + 3.
    @Test func solvesAnAssignmentProblemToOptimality() {
        let cost: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
        var model = Model()
        var assign: [[Variable]] = []
        for worker in 0..<3 {
            assign.append((0..<3).map { job in model.addVariable(.binary, name: "x_\(worker)_\(job)") })
        }
        for index in 0..<3 {
            model.addConstraint(LinearExpression.sum(assign[index]) == 1, name: "worker \(index)")
            model.addConstraint(LinearExpression.sum(assign.map { $0[index] }) == 1, name: "job \(index)")
        }
        for worker in 0..<3 {
            for job in 0..<3 { model.minimise(cost[worker][job] * assign[worker][job]) }
        }
        let result = GLPKSolver().solve(model)
        #expect(result.status == .optimal)
        #expect(result.objectiveValue == 5)
        #expect(result.bound == 5)
        #expect(result.isSet(assign[0][1]) && result.isSet(assign[1][0]) && result.isSet(assign[2][2]))
    }

    /// The relaxation of max x + y s.t. 2x + 2y ≤ 3 reaches 1.5; integers only 1.
    @Test func branchesPastAFractionalRelaxation() {
        var model = Model()
        let x = model.addVariable(.integer, name: "x", upperBound: 5)
        let y = model.addVariable(.integer, name: "y", upperBound: 5)
        model.addConstraint(2 * x + 2 * y <= 3, name: "capacity")
        model.minimise(LinearExpression.sum([x, y]), weight: -1)
        let result = GLPKSolver().solve(model)
        #expect(result.status == .optimal)
        #expect(result.objectiveValue == -1)
        #expect(model.objectiveValue(of: result) == -1)
    }

    @Test func repeatedTermsAreMerged() {
        var model = Model()
        let x = model.addVariable(.binary, name: "x")
        model.addConstraint(LinearExpression(x) + x <= 1, name: "twice")
        model.minimise(LinearExpression(x), weight: -1)
        let result = GLPKSolver().solve(model)
        #expect(result.status == .optimal)
        #expect(result.value(of: x) == 0)
    }

    @Test func reportsInfeasibility() {
        var model = Model()
        let x = model.addVariable(.binary, name: "x")
        let y = model.addVariable(.binary, name: "y")
        model.addConstraint(x + LinearExpression(y) >= 3, name: "too much")
        #expect(GLPKSolver().solve(model).status == .infeasible)
    }

    @Test func reportsIntegerInfeasibilityFoundByBranching() {
        // 2x = 1 has the relaxed solution x = 0.5 but no integer one.
        var model = Model()
        let x = model.addVariable(.integer, name: "x", upperBound: 3)
        model.addConstraint(2 * x == 1, name: "odd")
        #expect(GLPKSolver().solve(model).status == .infeasible)
    }

    @Test func reportsUnboundedness() {
        var model = Model()
        let x = model.addVariable(.continuous, name: "x")
        model.minimise(LinearExpression(x), weight: -1)
        #expect(GLPKSolver().solve(model).status == .unbounded)
    }

    @Test func stopsWhenAskedAndSaysSo() {
        // A knapsack whose relaxation is fractional, so the search needs the callback.
        var model = Model()
        let weights: [Double] = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82, 17, 41, 37, 59, 71]
        let items = weights.indices.map { model.addVariable(.binary, name: "item \($0)") }
        model.addConstraint(LinearExpression(terms: zip(items, weights).map { ($0, $1) }) <= 165, name: "capacity")
        model.minimise(LinearExpression(terms: zip(items, weights).map { ($0, $1 + 1) }), weight: -1)
        let result = GLPKSolver(options: SolveOptions(shouldStop: { true })).solve(model)
        #expect(result.status == .noSolution(.interrupted) || result.status == .feasible(.interrupted))
        let unstopped = GLPKSolver().solve(model)
        #expect(unstopped.status == .optimal)
        #expect(unstopped.objectiveValue! <= -165)
    }

    /// Max Σ 2x subject to Σ 2x ≤ 41 over 40 binaries: the relaxation promises 41, every
    /// integer solution gives at most 40, and proving it takes branch and bound very long.
    /// Stopping once a solution is known must return that solution with an honest gap.
    @Test func stoppingAfterAnIncumbentReturnsItWithItsGap() throws {
        var model = Model()
        let items = (0..<40).map { model.addVariable(.binary, name: "x\($0)") }
        model.addConstraint(LinearExpression(terms: items.map { ($0, 2) }) <= 41, name: "odd capacity")
        model.minimise(LinearExpression(terms: items.map { ($0, 2) }), weight: -1)
        let sawIncumbent = Mutex(false)
        let options = SolveOptions(
            timeLimit: 30,
            onProgress: { progress in if progress.incumbent != nil { sawIncumbent.withLock { $0 = true } } },
            shouldStop: { sawIncumbent.withLock { $0 } })
        let result = GLPKSolver(options: options).solve(model)
        #expect(result.status == .feasible(.interrupted))
        #expect(result.objectiveValue == -40)
        let bound = try #require(result.bound)
        #expect(bound >= -41 && bound <= -40)
        #expect(model.objectiveValue(of: result) == -40)
    }
}

extension GLPKSolverTests {
    /// The same hard model with `firstSolutionWithin` already passed: the search gives up
    /// without a solution, as at the time limit, and keeps the relaxation's bound, so that the
    /// planner can try another way in the time left.
    @Test func aSearchWithoutASolutionByItsFirstSolutionTimeGivesUp() {
        var model = Model()
        let items = (0..<40).map { model.addVariable(.binary, name: "x\($0)") }
        model.addConstraint(LinearExpression(terms: items.map { ($0, 2) }) <= 41, name: "odd capacity")
        model.minimise(LinearExpression(terms: items.map { ($0, 2) }), weight: -1)
        var options = SolveOptions(timeLimit: 30)
        options.firstSolutionWithin = 1e-9
        let started = Date()
        let result = GLPKSolver(options: options).solve(model)
        #expect(result.status == .noSolution(.timeLimit))
        #expect(!result.hasSolution)
        #expect(Date().timeIntervalSince(started) < 10)
    }
}

@Suite struct GLPKErrorTests {
    /// Return codes become errors with a sentence; the codes of a stop are no error.
    @Test func returnCodesBecomeSentences() {
        #expect(GLPKError(code: 0) == nil)
        #expect(GLPKError(code: 0x09) == nil)  // GLP_ETMLIM
        #expect(GLPKError(code: 0x0D) == nil)  // GLP_ESTOP
        #expect(GLPKError(code: 0x0E) == nil)  // GLP_EMIPGAP
        #expect(GLPKError(code: 0x02) == .singularBasis)
        #expect(GLPKError(code: 0x0C) == .noOptimalRelaxation)
        #expect(GLPKError(code: 0x7F) == .unknownCode(0x7F))
        #expect(GLPKError.illConditionedBasis.description.contains("numerical trouble"))
    }
}

/// `GLPKSolver.write` writes the model GLPK solves: read back, it has the same optimum.
@Suite struct ModelFileTests {
    private func assignment() -> Model {
        let cost: [[Double]] = [[4, 1, 3], [2, 0, 5], [3, 2, 2]]
        var model = Model()
        let assign = (0..<3).map { worker in (0..<3).map { job in model.addVariable(.binary, name: "x[\(worker), \(job)]") } }
        for index in 0..<3 {
            model.addConstraint(LinearExpression.sum(assign[index]) == 1, name: "worker \(index)")
            model.addConstraint(LinearExpression.sum(assign.map { $0[index] }) == 1, name: "job \(index)")
        }
        // Two rows with one name: the file still names each row once.
        model.addConstraint(LinearExpression.sum(assign[0]) <= 1, name: "worker 0")
        for worker in 0..<3 {
            for job in 0..<3 { model.minimise(cost[worker][job] * assign[worker][job]) }
        }
        model.minimise(LinearExpression(terms: [], constant: 7))
        return model
    }

    @Test(arguments: ModelFileFormat.allCases)
    func aWrittenModelReadsBackWithTheSameOptimum(format: ModelFileFormat) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID()).\(format.rawValue)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GLPKSolver.write(assignment(), to: path, format: format)
        let problem = try #require(GLPKProblem(reading: path, format: format))
        #expect(problem.columnCount == 9 && problem.rowCount == 7)
        let result = GLPKSolver().solve(problem, started: Date())
        #expect(result.status == .optimal)
        // GLPK's CPLEX LP writer leaves the objective's constant out; free MPS keeps it.
        #expect(result.objectiveValue == (format == .freeMPS ? 12 : 5))
    }

    @Test func theFormatFollowsTheExtension() {
        #expect(ModelFileFormat(fileName: "out/model.MPS") == .freeMPS)
        #expect(ModelFileFormat(fileName: "model.lp") == .cplexLP)
        #expect(ModelFileFormat(fileName: "model.txt") == nil)
        #expect(ModelFileFormat(fileName: "folder.lp/model") == nil)
    }

    @Test func anUnwritablePathIsAnError() {
        #expect(throws: GLPKError.fileNotWritten("/nonexistent-folder/model.mps")) {
            try GLPKSolver.write(assignment(), to: "/nonexistent-folder/model.mps", format: .freeMPS)
        }
    }
}
