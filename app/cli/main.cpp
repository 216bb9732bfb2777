#include "cli_common.h"
#include "util/missing_library.h"

#ifdef DW_WITH_MIMALLOC
#include <mimalloc.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

#ifdef DW_WITH_MIMALLOC
// A lint of many files grows the heap by megabytes in a few dozen milliseconds, and first touches of fresh 4 KiB
// pages cost a tenth of such a run or more (each one a page fault). Two mimalloc options cut them to a few dozen:
// 2 MiB pages (transparent huge pages where the system allows them, silently ordinary pages where not), and
// committing each thread's first segment whole instead of 64 KiB at a time (a huge page cannot back memory
// committed piecemeal). mimalloc reads its options as it starts, before main() and before any constructor of ours:
// .preinit_array runs earlier still. These only change the defaults: MIMALLOC_LARGE_OS_PAGES and
// MIMALLOC_EAGER_COMMIT_DELAY still decide when they are set.
void preferLargeAllocatorPages(int, char**, char**)
{
    mi_option_set_default(mi_option_large_os_pages, 1);
    mi_option_set_default(mi_option_eager_commit_delay, 0);
}
[[gnu::used, gnu::section(".preinit_array")]] void (*const kPreferLargeAllocatorPages)(int, char**, char**) =
    preferLargeAllocatorPages;
#endif

constexpr const char* kUsage = R"(usage: dockwarden-cli <command> [options]

commands:
  lint [options] FILE... | -     lint Dockerfiles, Compose files and shell scripts (see `dockwarden-cli lint --help`)
  check-run [options] -- docker run [OPTIONS] IMAGE [COMMAND]
                                 check one docker run / create command line (see `dockwarden-cli check-run --help`)
  parse [--format json|buildkit] FILE | -
                                 print the parse tree
  host [--host URL] [--context NAME] [--format text|json|sarif]
                                 inspect a Docker host (see `dockwarden-cli host --help`)
  image NAME|ID | --tar FILE | --oci-dir DIR [--format text|json|sarif] [--sbom FILE]
                                 analyse an image's layers (see `dockwarden-cli image --help`)
  rules [--engine dockerfile|host|image] [--format text|json|markdown] [--lang en|zh_CN]
                                 list every rule and check with its texts
  report --out FILE [--format pdf|html|json] (FILE... | host ... | image ... | check-run ... | --history ID)
                                 export a scan as a PDF, HTML or JSON report (see `dockwarden-cli report --help`)
  training list|check|summary     the training lessons and a class's progress (see `dockwarden-cli training --help`)
  history list|show ID|diff [ID_OLD ID_NEW]
                                 the scans recorded with `lint --record` (see `dockwarden-cli history --help`)
  version                        print the version
)";

int dispatch(std::vector<std::string> args);

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kLeakChecked = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kLeakChecked = true;
#else
constexpr bool kLeakChecked = false;
#endif
#else
constexpr bool kLeakChecked = false;
#endif

/// The exit code once standard output is flushed: 2, said on stderr, when it could not all be written (a full
/// disk, a closed pipe whose signal is ignored), so that a script never takes a cut-off report for a whole one.
int checkOutputWritten(int status)
{
    errno = 0;
    const bool failed = !std::cout.flush() || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (!failed) return status;
    const int error = errno;
    std::fprintf(stderr, "dockwarden-cli: cannot write to standard output%s%s\n", error ? ": " : "",
                 error ? std::strerror(error) : "");
    return dw::cli::UsageOrIoError;
}

/// Ends a lint once its output is out. It leaves megabytes of findings, rules and tables behind, and the kernel
/// takes the address space back at once, sooner than destructors and the allocator would hand it back piece by
/// piece (0.8 ms of a 50 ms corpus run). Sanitizer builds end the usual way, so that their leak check still runs.
int endLint(int status)
{
    status = checkOutputWritten(status);
    if (kLeakChecked) return status;
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(status);
}

} // namespace

// Whatever escapes a command (an allocation that failed, an exception nobody expected) ends as one clear line
// and exit code 2, never as an abort.
int main(int argc, char** argv)
{
    try {
        return checkOutputWritten(dispatch(std::vector<std::string>(argv + 1, argv + argc)));
    } catch (const dw::util::MissingLibrary& missing) {
        std::fprintf(stderr, "dockwarden-cli: %s\n", missing.what());
    } catch (const std::bad_alloc&) {
        std::fputs("dockwarden-cli: out of memory: the input is too large or too complex to process\n", stderr);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "dockwarden-cli: internal error: %s\n", error.what());
    } catch (...) {
        std::fputs("dockwarden-cli: internal error\n", stderr);
    }
    return dw::cli::UsageOrIoError;
}

namespace {

int dispatch(std::vector<std::string> args)
{
    if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? dw::cli::UsageOrIoError : dw::cli::Success;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "lint") return endLint(dw::cli::runLint(args));
    if (command == "check-run") return endLint(dw::cli::runCheckRun(args));
    if (command == "parse") return dw::cli::runParse(args);
    if (command == "rules") return dw::cli::runRules(args);
    if (command == "host") return dw::cli::runHost(args);
    if (command == "image") return dw::cli::runImage(args);
    if (command == "history") return dw::cli::runHistory(args);
    if (command == "report") return dw::cli::runReport(args);
    if (command == "training") return dw::cli::runTraining(args);
    if (command == "version" || command == "--version") {
        std::cout << "dockwarden-cli " << DOCKWARDEN_VERSION << "\n";
        return dw::cli::Success;
    }
    std::cerr << "dockwarden-cli: unknown command '" << command << "'\n" << kUsage;
    return dw::cli::UsageOrIoError;
}

} // namespace
