import Foundation
import Testing
import VitrineTemplates

/// The official Mustache spec (github.com/mustache/spec, MIT licence, Fixtures/spec/LICENSE):
/// every test of the files the templates' language covers, with the data as dynamic objects.
@Suite struct MustacheSpecTests {
    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]
    static let entry = "__spec_template__"

    @Test(arguments: files)
    func specFile(_ name: String) throws {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/spec/\(name).json")
        let spec = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        var passed = 0
        for test in spec.tests {
            var sources = test.partials ?? [:]
            sources[Self.entry] = test.template
            // The spec renders an unknown partial as nothing ("Failed Lookup").
            let library = TemplateLibrary(sources: sources, unknownPartials: .renderNothing)
            #expect(library.loadDiagnostics.isEmpty, "\(name) – \(test.name): \(library.loadDiagnostics)")
            let output = try library.render(test.data.dictionary, template: Self.entry)
            #expect(output == test.expected, "\(name) – \(test.name)")
            if output == test.expected { passed += 1 }
        }
        print("Mustache spec \(name): \(passed)/\(spec.tests.count) passed")
    }
}
