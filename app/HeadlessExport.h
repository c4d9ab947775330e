// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QObject>

#include <memory>

namespace wpc {

class DemoServer;
class ResourceExport;
class Session;
class TokenStore;
struct Profile;

// `--export FILE`: the export the window's File ▸ Export runs, without a window, for cron jobs. The token
// comes from WALDUR_TOKEN or the profile's keychain entry or file. It says nothing on success unless stderr
// is a terminal (then it shows progress there); a failure is one line on stderr and the exit code 1.
class HeadlessExport : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessExport(const LaunchOptions &options, QObject *parent = nullptr);
    ~HeadlessExport() override;

    // -1 when it has started (QCoreApplication::exit() ends it with the code); otherwise the exit code.
    int start();

private:
    void connectWith(const Profile &profile, const QByteArray &token);
    void end(int code, const QString &message);
    void showProgress(qint64 written, qint64 total);

    LaunchOptions m_options;
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ResourceExport> m_export;
    bool m_terminal = false;
};

} // namespace wpc
