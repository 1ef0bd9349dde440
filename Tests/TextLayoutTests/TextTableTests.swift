import Testing
import TextLayout

@Suite struct TextTableTests {
    static let columns: [TextTable.Column] = [
        .init("Nr", alignment: .right),
        .init("Tiltak"),
        .init("Ansvar", maxWidth: 16),
        .init("Status", maxWidth: 10, overflow: .truncate),
    ]

    static let rows: [[String]] = [
        [
            "1.1", "Etablere eit næringsforum for heile Hallingdal med årlege samlingar",
            "Regionrådet for Hallingdal", "✅ Ferdig",
        ],
        ["1.2", "Samarbeid med 日本語の自治体 om reiseliv og kultur", "Ål kommune", "🇳🇴 Pågår i 2025"],
        ["12.10", "Kartleggje 한국어 marknader", "Næringssjefen i Gol", "👨‍👩‍👧 Planlagt"],
        ["2", "Kort", "", ""],
    ]

    @Test func rendersSnapshot() {
        let table = TextTable(columns: Self.columns)
        let lines = table.renderLines([
            ["1", "Etablere næringsforum", "Regionrådet for Hallingdal", "✅ Ferdig"],
            ["12", "日本語の説明\nNy linje", "Ål", "Pågår i 2025"],
        ])
        #expect(
            lines == [
                "Nr  Tiltak                 Ansvar            Status",
                "--  ---------------------  ----------------  ----------",
                " 1  Etablere næringsforum  Regionrådet for   ✅ Ferdig",
                "                           Hallingdal",
                "12  日本語の説明           Ål                Pågår i 2…",
                "    Ny linje",
            ])
    }

    @Test func linesAlignWithNorwegianCJKAndEmoji() throws {
        let table = TextTable(columns: Self.columns, maxWidth: 60)
        let widths = table.columnWidths(for: Self.rows)
        let starts = table.columnStarts(for: widths)
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        #expect(total == 60)
        // The wrapping columns gave way; the truncating one kept its width.
        #expect(widths[3] == 10)
        #expect(
            starts == [0, widths[0] + 2, widths[0] + widths[1] + 4, widths[0] + widths[1] + widths[2] + 6])

        let lines = table.renderLines(Self.rows)
        #expect(lines.count > Self.rows.count + 2)
        for line in lines {
            #expect(line.displayWidth <= total, "\(line)")
            #expect(line.last != " ", "trailing space in \(line)")
            // Padded back to the full width, every line is laid out on the same grid: no
            // character straddles a column start and the gaps are blank.
            let padded = line.padded(to: total)
            #expect(padded.displayWidth == total)
            for (index, start) in starts.enumerated() {
                let cell = try #require(slice(padded, from: start, width: widths[index]), "\(line)")
                #expect(cell.displayWidth == widths[index])
                if index > 0 {
                    #expect(
                        slice(padded, from: start - 2, width: 2) == "  ",
                        "gap before column \(index): \(line)")
                }
            }
        }

        // Each row's cells start exactly at their column's start.
        let expectations: [(text: String, column: Int)] = [
            ("Etablere", 1), ("Regionrådet", 2), ("✅ Ferdig", 3),
            ("Samarbeid", 1), ("Ål kommune", 2), ("🇳🇴 Pågår", 3),
            ("Kartleggje", 1), ("Næringssjefen", 2), ("👨‍👩‍👧 Planla…", 3),
        ]
        for (text, column) in expectations {
            let line = try #require(lines.first { $0.contains(text) }, "no line with \(text)")
            #expect(displayColumn(of: text, in: line) == starts[column], "\(text) in \(line)")
        }
        // The right-aligned numbers end where their column ends.
        for number in ["1.1", "1.2", "12.10"] {
            let line = try #require(
                lines.first { $0.hasPrefix(number) || $0.hasPrefix(" ") && $0.contains(number) })
            #expect(displayColumn(of: number, in: line).map { $0 + number.count } == widths[0], "\(line)")
        }
        // CJK and Hangul text wrapped inside the Tiltak column.
        #expect(lines.contains { $0.contains("日本語") })
        #expect(lines.contains { $0.contains("한국어") })
        #expect(
            lines.prefix(4) == [
                "   Nr  Tiltak                   Ansvar            Status",
                "-----  -----------------------  ----------------  ----------",
                "  1.1  Etablere eit             Regionrådet for   ✅ Ferdig",
                "       næringsforum for heile   Hallingdal",
            ])
    }

    @Test func shrinksWidestWrapColumnFirst() {
        let table = TextTable(
            columns: [.init("A"), .init("B"), .init("C", overflow: .truncate)], maxWidth: 30)
        let rows = [["kort tekst", String(repeating: "lang tekst ", count: 4), "ikkje kutta her"]]
        let widths = table.columnWidths(for: rows)
        // B (43 wide) narrows to A's 10 first, then both share what the truncating C leaves.
        #expect(widths == [6, 5, 15])
        #expect(widths.reduce(0, +) + 4 == 30)
    }

    @Test func respectsMinimumWidthsWhenItCannotFit() {
        let table = TextTable(
            columns: [.init("Tittel", minWidth: 20), .init("Tekst", minWidth: 20)], maxWidth: 30)
        let widths = table.columnWidths(for: [["a", "b"]])
        #expect(widths == [20, 20])
        let lines = table.renderLines([["a", "b"]])
        #expect(lines[2] == "a                     b")
    }

    @Test func neutralisesControlCharactersInCells() {
        let table = TextTable(columns: [.init("Namn", overflow: .truncate), .init("Merknad")])
        let lines = table.renderLines([["\u{1B}[31mRaud\u{202E}", "linje ein\nlinje to"]])
        #expect(lines[2] == "␛[31mRaud  linje ein")
        #expect(lines[3] == "           linje to")
        #expect(!lines.joined().contains("\u{1B}"))
    }

    @Test func missingCellsAreBlankAndHeaderCanBeHidden() {
        let table = TextTable(
            columns: [.init("A"), .init("B", alignment: .centre)], columnGap: 3, headerSeparator: nil,
            showsHeader: false)
        #expect(table.renderLines([["x"], ["yy", "z", "ignored"]]) == ["x", "yy   z"])
        #expect(table.render([["x", "b"]]) == "x   b")
    }
}

/// The display column (0-based) at which `text` first occurs in `line`.
func displayColumn(of text: String, in line: String) -> Int? {
    guard let range = line.firstRange(of: text) else { return nil }
    return line[..<range.lowerBound].displayWidth
}

/// The characters of `line` that occupy display columns `start ..< start + width`, or nil if a
/// character straddles either edge.
func slice(_ line: String, from start: Int, width: Int) -> String? {
    var column = 0
    var result = ""
    for character in line {
        let characterWidth = character.displayWidth
        if column >= start, column + characterWidth <= start + width {
            if column == start + width, characterWidth == 0 {
                break
            }
            result.append(character)
        } else if column < start, column + characterWidth > start {
            return nil
        } else if column < start + width, column + characterWidth > start + width {
            return nil
        }
        column += characterWidth
    }
    return result.displayWidth == width ? result : nil
}
