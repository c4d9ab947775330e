// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace wpc {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "wpc.i18n")

bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcI18n) << "Loaded" << translator->filePath();
    return true;
}
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English first, as the fallback: it carries the plural forms ("1 resource", "2 resources") that the
    // source text leaves open, for the C locale, untranslated languages and strings not translated yet.
    // A translator installed later is asked first.
    const QString name = QStringLiteral("waldur-provider-console");
    install(app, QLocale(QLocale::English), name, QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return false;
    }
    return install(app, locale, name, QStringLiteral(":/i18n"));
}

} // namespace wpc
