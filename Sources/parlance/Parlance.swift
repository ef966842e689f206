import ArgumentParser

@main
struct Parlance: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parlance",
        abstract: "Two-way SMS language work for healthcare: understand patients' replies in their languages.",
        version: "0.1.0",
        subcommands: [Classify.self, Segments.self, Render.self, Templates.self, Review.self, Eval.self]
    )
}
