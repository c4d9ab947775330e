// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profiles/Profile.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace wpc {

class ProfileStore;
struct ApiError;
struct CertificateProblem;

// File ▸ Connect to…: the profiles on the left (Demo first, then the most recent), the selected one's
// settings on the right, and Connect. It edits and saves profiles itself; connecting, tokens and
// certificates are the composition root's, which answers with setBusy(), showError() or
// showCertificateProblem(). Never modal: the current session's window stays usable behind it.
class ConnectWindow : public QDialog
{
    Q_OBJECT

public:
    ConnectWindow(ProfileStore *store, QWidget *parent = nullptr);
    ~ConnectWindow() override;

    // Whether a keychain answered: "Remember token" is on by default only then; otherwise the plain file
    // is offered as a warned opt-in.
    void setKeychainState(bool answers, const QString &why);
    // Whether a token for the profile is at hand without typing (remembered, or kept for this session).
    void setTokenAvailable(std::function<bool(const Profile &)> available);
    void selectProfile(const QString &id);
    Profile currentProfile() const; // as on screen
    void setBusy(bool busy);
    void showMessage(const QString &message, bool error);
    void showError(const ApiError &error);
    void showCertificateProblem(const CertificateProblem &problem);
    void reload(); // the profiles as stored now

Q_SIGNALS:
    void connectRequested(const wpc::Profile &profile, const QByteArray &token);
    void profileDeleted(const wpc::Profile &profile);

private:
    void buildForm();
    void showProfile(const Profile &profile);
    void onSelectionChanged();
    void addProfile();
    void duplicateProfile();
    void askToDelete();
    bool saveEdits();
    void connectNow();
    void updateState();
    QString whyNotReady() const;
    const Profile *stored(const QString &id) const; // as read by reload() and saved since
    void browseCaBundle();

    ProfileStore *m_store;
    Profile m_shown; // the profile as loaded; the form holds the edits
    QList<Profile> m_profiles; // as stored, Demo included
    bool m_keychainAnswers = true;
    QString m_keychainWhy;
    bool m_busy = false;
    bool m_loading = false;
    std::function<bool(const Profile &)> m_tokenAvailable;
    QByteArray m_pendingPin; // the certificate shown in the problem panel

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QLabel *m_demoNote;
    QLineEdit *m_nameEdit;
    QLineEdit *m_urlEdit;
    QLabel *m_addressHint;
    QComboBox *m_tokenKind;
    QLineEdit *m_tokenEdit;
    QCheckBox *m_remember;
    QCheckBox *m_plainFile;
    QLabel *m_keychainNote;
    QCheckBox *m_plainHttp;
    QLabel *m_plainHttpWarning;
    QLineEdit *m_caBundleEdit;
    QToolButton *m_caBrowse;
    QLabel *m_pinLabel;
    QPushButton *m_forgetPin;
    QFrame *m_certificatePanel;
    QLabel *m_certificateText;
    QPushButton *m_trustButton;
    QLabel *m_message;
    QLabel *m_hint;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    QDialogButtonBox *m_buttons;
    QWidget *m_form;
    QFormLayout *m_formLayout = nullptr;
};

} // namespace wpc
