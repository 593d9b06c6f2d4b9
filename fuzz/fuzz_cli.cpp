// libFuzzer target: the headless command line, `ai-trends-atlas export …` (ExportRequest::parse).
//
// Input: the arguments after "export", one per line.
#include "fuzzcheck.h"

#include "cli/exportrequest.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringList args;
    for (const QByteArray& arg : bytes.split('\n'))
        args.append(QString::fromUtf8(arg));
    QString error;
    const auto request = atlas::ExportRequest::parse(args, &error);
    if (!request) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // What parse() accepts is what the runner relies on.
    if (request->list)
        return 0;
    FUZZ_CHECK(atlas::ExportRequest::kinds().contains(request->kind));
    FUZZ_CHECK(!request->out.isEmpty() && !request->format.isEmpty());
    FUZZ_CHECK(request->width == 0 || (request->width >= 200 && request->width <= 20000));
    FUZZ_CHECK(request->height == 0 || (request->height >= 200 && request->height <= 20000));
    FUZZ_CHECK(request->scale == 0 || (request->scale >= 0.25 && request->scale <= 8));
    FUZZ_CHECK(request->dpi == 0 || (request->dpi >= 24 && request->dpi <= 1200));
    return 0;
}
