// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/HeadlessExport.h"

#include "app/DemoServer.h"
#include "app/Session.h"
#include "app/keychain/KeychainTokenStore.h"
#include "models/export/ResourceExport.h"
#include "models/profiles/ProfileStore.h"
#include "models/secrets/FileTokenStore.h"
#include "models/sim/Simulator.h"
#include "models/views/ViewStore.h"
#include "wpc/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace wpc {

HeadlessExport::HeadlessExport(const LaunchOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
#ifdef Q_OS_UNIX
    m_terminal = ::isatty(STDERR_FILENO) == 1;
#endif
}

HeadlessExport::~HeadlessExport() = default;

int HeadlessExport::start()
{
    ProfileStore profiles;
    switch (m_options.mode) {
    case LaunchOptions::Mode::Demo: {
        m_demo = std::make_unique<DemoServer>(m_options.demoResources);
        QString why;
        if (!m_demo->start(&why)) {
            std::fprintf(
                stderr, "%s: %s\n", kExecutableName, qPrintable(tr("The demo simulator could not start: %1").arg(why)));
            return CommandLine::kFailed;
        }
        Profile demo = ProfileStore::demoProfile();
        demo.serverRoot = m_demo->url();
        connectWith(demo, sim::Simulator::staffToken());
        return -1;
    }
    case LaunchOptions::Mode::Url:
    case LaunchOptions::Mode::Profile: {
        const std::optional<Profile> profile = m_options.mode == LaunchOptions::Mode::Url
            ? profiles.forAddress(m_options.serverRoot)
            : profiles.findByName(m_options.profileName);
        if (!profile) {
            std::fprintf(stderr, "%s: %s\n", kExecutableName,
                qPrintable(tr("There is no profile called \"%1\".").arg(m_options.profileName)));
            return CommandLine::kUsageError;
        }
        if (profile->isPlainHttpRemote() && !profile->plainHttpConsent) {
            std::fprintf(stderr, "%s: %s\n", kExecutableName, qPrintable(plainHttpRefusal(*profile)));
            return CommandLine::kUsageError;
        }
        if (!m_options.token.isEmpty()) {
            connectWith(*profile, m_options.token);
            return -1;
        }
        if (profile->secret == Profile::Secret::Keychain) {
            m_tokens = std::make_unique<KeychainTokenStore>();
        } else if (profile->secret == Profile::Secret::File) {
            m_tokens = std::make_unique<FileTokenStore>(FileTokenStore::defaultFolder());
        } else {
            std::fprintf(stderr, "%s: %s\n", kExecutableName,
                qPrintable(tr("%1 remembers no token: set WALDUR_TOKEN.").arg(profile->name)));
            return CommandLine::kUsageError;
        }
        m_tokens->read(profile->id, this, [this, profile = *profile](const TokenStoreResult &result) {
            if (!result.ok()) {
                end(CommandLine::kFailed,
                    tr("No token for %1: %2 Set WALDUR_TOKEN.").arg(profile.name, result.message));
                return;
            }
            connectWith(profile, result.token);
        });
        return -1;
    }
    case LaunchOptions::Mode::ConnectDialog:
        break;
    }
    return CommandLine::kUsageError;
}

void HeadlessExport::connectWith(const Profile &profile, const QByteArray &token)
{
    ExportRequest request;
    request.query = m_options.exportOptions.query;
    request.columns = m_options.exportOptions.columns;
    if (const QString &name = m_options.exportOptions.viewName; !name.isEmpty()) {
        // The profile's views, as its window keeps them; a view without columns of its own takes the default.
        const ViewStore views(ProfileStore::settingsGroupOf(profile.id));
        const std::optional<SavedView> view = views.findByName(name);
        if (!view) {
            QStringList names;
            for (const SavedView &known : views.views()) {
                names << known.name;
            }
            end(CommandLine::kUsageError,
                tr("There is no view called \"%1\" for %2. The views are: %3.")
                    .arg(name, profile.name, names.join(QStringLiteral(", "))));
            return;
        }
        request.query = view->query;
        request.columns = view->columns.isEmpty() ? ResourceColumns::defaultVisible() : view->columns;
    }
    m_session = std::make_unique<Session>(profile, token);
    request.path = QDir::current().absoluteFilePath(m_options.exportOptions.path);
    request.format = ExportFormats::fromPath(request.path).value_or(ExportFormat::Csv);
    m_export = std::make_unique<ResourceExport>(m_session->client(), request);
    connect(m_export.get(), &ResourceExport::progress, this, &HeadlessExport::showProgress);
    connect(m_export.get(), &ResourceExport::finished, this, [this](bool ok, const QString &message) {
        if (ok && m_terminal) {
            std::fprintf(stderr, "\r%s\n",
                qPrintable(tr("Wrote %Ln resources to %1.", nullptr, int(m_export->rowsWritten()))
                               .arg(QDir::toNativeSeparators(m_export->request().path))));
        }
        end(ok ? 0 : CommandLine::kFailed, message);
    });
    m_export->start();
}

void HeadlessExport::showProgress(qint64 written, qint64 total)
{
    if (!m_terminal) {
        return;
    }
    const QString line = total >= 0 ? tr("%L1 of %L2 resources written").arg(written).arg(total)
                                    : tr("%L1 resources written").arg(written);
    std::fprintf(stderr, "\r%s", qPrintable(line));
    std::fflush(stderr);
}

void HeadlessExport::end(int code, const QString &message)
{
    if (code != 0) {
        if (m_terminal) {
            std::fputc('\n', stderr);
        }
        // One line, for a cron job's mail or a log: the server's words may span several.
        std::fprintf(stderr, "%s: %s\n", kExecutableName, qPrintable(message.simplified()));
    }
    // After this callback has returned: the export and its session go as the loop ends.
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

} // namespace wpc
