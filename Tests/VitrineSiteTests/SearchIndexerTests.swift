import Dispatch
import Foundation
import Testing
@testable import VitrineSite

/// `SearchIndexer` against the real Pagefind (`make venv` installs it into `.venv` before
/// `make unit` runs) and against fake executables that fail in the ways Pagefind can.
@Suite struct SearchIndexerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pagefindPath = packageRoot.appendingPathComponent(".venv/bin/pagefind").path

    let records = [
        SearchRecord(url: "/kaarten/armoede/", content: "Werkende armen combineren \"twee\" banen.\nZe hebben weinig tijd voor scholing.",
                     language: "nl", meta: ["title": "Kaart: werkende armen"],
                     filters: ["Type": ["Kaarten"], "Thema": ["Armoede", "Werk"]]),
        SearchRecord(url: "/kaarten/scholing/", content: "Scholing op de werkvloer werkt beter dan een cursus in de avond.",
                     language: "nl", meta: ["title": "Kaart: leren op de werkvloer"],
                     filters: ["Type": ["Kaarten"], "Thema": ["Scholing"]], sort: ["datum": "2023-06-07"]),
        SearchRecord(url: "/conclusies/een/", content: "Gemeenten bereiken werkenden slecht; werkgevers wel.",
                     language: "nl", meta: ["title": "Conclusie één"],
                     filters: ["Type": ["Conclusies"], "Thema": ["Werk"]], sort: ["datum": "2020-11-01"]),
    ]

    // MARK: - Through the real Pagefind

    @Test func writesABundleWithFragmentsFiltersAndIndex() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("pagefind")
        // Positions 1 and 3 are pages without a record; the rest arrive out of order.
        let summary = try index([records[0], nil, records[1], nil, records[2]], arrival: [4, 1, 0, 3, 2], into: bundle)

        #expect(summary.records == 3)
        #expect(summary.words > 20)
        #expect(summary.files.map(\.path) == summary.files.map(\.path).sorted())
        #expect(summary.files.allSatisfy { !$0.bytes.isEmpty })

        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("pagefind-entry.json"))) as? [String: Any]
        let languages = try #require(entry?["languages"] as? [String: Any])
        #expect(Array(languages.keys) == ["nl"])
        #expect((languages["nl"] as? [String: Any])?["page_count"] as? Int == 3)
        #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("pagefind.js").path))
        #expect(try files(in: bundle, "index").count >= 1)
        // One filter file per filter name (Type, Thema).
        #expect(try files(in: bundle, "filter").count == 2)

        let fragments = try files(in: bundle, "fragment").map { try fragment(bundle.appendingPathComponent("fragment/\($0)")) }
        #expect(fragments.count == 3)
        let card = try #require(fragments.first { $0["url"] as? String == "/kaarten/armoede/" })
        #expect((card["meta"] as? [String: String])?["title"] == "Kaart: werkende armen")
        #expect((card["filters"] as? [String: [String]])?["Thema"] == ["Armoede", "Werk"])
        #expect((card["content"] as? String)?.contains("Ze hebben weinig tijd voor scholing.") == true)
    }

    /// Records arrive from many threads in any order; Pagefind still gets them in page order.
    /// Its word index numbers pages in that order, so it shows any slip; filter files (and the
    /// meta file and entry naming them) are not compared: Pagefind 1.5.2 writes their values
    /// in hash-map order, different on every run even for the same requests.
    @Test func indexDoesNotDependOnArrivalOrder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var many: [SearchRecord] = []
        for number in 0..<40 {
            var record = records[number % 3]
            record.url = "/kaarten/\(number)/"
            record.content += " Nummer \(number)."
            many.append(record)
        }
        let first = folder.appendingPathComponent("first"), second = folder.appendingPathComponent("second")
        _ = try index(many, arrival: Array(0..<40), into: first)
        _ = try index(many, arrival: Array((0..<40).reversed()), into: second, concurrently: true)
        for folder in ["index", "fragment"] {
            let (one, other) = (try contents(of: first.appendingPathComponent(folder)), try contents(of: second.appendingPathComponent(folder)))
            #expect(!one.isEmpty)
            #expect(one == other, "\(folder)/ differs")
        }
    }

    @Test func finishGivesTheBundleOnce() throws {
        let indexer = try SearchIndexer.start(Pagefind(executable: Self.pagefindPath)).get()
        indexer.add(records[0], at: 0)
        let bundle = try indexer.finish().get()
        #expect(bundle.files.contains { $0.path == "pagefind-entry.json" })
        #expect(indexer.finish() == .failure(.alreadyFinished))
    }

    @Test func aBundleFileOutsideTheBundleIsUnreadable() throws {
        for path in ["../site.css", "/etc/passwd", "fragment//a", "./a", "fragment/.."] {
            let files = FakePagefind.frame(#"{"message_id":2,"payload":{"type":"GetFiles","files":[{"path":"pagefind.js","content":"YQ=="},{"path":"\#(path)","content":"YQ=="}]}}"#)
            // Answers once the request for the files has come (the second comma on its input).
            let fake = try FakePagefind("""
                printf '%s' '\(FakePagefind.newIndexAnswer)'
                n=0; while [ $n -lt 2 ]; do [ "$(dd bs=1 count=1 2>/dev/null)" = "," ] && n=$((n+1)); done
                printf '%s' '\(files)'
                exec cat > /dev/null
                """)
            defer { fake.remove() }
            let indexer = try SearchIndexer.start(fake.pagefind).get()
            #expect(indexer.finish() == .failure(.unreadableResponse("a bundle file at '\(path)'")), "\(path)")
        }
    }

    // MARK: - Failures as values

    @Test func noBinaryIsNotInstalled() {
        #expect(SearchIndexer.start(nil).failure == .notInstalled)
        let missing = SearchIndexer.start(Pagefind(executable: "/nonexistent/pagefind")).failure
        guard case .cannotLaunch = missing else {
            Issue.record("expected cannotLaunch, got \(String(describing: missing))")
            return
        }
    }

    @Test func aPagefindThatExitsAtOnceFailsAtStart() throws {
        let fake = try FakePagefind("echo 'not pagefind' >&2\nexit 3")
        defer { fake.remove() }
        #expect(SearchIndexer.start(fake.pagefind).failure == .exited(status: 3, output: "not pagefind"))
    }

    /// Dies after its first answer while records are still being written: `finish` reports
    /// the exit (no hang, no SIGPIPE for the writer).
    @Test func aPagefindThatDiesMidwayDoesNotHang() throws {
        let fake = try FakePagefind("printf '%s' '\(FakePagefind.newIndexAnswer)'\nhead -c 3000 > /dev/null\necho 'crashed' >&2\nexit 7")
        defer { fake.remove() }
        let started = ContinuousClock.now
        let indexer = try SearchIndexer.start(fake.pagefind).get()
        let long = String(repeating: "tekst ", count: 1000)
        DispatchQueue.concurrentPerform(iterations: 300) { position in
            indexer.add(SearchRecord(url: "/\(position)/", content: long, language: "nl"), at: position)
        }
        let result = indexer.finish()
        #expect(result.failure == .exited(status: 7, output: "crashed"))
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func anErrorAnswerIsAFailureWithItsMessage() throws {
        let error = FakePagefind.frame(#"{"message_id":2,"payload":{"type":"Error","message":"Invalid index","original_message":null}}"#)
        let fake = try FakePagefind("printf '%s' '\(FakePagefind.newIndexAnswer)\(error)'\nexec cat > /dev/null")
        defer { fake.remove() }
        let indexer = try SearchIndexer.start(fake.pagefind).get()
        indexer.add(records[0], at: 0)
        #expect(indexer.finish().failure
                == .rejected(message: "Invalid index", originalMessage: nil))
    }

    @Test func aSilentPagefindTimesOut() throws {
        let fake = try FakePagefind("exec sleep 30")
        defer { fake.remove() }
        let started = ContinuousClock.now
        let result = SearchIndexer.start(fake.pagefind, configuration: SearchIndexConfiguration(stallTimeout: 0.5))
        #expect(result.failure == .unresponsive(seconds: 0.5))
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    // MARK: - The parts

    @Test func requestsAreEncodedWithSortedKeysAndEscapes() {
        let record = SearchRecord(url: "/a/", content: "say \"hi\"\n\u{1}\\ één", language: "nl",
                                  meta: ["title": "T", "image": "/i.png"], filters: ["Z": ["2", "1"], "A": []])
        let json = String(decoding: PagefindRequest.addRecord(record, indexID: 0).payload, as: UTF8.self)
        #expect(json == #"{"content":"say \"hi\"\n\u0001\\ één","filters":{"A":[],"Z":["2","1"]},"index_id":0,"language":"nl","meta":{"image":"/i.png","title":"T"},"type":"AddRecord","url":"/a/"}"#)
        #expect(String(decoding: PagefindRequest.newIndex(forceLanguage: "nl", includeCharacters: nil, keepIndexURL: false).payload, as: UTF8.self)
                == #"{"config":{"force_language":"nl"},"type":"NewIndex"}"#)
        let frame = PagefindRequest.frame(messageID: 7, payload: Array(#"{"type":"X"}"#.utf8))
        #expect(frame.last == UInt8(ascii: ","))
        #expect(Data(base64Encoded: Data(frame.dropLast())).map { String(decoding: $0, as: UTF8.self) } == #"{"message_id":7,"payload":{"type":"X"}}"#)
    }

    @Test func sequencerReleasesRecordsInPositionOrder() {
        var sequencer = RecordSequencer()
        #expect(sequencer.place([2], at: 2) == [])
        #expect(sequencer.place(nil, at: 1) == [])
        #expect(sequencer.place([0], at: 0) == [[0], [2]])
        #expect(sequencer.place([9], at: 0) == [])  // used already
        #expect(sequencer.place([5], at: 5) == [])
        #expect(sequencer.place([4], at: 4) == [])
        #expect(sequencer.drain() == [[4], [5]])
    }

    // MARK: - Helpers

    /// Indexes `records[i]` at position i (nil: skipped), handing them over in `arrival` order.
    private func index(_ records: [SearchRecord?], arrival: [Int], into bundle: URL, concurrently: Bool = false) throws -> SearchBundle {
        #expect(FileManager.default.isExecutableFile(atPath: Self.pagefindPath), "run `make venv` first: it installs Pagefind")
        let indexer = try SearchIndexer.start(Pagefind(executable: Self.pagefindPath),
                                              configuration: SearchIndexConfiguration(forceLanguage: "nl")).get()
        let handOver: @Sendable (Int) -> Void = { turn in
            let position = arrival[turn]
            if let record = records[position] { indexer.add(record, at: position) } else { indexer.skip(position) }
        }
        if concurrently {
            DispatchQueue.concurrentPerform(iterations: arrival.count, execute: handOver)
        } else {
            arrival.indices.forEach(handOver)
        }
        let made = try indexer.finish().get()
        for file in made.files {
            let url = bundle.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        return made
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-indexer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func files(in bundle: URL, _ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: bundle.appendingPathComponent(folder).path).sorted()
    }

    /// Every file below `folder`, relative path → bytes.
    private func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let file = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: file)
            }
        }
        return result
    }

    /// A fragment is gzip of `pagefind_dcd` followed by the page's JSON.
    private func fragment(_ file: URL) throws -> [String: Any] {
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gunzip.arguments = ["-c", "gzip -dc < \"$0\"", file.path]
        let output = Pipe()
        gunzip.standardOutput = output
        try gunzip.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        gunzip.waitUntilExit()
        let signature = Data("pagefind_dcd".utf8)
        #expect(data.prefix(signature.count) == signature)
        return try #require(try JSONSerialization.jsonObject(with: data.dropFirst(signature.count)) as? [String: Any])
    }
}

/// A shell script standing in for Pagefind.
private struct FakePagefind {
    let path: String
    var pagefind: Pagefind { Pagefind(executable: path) }

    static let newIndexAnswer = frame(#"{"message_id":1,"payload":{"type":"NewIndex","index_id":0}}"#)

    static func frame(_ json: String) -> String { Data(json.utf8).base64EncodedString() + "," }

    init(_ body: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("fake-pagefind-\(UUID().uuidString)").path
        // Like Pagefind, it speaks only once the first request has arrived: a fake that answered
        // before being asked would race the client registering the request it awaits.
        try "#!/bin/sh\nhead -c 1 > /dev/null\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
