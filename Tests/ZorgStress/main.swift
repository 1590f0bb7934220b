import CaseModel
import Foundation

// A test-only writer for the crash and contention tests (Tests/ZorgCLITests/Trust*.swift). It is not part of
// the shipped `zorg`: it saves dossiers in a loop as the user at the terminal (no identity switch) and prints
// one acknowledgement line, unbuffered, after each save that returned success, so a test that kills it with
// SIGKILL knows exactly which saves it may demand to find.
//
//   ZorgStress saves STORE PREFIX COUNT          create or change dossiers PREFIX-0 … PREFIX-9, COUNT times
//   ZorgStress increment STORE DOSSIER TAG COUNT add COUNT notes "TAG-i" and bump the counter (house number),
//                                                reloading and retrying after every stale refusal

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("ZorgStress: " + message + "\n").utf8))
    exit(3)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 4 else { fail("usage: saves STORE PREFIX COUNT | increment STORE DOSSIER TAG COUNT") }

do {
    let store = try CaseStore(at: arguments[1], lockTimeout: .seconds(30))
    switch arguments[0] {
    case "saves":
        let prefix = arguments[2]
        let count = Int(arguments[3]) ?? 0
        for i in 0..<count {
            let id = DossierID(rawValue: "\(prefix)-\(i % 10)")!
            var household: Household
            do {
                household = try store.load(id)
            } catch StoreError.notFound {
                household = Household(id: id, members: [Person(firstName: "Test", lastName: "Persoon", role: .aanvrager)])
            }
            // The street names the revision being written, so the test can check the content, not only the number.
            household.address.street = "r\(household.revision + 1)"
            let saved = try store.save(household)
            say("ack \(saved.id.rawValue) \(saved.revision)")
        }
    case "increment":
        guard arguments.count >= 5, let id = DossierID(rawValue: arguments[2]) else { fail("bad arguments") }
        let tag = arguments[3]
        let count = Int(arguments[4]) ?? 0
        var stale = 0
        for i in 0..<count {
            while true {
                var household = try store.load(id)
                household.address.houseNumber = String((Int(household.address.houseNumber ?? "0") ?? 0) + 1)
                household.notes.append(Note(date: Day(year: 2026, month: 11, day: 23)!, author: tag, text: "\(tag)-\(i)"))
                do {
                    let saved = try store.save(household)
                    say("ack \(saved.id.rawValue) \(saved.revision)")
                    break
                } catch StoreError.stale {
                    stale += 1
                }
            }
        }
        say("stale \(stale)")
    default:
        fail("unknown mode \(arguments[0])")
    }
} catch {
    fail(String(describing: error))
}
