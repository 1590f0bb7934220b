/// Districts (wijken) of Genk with plausible street names, and the energy suppliers a household may have.
struct District: Sendable {
    let name: String
    let streets: [String]
}

enum GenkAddresses {
    static let districts: [District] = [
        District(name: "Centrum", streets: ["Hoogstraat", "Vennestraat", "Molenstraat", "Europalaan", "Rozenkranslaan"]),
        District(name: "Winterslag", streets: ["Evence Coppéelaan", "Winterslagstraat", "Noordlaan", "Lindestraat", "Oudestraat"]),
        District(name: "Waterschei", streets: ["Stalenstraat", "André Dumontlaan", "Vogelzangstraat", "Onderwijslaan"]),
        District(name: "Zwartberg", streets: ["Weg naar Zwartberg", "Zwartbergplein", "Kruisstraat", "Mijnwerkerslaan"]),
        District(name: "Kolderbos", streets: ["Kolderbosstraat", "Kolderbosplein", "Ringlaan"]),
        District(name: "Sledderlo", streets: ["Sledderloweg", "Heiweg"]),
        District(name: "Nieuw-Sledderlo", streets: ["Tulpenstraat", "Rozenstraat", "Irisstraat"]),
        District(name: "Bret-Gelieren", streets: ["Bret", "Gelierenlaan", "Bretstraat"]),
        District(name: "Boxbergheide", streets: ["Boxbergstraat", "Heidestraat", "Sint-Jansstraat"]),
        District(name: "Termien", streets: ["Termienlaan", "Hasseltweg"]),
        District(name: "Langerlo", streets: ["Langerlostraat", "Kanaalweg"]),
        District(name: "Hoevenzavel", streets: ["Hoevenzavellaan", "Zavelstraat"]),
        District(name: "Camerlo", streets: ["Camerlostraat", "Bokrijkstraat"]),
    ]

    /// `Fluvius` is the network operator acting as social supplier.
    static let suppliers = ["Engie", "Luminus", "Eneco", "TotalEnergies", "Mega", "Bolt", "Fluvius"]
    static let supplierWeights = [30, 28, 14, 8, 6, 4, 4]

    /// Postcodes of caregivers who live elsewhere: Genk, Hasselt, Zonhoven, As, Maasmechelen, Antwerpen, Luik.
    static let caregiverPostcodes = ["3600", "3600", "3500", "3520", "3665", "3630", "2000", "4000"]
}
