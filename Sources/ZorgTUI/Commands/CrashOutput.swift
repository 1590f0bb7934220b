#if canImport(Glibc)
import Glibc
#endif

/// What a crash may print: one fixed line, never the program's memory. The Swift runtime's backtracer prints
/// registers and stack contents on a trap, and a register can hold a client's national number (issue 12: a crash
/// printed one). So `zorg` takes the crash signals itself before anything else runs, writes a line without any
/// data, and dies by the same signal; a core file is not written either (it would hold the caseload). The
/// screen's own handler (Terminal/) still restores the terminal first when the UI runs.
enum CrashOutput {
    static func install() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                let line: StaticString = "zorg: interne fout; het programma stopt (er is niets van een dossier afgedrukt)\n"
                _ = write(2, line.utf8Start, line.utf8CodeUnitCount)
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(signal, &action, nil)
        }
    }
}
