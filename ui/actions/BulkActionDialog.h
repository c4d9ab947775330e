// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/actions/BulkRun.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace wpc {

// One operation over the selected rows, in three steps. The parameters, if any, were asked before by the
// operation's own dialog in bulk mode and come as `parameters` (the action for one target: its body is
// sent to each). Preview: how many rows it acts on and how many it skips and why, the body each request
// sends, a toggle's direction to choose (nothing is preselected), the count to type for a destructive
// operation (terminate, unlink, move) and how many requests at once.
// Running: done, failed, unknown and skipped with an ETA; Cancel sends nothing more. Report: a line per
// resource with the server's message, Retry failed, and Save report (CSV). Closing while it runs asks
// first, then cancels and lets the requests in flight finish. Closing hides it: whoever opened it keeps
// it (and its report) until the next run.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(ActionRunner *runner,
        Operation operation,
        const BulkPreview &preview,
        QWidget *parent,
        const std::optional<ResourceAction> &parameters = std::nullopt);
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

Q_SIGNALS:
    void statusMessage(const QString &text);
    void runStarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPreviewPage(const BulkPreview &preview);
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

    ActionRunner *m_runner;
    Operation m_operation;
    std::optional<ResourceAction> m_parameters;
    QList<BulkItem> m_items;
    int m_acting = 0;
    QPointer<BulkRun> m_run;
    QStackedWidget *m_pages;
    QButtonGroup *m_direction = nullptr; // toggles only: id 1 = set the flag, 0 = clear it
    QLineEdit *m_typedCount = nullptr; // destructive operations only
    QSpinBox *m_concurrency;
    QLabel *m_problem;
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
