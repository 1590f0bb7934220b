/// The language of import reports: Dutch by default, English on request (`--lang en`).
public enum ImportLanguage: String, Sendable, Hashable, Codable {
    case nl, en
}

/// A problem or warning found while reading a client list, located as precisely as it can be.
/// `value` is already masked when it is personal data (national numbers, names, birth dates).
public struct ImportIssue: Sendable, Hashable {
    public var file: String
    public var line: Int?
    public var column: String?
    public var value: String?
    public var dossier: String?
    public var reason: ImportReason

    public init(file: String, line: Int? = nil, column: String? = nil, value: String? = nil, dossier: String? = nil,
                reason: ImportReason) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.dossier = dossier
        self.reason = reason
    }

    /// `klanten.csv:12: kolom rijksregisternummer, waarde "85.07.30-***.**": ongeldig controlegetal`
    public func message(language: ImportLanguage = .nl) -> String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": "
        var where_: [String] = []
        if let dossier { where_.append("dossier " + dossier) }
        if let column { where_.append((language == .nl ? "kolom " : "column ") + column) }
        if let value { where_.append((language == .nl ? "waarde " : "value ") + "\"\(value)\"") }
        if !where_.isEmpty { s += where_.joined(separator: ", ") + ": " }
        return s + reason.text(language: language)
    }

    /// The reason with its column, without file, line or value: `kolom geboortedatum: geen geldige datum`.
    public func shortMessage(language: ImportLanguage = .nl) -> String {
        guard let column else { return reason.text(language: language) }
        return (language == .nl ? "kolom " : "column ") + column + ": " + reason.text(language: language)
    }
}

/// Why a file, a row or a dossier was refused, or what a warning is about.
public enum ImportReason: Error, Sendable, Hashable {
    // Structural: the file cannot be read.
    case emptyFile
    case unterminatedQuote(openedOnLine: Int)
    case undetectableDelimiter
    case unsupportedSeparatorLine(String)
    case missingRequiredColumn(String)
    case duplicateColumn(String, first: String, second: String)
    // Value errors: the row (or its dossier) is rejected.
    case missingRequiredValue
    case invalidDossierNumber
    case notADate
    case notAnAmount
    case tooManyDecimals
    case negativeAmount
    case amountTooLarge
    case controlCharacter
    case tooManyMembers(Int)
    /// The stored dossier of this number shares no person with the file's rows: two households, one number
    /// (numbers are also made at the desk since `zorg new`).
    case numberConflict(storedMembers: Int)
    case notAWholeNumber
    case outOfRange(ClosedRange<Int>)
    case notABoolean
    case unknownCode(String, allowed: [String])
    case noneNotAlone
    case duplicateListItem(String)
    case nationalNumberLength(Int)
    case nationalNumberNotDigits
    case nationalNumberChecksum
    case nationalNumberDate
    case notAPostcode
    case notAProblem(String)
    case notASlot(String)
    case notALanguage(String)
    case moreFieldsThanHeader(Int)
    case householdConflict(column: String, lines: [Int])
    case dossierRejected(becauseOfLine: Int)
    case samePersonTwiceInDossier(firstLine: Int)
    case sameVolunteerTwice(firstLine: Int)
    case allOrNothing
    // Warnings: the row is imported.
    case unknownColumn
    case leadingZerosRestored
    case birthDateDisagrees
    case questionMarkInName
    case storedMemberAbsent(position: Int)
    case personInSeveralDossiers([String])

    /// The reason as a message about a file may say it: an item that is not a code of the column's vocabulary by
    /// its shape only (`CellText.shape`; a shifted column can put a birth date anywhere).
    func masked(for column: Column) -> ImportReason {
        var vocabulary: Set<String> = []
        switch column.kind {
        case .code(let codes), .codeList(let codes): vocabulary = Set(codes)
        default: break
        }
        func shown(_ item: String) -> String { vocabulary.contains(ValueParser.code(item)) ? item : CellText.shape(item) }
        switch self {
        case .unknownCode(let item, let allowed): return .unknownCode(shown(item), allowed: allowed)
        case .notALanguage(let item): return .notALanguage(shown(item))
        case .notASlot(let item): return .notASlot(shown(item))
        case .notAProblem(let item): return .notAProblem(shown(item))
        default: return self
        }
    }

