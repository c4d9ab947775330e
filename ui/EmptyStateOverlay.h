// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace wpc {

// A message in the middle of an empty view ("No resources match these filters") with an optional button
// under it ("Clear filters"). It sits on the view's viewport and follows its size.
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateOverlay(QAbstractItemView *view);

    void showMessage(const QString &text, const QString &buttonText = {});

Q_SIGNALS:
    void buttonClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace wpc
