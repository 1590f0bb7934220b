/// Name tables for demo households, by the origins found in Genk's population (Flemish, Italian, Turkish,
/// Moroccan, Polish, Greek, Spanish, Congolese). Made-up combinations; no real person is meant.
struct Origin: Sendable {
    let men: [String]
    let women: [String]
    let surnames: [String]
    /// Languages commonly spoken at home, the first being the most likely.
    let languages: [String]
    /// Relative share among demo households.
    let weight: Int
}

enum GenkNames {
    static let origins: [Origin] = [
        Origin(men: ["Jan", "Luc", "Marc", "Jozef", "Dirk", "Pieter", "Bart", "Kevin", "Stijn", "Wim", "Noël", "Jens", "Lars", "Koen", "Hubert"],
               women: ["An", "Els", "Maria", "Lutgarde", "Godelieve", "Sofie", "Lotte", "Kimberly", "Renée", "Hilde", "Marleen", "Lien", "Ine", "Yvonne"],
               surnames: ["Peeters", "Janssens", "Claes", "Vanderstraeten", "Wouters", "Lenaerts", "Vermeulen", "Smets", "Mertens", "Claesen", "Vos", "Schepers", "Bosmans", "Lemmens", "Geerts", "Thijs", "Jaspers", "Vandeput"],
               languages: ["nl", "en", "fr"], weight: 36),
        Origin(men: ["Giuseppe", "Luca", "Francesco", "Antonio", "Matteo", "Salvatore", "Vincenzo", "Marco"],
               women: ["Carmela", "Rosa", "Angela", "Giulia", "Anna", "Francesca", "Concetta", "Sara"],
               surnames: ["Russo", "Bianchi", "Lombardi", "Moretti", "Ferrari", "Caruso", "Romano", "Esposito", "Marino", "Greco"],
               languages: ["it", "nl", "fr"], weight: 14),
        Origin(men: ["Mehmet", "Hüseyin", "Murat", "Kemal", "Emre", "Yusuf", "Burak", "Serkan", "Ahmet", "Ali"],
               women: ["Ayşe", "Gülşen", "Hatice", "Zeynep", "Fatma", "Elif", "Zehra", "Emine", "Defne", "Melek"],
               surnames: ["Yılmaz", "Özdemir", "Demir", "Çelik", "Arslan", "Aydın", "Kaya", "Şahin", "Koç", "Doğan"],
               languages: ["tr", "nl", "en"], weight: 16),
        Origin(men: ["Mohamed", "Youssef", "Rachid", "Samir", "Ilyas", "Amine", "Bilal", "Omar", "Soufiane"],
               women: ["Fatima", "Nadia", "Khadija", "Salma", "Naïma", "Samira", "Imane", "Hiba", "Leila", "Aïcha"],
               surnames: ["El Amrani", "El Idrissi", "Benali", "Benhaddou", "Bouzid", "Amrani", "Ouahbi", "El Khattabi", "Haddad", "Ben Salah"],
               languages: ["ar", "fr", "nl"], weight: 12),
        Origin(men: ["Łukasz", "Tomasz", "Piotr", "Jakub", "Krzysztof", "Paweł"],
               women: ["Agnieszka", "Katarzyna", "Zofia", "Maja", "Oliwia", "Ewa"],
               surnames: ["Kowalski", "Wiśniewski", "Nowak", "Zieliński", "Mazur", "Kamiński", "Wójcik"],
               languages: ["pl", "nl", "en"], weight: 6),
        Origin(men: ["Ioannis", "Konstantinos", "Dimitrios", "Georgios", "Nikos"],
               women: ["Eleni", "Maria", "Sofia", "Despina", "Katerina"],
               surnames: ["Papadopoulos", "Georgiou", "Nikolaidis", "Alexiou", "Papadakis"],
               languages: ["el", "nl", "fr"], weight: 4),
        Origin(men: ["Javier", "Antonio", "Rafael", "Diego", "Pablo", "José"],
               women: ["Dolores", "Lucía", "Carmen", "Pilar", "Mercedes"],
               surnames: ["García Fernández", "Martínez López", "Sánchez Ruiz", "Romero", "Gómez Ortega", "Navarro"],
               languages: ["es", "nl", "fr"], weight: 4),
        Origin(men: ["Jean-Pierre", "Patrick", "Emmanuel", "Josué", "Jean", "Divin"],
               women: ["Grace", "Esther", "Divine", "Precious", "Ruth", "Chantal"],
               surnames: ["Mbuyi", "Kalala", "Mukendi", "Kabongo", "Ilunga", "Ngoy", "Tshibangu"],
               languages: ["fr", "ln", "nl"], weight: 8),
    ]

    static let originWeights: [Int] = origins.map(\.weight)
}