    public var isWarning: Bool {
        switch self {
        case .unknownColumn, .leadingZerosRestored, .birthDateDisagrees, .questionMarkInName, .storedMemberAbsent,
             .personInSeveralDossiers: return true
        default: return false
        }
    }

    public func text(language: ImportLanguage = .nl) -> String {
        let nl = language == .nl
        switch self {
        case .emptyFile: return nl ? "het bestand is leeg" : "the file is empty"
        case .unterminatedQuote(let l):
            return nl ? "een veld tussen aanhalingstekens, geopend op regel \(l), wordt niet gesloten"
                      : "a quoted field opened on line \(l) is never closed"
        case .undetectableDelimiter:
            return nl ? "scheidingsteken niet te bepalen uit de kopregel (verwacht ; of ,)"
                      : "cannot tell the delimiter from the header line (expected ; or ,)"
        case .unsupportedSeparatorLine(let s):
            return nl ? "sep=\(s): alleen ; of , is toegelaten" : "sep=\(s): only ; or , is allowed"
        case .missingRequiredColumn(let c):
            return nl ? "verplichte kolom \(c) ontbreekt" : "required column \(c) is missing"
        case .duplicateColumn(let c, let a, let b):
            return nl ? "kolom \(c) staat twee keer in de kopregel (\(a) en \(b))"
                      : "column \(c) appears twice in the header (\(a) and \(b))"
        case .missingRequiredValue: return nl ? "verplichte waarde ontbreekt" : "required value is missing"
        case .invalidDossierNumber:
            return nl ? "geen geldig dossiernummer (1–32 letters, cijfers, . _ / -, beginnend met letter of cijfer)"
                      : "not a valid case number (1–32 letters, digits, . _ / -, starting with a letter or digit)"
        case .notADate: return nl ? "geen geldige datum (dd-mm-jjjj)" : "not a valid date (dd-mm-yyyy)"
        case .notAnAmount: return nl ? "geen bedrag" : "not an amount"
        case .tooManyDecimals: return nl ? "meer dan twee decimalen" : "more than two decimals"
        case .negativeAmount: return nl ? "negatief bedrag" : "negative amount"
        case .tooManyMembers(let n):
            return nl ? "het dossier zou \(n) leden hebben, meer dan \(FactBounds.members) (staat de dossierkolom doorgetrokken?)"
                      : "the case would have \(n) members, more than \(FactBounds.members) (is the case column filled down?)"
        case .numberConflict(let n):
            return nl ? "het bewaarde dossier met dit nummer (\(n) leden) deelt geen enkele persoon met deze rijen: twee "
                        + "verschillende huishoudens met één nummer; niets van dit dossier is ingelezen (geef het een ander "
                        + "nummer, of registreer het met zorg new)"
                      : "the stored case with this number (\(n) members) shares no person with these rows: two different "
                        + "households with one number; nothing of this case was imported (give it another number, or "
                        + "register it with zorg new)"
        case .controlCharacter:
            return nl ? "bevat een stuurteken (zoals ESC); alleen gewone tekst is toegelaten"
                      : "holds a control character (such as ESC); only plain text is allowed"
        case .amountTooLarge:
            return nl ? "bedrag boven € 9.999.999,99 (een verschoven kolom?)" : "amount above € 9,999,999.99 (a shifted column?)"
        case .notAWholeNumber: return nl ? "geen geheel getal" : "not a whole number"
        case .outOfRange(let r):
            return nl ? "buiten het bereik \(r.lowerBound)–\(r.upperBound)" : "outside the range \(r.lowerBound)–\(r.upperBound)"
        case .notABoolean:
            return nl ? "geen ja/nee-waarde (ja, nee, j, n, yes, no, waar, onwaar, 1, 0)"
                      : "not a yes/no value (ja, nee, j, n, yes, no, waar, onwaar, 1, 0)"
        case .unknownCode(let c, let allowed):
            let list = allowed.count <= 12 ? allowed.joined(separator: ", ") : allowed.prefix(12).joined(separator: ", ") + ", …"
            return nl ? "onbekende code \(c) (toegelaten: \(list))" : "unknown code \(c) (allowed: \(list))"
        case .noneNotAlone: return nl ? "geen moet alleen staan" : "geen (none) must stand alone"
        case .duplicateListItem(let c): return nl ? "\(c) staat twee keer in de lijst" : "\(c) appears twice in the list"
        case .nationalNumberLength(let n):
            return nl ? "rijksregisternummer heeft \(n) cijfers in plaats van 11" : "national number has \(n) digits instead of 11"
        case .nationalNumberNotDigits:
            return nl ? "rijksregisternummer bevat andere tekens dan cijfers, punten, streepjes en spaties"
                      : "national number holds characters other than digits, dots, dashes and spaces"
        case .nationalNumberChecksum: return nl ? "ongeldig controlegetal" : "invalid check digits"
        case .nationalNumberDate:
            return nl ? "rijksregisternummer bevat een onmogelijke geboortedatum" : "national number holds an impossible birth date"
        case .notAPostcode: return nl ? "geen postcode (4 cijfers)" : "not a postcode (4 digits)"
        case .notAProblem(let p):
            return nl ? "\(p) is geen probleem (domein[:ernst 1–3[:maanden]])" : "\(p) is not a problem (domain[:severity 1–3[:months]])"
        case .notASlot(let s):
            return nl ? "\(s) is geen tijdsblok (ma…zo met -vm, -nm of -av)" : "\(s) is not a time slot (ma…zo with -vm, -nm or -av)"
        case .notALanguage(let l):
            return nl ? "\(l) is geen taalcode (ISO 639-1, twee letters)" : "\(l) is not a language code (ISO 639-1, two letters)"
        case .moreFieldsThanHeader(let n):
            return nl ? "de rij heeft \(n) velden, meer dan de kopregel" : "the row has \(n) fields, more than the header"
        case .householdConflict(let c, let lines):
            let l = lines.map(String.init).joined(separator: ", ")
            return nl ? "gezinskolom \(c) heeft verschillende waarden op de regels \(l)"
                      : "household column \(c) has different values on lines \(l)"
        case .dossierRejected(let l):
            return nl ? "het dossier is afgewezen door regel \(l)" : "the case was rejected because of line \(l)"
        case .samePersonTwiceInDossier(let l):
            return nl ? "deze persoon staat al op regel \(l) in hetzelfde dossier" : "this person is already on line \(l) in the same case"
        case .sameVolunteerTwice(let l):
            return nl ? "deze vrijwilliger staat al op regel \(l)" : "this volunteer is already on line \(l)"
        case .allOrNothing:
            return nl ? "--all-or-nothing: er zijn afgewezen rijen, dus er wordt niets geïmporteerd"
                      : "--all-or-nothing: some rows were rejected, so nothing is imported"
        case .unknownColumn: return nl ? "onbekende kolom, genegeerd" : "unknown column, ignored"
        case .leadingZerosRestored:
            return nl ? "voorloopnullen aangevuld (het rekenblad had ze weggelaten)"
                      : "leading zeros restored (the spreadsheet had dropped them)"
        case .birthDateDisagrees:
            return nl ? "de geboortedatum in het rijksregisternummer verschilt van geboortedatum"
                      : "the birth date in the national number differs from birth_date"
        case .questionMarkInName:
            return nl ? "een ? in een naam staat meestal voor een letter die Windows-1252 niet kent (ń, ş, ğ, ı); een UTF-8-export houdt die namen heel"
                      : "a ? in a name usually stands for a letter Windows-1252 cannot hold (ń, ş, ğ, ı); a UTF-8 export keeps those names whole"
        case .storedMemberAbsent(let p):
            return nl ? "lid \(p) van het bewaarde dossier staat niet in het bestand en blijft behouden"
                      : "member \(p) of the stored case is not in the file and is kept"
        case .personInSeveralDossiers(let ids):
            return nl ? "deze persoon staat in meerdere dossiers: \(ids.joined(separator: ", "))"
                      : "this person is in several cases: \(ids.joined(separator: ", "))"
        }
    }
}
