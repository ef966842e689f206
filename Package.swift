// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Parlance",
    products: [
        .library(name: "Parlance", targets: ["ParlanceReplies", "ParlanceText", "ParlanceMessages", "ParlanceReview", "ParlanceEval"]),
        .executable(name: "parlance", targets: ["parlance"]),
        .executable(name: "parlance-bench", targets: ["parlance-bench"]),
        .executable(name: "parlance-render-bench", targets: ["parlance-render-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The only code that includes ICU headers (Debian's libicu-dev, ICU 72).
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // Swift types over the shim: folding, word breaks, transliteration, spellout, locale data.
        .target(name: "ParlanceText", dependencies: ["CICU"], swiftSettings: strict),
        // Lexicons and the reply classifier. `Lexicons` is a link to the top-level folder.
        .target(
            name: "ParlanceReplies",
            dependencies: ["ParlanceText"],
            exclude: ["Lexicons/README.md"],
            resources: [.embedInCode("Lexicons")],
            swiftSettings: strict
        ),
        // SMS encoding and segments, templates rendered with ICU MessageFormat, template checks.
        // `Templates` is a link to the top-level folder.
        .target(
            name: "ParlanceMessages",
            dependencies: ["ParlanceText", "ParlanceReplies"],
            resources: [.embedInCode("GSMTables")],
            swiftSettings: strict
        ),
        // Reviewers' approvals bound to the exact text (SHA-256 digests), findings, word diffs.
        .target(
            name: "ParlanceReview",
            dependencies: ["ParlanceMessages", "ParlanceReplies", "ParlanceText", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Labelled corpora, metrics, intervals and reports for `parlance eval`.
        .target(name: "ParlanceEval", dependencies: ["ParlanceReplies"], swiftSettings: strict),
        .executableTarget(
            name: "parlance",
            dependencies: [
                "ParlanceReplies",
                "ParlanceEval",
                "ParlanceMessages",
                "ParlanceReview",
                "ParlanceText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "parlance-bench", dependencies: ["ParlanceReplies"], swiftSettings: strict),
        .executableTarget(name: "parlance-render-bench", dependencies: ["ParlanceMessages"], swiftSettings: strict),
        .testTarget(name: "ParlanceTextTests", dependencies: ["ParlanceText"], swiftSettings: strict),
        .testTarget(name: "ParlanceRepliesTests", dependencies: ["ParlanceReplies"], swiftSettings: strict),
        .testTarget(name: "ParlanceEvalTests", dependencies: ["ParlanceEval"], swiftSettings: strict),
        .testTarget(name: "ParlanceCLITests", dependencies: ["parlance"], swiftSettings: strict),
        .testTarget(name: "ParlanceMessagesTests", dependencies: ["ParlanceMessages", "ParlanceText", "ParlanceReplies"], swiftSettings: strict),
        .testTarget(name: "ParlanceReviewTests", dependencies: ["ParlanceReview", "ParlanceMessages", "ParlanceReplies"], swiftSettings: strict),
    ]
)
