// The libarchive functions the image readers call, defined here and forwarded to libarchive opened by dlopen on
// the first archive_read_new(): linked, libarchive and the eight libraries it needs (libxml2 and ICU among them)
// cost every start of the programs over a millisecond, and only image analysis reads archives. The readers keep
// calling libarchive's own names; `DOCKWARDEN_LIBARCHIVE` names another copy of the library.
#include "util/missing_library.h"
#include "util/shared_library.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstdarg>
#include <cstdio>
#include <string>

namespace {

struct Archive {
    archive* (*readNew)() = nullptr;
    int (*readFree)(archive*) = nullptr;
    int (*supportFilterAll)(archive*) = nullptr;
    int (*supportFormatTar)(archive*) = nullptr;
    int (*supportFormatRaw)(archive*) = nullptr;
    int (*readOpen)(archive*, void*, archive_open_callback*, archive_read_callback*, archive_close_callback*) = nullptr;
    int (*readOpenFilename)(archive*, const char*, size_t) = nullptr;
    int (*readNextHeader)(archive*, archive_entry**) = nullptr;
    la_ssize_t (*readData)(archive*, void*, size_t) = nullptr;
    la_int64_t (*filterBytes)(archive*, int) = nullptr;
    int (*filterCount)(archive*) = nullptr;
    int (*filterCode)(archive*, int) = nullptr;
    int (*errnoOf)(archive*) = nullptr;
    const char* (*errorString)(archive*) = nullptr;
    void (*setError)(archive*, int, const char*, ...) = nullptr;
    const char* (*entryHardlink)(archive_entry*) = nullptr;
    la_int64_t (*entrySize)(archive_entry*) = nullptr;
    __LA_MODE_T (*entryFiletype)(archive_entry*) = nullptr;
    const char* (*entrySymlink)(archive_entry*) = nullptr;
    const char* (*entryPathname)(archive_entry*) = nullptr;
    const char* (*entryPathnameUtf8)(archive_entry*) = nullptr;
    la_int64_t (*entryUid)(archive_entry*) = nullptr;
    la_int64_t (*entryGid)(archive_entry*) = nullptr;
    __LA_MODE_T (*entryPerm)(archive_entry*) = nullptr;
    std::string problem;
};

Archive load()
{
    Archive library;
    dw::util::SharedLibrary archive("DOCKWARDEN_LIBARCHIVE", "libarchive.so.13", "libarchive",
                                    "to read image archives"); // the soname of every libarchive 3.x
    archive.resolve("archive_read_new", library.readNew);
    archive.resolve("archive_read_free", library.readFree);
    archive.resolve("archive_read_support_filter_all", library.supportFilterAll);
    archive.resolve("archive_read_support_format_tar", library.supportFormatTar);
    archive.resolve("archive_read_support_format_raw", library.supportFormatRaw);
    archive.resolve("archive_read_open", library.readOpen);
    archive.resolve("archive_read_open_filename", library.readOpenFilename);
    archive.resolve("archive_read_next_header", library.readNextHeader);
    archive.resolve("archive_read_data", library.readData);
    archive.resolve("archive_filter_bytes", library.filterBytes);
    archive.resolve("archive_filter_count", library.filterCount);
    archive.resolve("archive_filter_code", library.filterCode);
    archive.resolve("archive_errno", library.errnoOf);
    archive.resolve("archive_error_string", library.errorString);
    archive.resolve("archive_set_error", library.setError);
    archive.resolve("archive_entry_hardlink", library.entryHardlink);
    archive.resolve("archive_entry_size", library.entrySize);
    archive.resolve("archive_entry_filetype", library.entryFiletype);
    archive.resolve("archive_entry_symlink", library.entrySymlink);
    archive.resolve("archive_entry_pathname", library.entryPathname);
    archive.resolve("archive_entry_pathname_utf8", library.entryPathnameUtf8);
    archive.resolve("archive_entry_uid", library.entryUid);
    archive.resolve("archive_entry_gid", library.entryGid);
    archive.resolve("archive_entry_perm", library.entryPerm);
    library.problem = archive.problem();
    return library;
}

const Archive& lib()
{
    static const Archive loaded = load();
    return loaded;
}

} // namespace

// Every reader starts with archive_read_new(), so that is where a missing library is reported; the other
// functions are only reached with an archive it made.
archive* archive_read_new()
{
    if (!lib().problem.empty()) throw dw::util::MissingLibrary(lib().problem);
    return lib().readNew();
}

int archive_read_free(archive* a) { return lib().readFree(a); }
int archive_read_support_filter_all(archive* a) { return lib().supportFilterAll(a); }
int archive_read_support_format_tar(archive* a) { return lib().supportFormatTar(a); }
int archive_read_support_format_raw(archive* a) { return lib().supportFormatRaw(a); }

int archive_read_open(archive* a, void* client, archive_open_callback* open, archive_read_callback* read,
                      archive_close_callback* close)
{
    return lib().readOpen(a, client, open, read, close);
}

int archive_read_open_filename(archive* a, const char* file, size_t block) { return lib().readOpenFilename(a, file, block); }
int archive_read_next_header(archive* a, archive_entry** entry) { return lib().readNextHeader(a, entry); }
la_ssize_t archive_read_data(archive* a, void* buffer, size_t size) { return lib().readData(a, buffer, size); }
la_int64_t archive_filter_bytes(archive* a, int n) { return lib().filterBytes(a, n); }
int archive_filter_count(archive* a) { return lib().filterCount(a); }
int archive_filter_code(archive* a, int n) { return lib().filterCode(a, n); }
int archive_errno(archive* a) { return lib().errnoOf(a); }
const char* archive_error_string(archive* a) { return lib().errorString(a); }

void archive_set_error(archive* a, int error, const char* format, ...)
{
    char message[1024];
    va_list arguments;
    va_start(arguments, format);
    std::vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    lib().setError(a, error, "%s", message);
}

const char* archive_entry_hardlink(archive_entry* e) { return lib().entryHardlink(e); }
la_int64_t archive_entry_size(archive_entry* e) { return lib().entrySize(e); }
__LA_MODE_T archive_entry_filetype(archive_entry* e) { return lib().entryFiletype(e); }
const char* archive_entry_symlink(archive_entry* e) { return lib().entrySymlink(e); }
const char* archive_entry_pathname(archive_entry* e) { return lib().entryPathname(e); }
const char* archive_entry_pathname_utf8(archive_entry* e) { return lib().entryPathnameUtf8(e); }
la_int64_t archive_entry_uid(archive_entry* e) { return lib().entryUid(e); }
la_int64_t archive_entry_gid(archive_entry* e) { return lib().entryGid(e); }
__LA_MODE_T archive_entry_perm(archive_entry* e) { return lib().entryPerm(e); }
