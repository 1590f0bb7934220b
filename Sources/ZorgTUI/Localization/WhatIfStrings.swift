/// The texts of "Wat als" (WhatIfScreen).
enum WhatIfText: String, CatalogText {
    static let catalogSection = "whatIf"
    case changed, noChange, certain, possible, sideBySide, nothingSaved, chooseMember, lastMember, onlyScenario
    case keyEdit, keyRemove, hintRemove, keyNew, hintNew, keyNext, hintNext, keyDrop, keyBack, keyDossier
}

/// What if's texts with values.
enum WhatIfTemplate: String, CatalogTemplate {
    static let catalogSection = "whatIf"
    case title, scenarioHeading, beforeAfter, removed
}

extension Strings {
    func whatIf(_ key: WhatIfText) -> String { text(key) }

    func whatIfTitle(_ id: String, name: String) -> String { fill(WhatIfTemplate.title, ["id": id, "name": name]) }

    func whatIfScenarioHeading(_ n: Int, of count: Int) -> String {
        fill(WhatIfTemplate.scenarioHeading, ["n": n, "count": count])
    }

    func whatIfBeforeAfter(_ day: String) -> String { fill(WhatIfTemplate.beforeAfter, ["day": day]) }

    func whatIfRemoved(_ name: String) -> String { fill(WhatIfTemplate.removed, ["name": name]) }
}
