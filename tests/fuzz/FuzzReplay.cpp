// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets without libFuzzer: feeds each file given (or each file in each folder given) to the target
// once. ctest runs it over the target's corpus (tests/fuzz/corpus/<name>/: seeds and every crash found), so
// a fixed crash stays fixed in every build, the sanitizer build included.
#include "tests/fuzz/FuzzInput.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "fuzz replay: no inputs given\n");
        return 1;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "fuzz replay: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("fuzz replay: %lld inputs, no crash\n", static_cast<long long>(files.size()));
    return 0;
}
