// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ResourceQuery.h"
#include "models/actions/BulkRun.h"
#include "models/domain/Entities.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace wpc {

class TargetCollector;

// One operation over the selected rows, in three steps. The parameters, if any, were asked before by the
// operation's own dialog in bulk mode and come as `parameters` (the action for one target: its body is
// sent to each, or a body per target with each one's change listed). Preview: how many rows it acts on and how many it
// skips and why, the body each request sends, a toggle's direction to choose (nothing is preselected), the count to
// type for a destructive operation (terminate, unlink, move) and how many requests at once. Running: done, failed,
// unknown and skipped with an ETA; Cancel sends nothing more. Report: a line per resource with the server's message,
// Retry failed, and Save report (CSV). Closing while it runs asks first, then cancels and lets the requests in flight
// finish. Closing hides it: whoever opened it keeps it (and its report) until the next run.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(ActionRunner *runner,
        Operation operation,
        const BulkPreview &preview,
        QWidget *parent,
        const std::optional<BulkParameters> &parameters = std::nullopt);
    ~BulkActionDialog() override;

    BulkRun *run() const
    {
        return m_run;
    }
    // The report's table (the last run's lines) stays readable after a run.
    QTableWidget *report() const
    {
        return m_report;
    }

    void reject() override;
    // Offers "all N resources matching the current filter" besides the selection: chosen, they are read
    // from the server page by page (TargetCollector) and previewed by the same rules and `skip`.
    void offerAllMatching(ProviderResourcesApi *api,
        const ResourceQuery &query,
        qint64 total,
        const std::optional<CurrentUser> &user,
        const BulkSkipRule &skip);

Q_SIGNALS:
    void statusMessage(const QString &text);
    void runStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPreviewPage();
    void applyPreview(const BulkPreview &preview);
    void collectAllMatching();
    void buildRunPage();
    void buildReportPage();
    void showPage(int index);
    void updateStartButton();
    void start(BulkRun *run);
    void updateProgress();
    void showReport();
    void retryFailed();
    void saveReport();
    ResourceAction actionFor(const QString &uuid) const;
    void showBody();

    ActionRunner *m_runner;
    Operation m_operation;
    std::optional<BulkParameters> m_parameters;
    BulkPreview m_selection; // the preview of the selected rows
    QList<BulkItem> m_items; // the targets now previewed: the selection's or all matching
    int m_acting = 0;
    QPointer<BulkRun> m_run;
    QStackedWidget *m_pages;
    QButtonGroup *m_direction = nullptr; // toggles only: id 1 = set the flag, 0 = clear it
    QString m_slowDown; // the server's last request to slow down (429), for the progress page
    QLabel *m_body = nullptr; // the body every request carries; none when each target has its own
    QFormLayout *m_form = nullptr;
    QLabel *m_typedCountLabel = nullptr;
    QLineEdit *m_typedCount = nullptr; // destructive operations only
    // "All matching": how to read them, and what reads them now.
    QButtonGroup *m_scope = nullptr; // id 0 = the selection, 1 = all matching
    QRadioButton *m_allMatching = nullptr;
    QPointer<TargetCollector> m_collector;
    ProviderResourcesApi *m_api = nullptr;
    ResourceQuery m_query;
    std::optional<CurrentUser> m_user;
    BulkSkipRule m_skip;
    QString m_collecting; // while reading: the progress line; after a failure: why
    QSpinBox *m_concurrency;
    QLabel *m_problem;
    QLabel *m_counts;
    QLabel *m_reasons;
    QTableWidget *m_changes = nullptr; // per-target bodies only: each acting row and its change
    QPushButton *m_start;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_report;
    QPushButton *m_retry;
    QPushButton *m_save;
    bool m_closeWhenDone = false;
};

} // namespace wpc
