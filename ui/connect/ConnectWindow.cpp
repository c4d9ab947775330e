// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connect/ConnectWindow.h"

#include "models/api/ApiClient.h"
#include "models/api/ApiError.h"
#include "models/api/TlsPolicy.h"
#include "models/profiles/ProfileStore.h"
#include "ui/widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wpc {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ConnectWindow::ConnectWindow(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_demoNote(wrappedLabel(this, QStringLiteral("demoNote")))
    , m_nameEdit(new QLineEdit(this))
    , m_urlEdit(new QLineEdit(this))
    , m_addressHint(wrappedLabel(this, QStringLiteral("addressHintLabel")))
    , m_tokenKind(new QComboBox(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the token"), this))
    , m_plainFile(new QCheckBox(tr("Keep it in a plain &file instead (not encrypted)"), this))
    , m_keychainNote(wrappedLabel(this, QStringLiteral("keychainNote")))
    , m_plainHttp(new QCheckBox(tr("Allow plain &http to this server"), this))
    , m_plainHttpWarning(wrappedLabel(this, QStringLiteral("plainHttpWarning")))
    , m_caBundleEdit(new QLineEdit(this))
    , m_caBrowse(new QToolButton(this))
    , m_pinLabel(wrappedLabel(this, QStringLiteral("pinnedCertificateLabel")))
    , m_forgetPin(new QPushButton(tr("Forget"), this))
    , m_certificatePanel(new QFrame(this))
    , m_certificateText(wrappedLabel(m_certificatePanel, QStringLiteral("certificateText")))
    , m_trustButton(new QPushButton(tr("T&rust this certificate for this profile"), m_certificatePanel))
    , m_message(wrappedLabel(this, QStringLiteral("connectMessage")))
    , m_hint(wrappedLabel(this, QStringLiteral("connectHint")))
    , m_buttons(new QDialogButtonBox(this))
    , m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("connectWindow"));
    setWindowTitle(tr("Connect to a Waldur server"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateProfileButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    m_connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setToolTip(tr("Save the profile without connecting"));
    m_buttons->addButton(QDialogButtonBox::Close);
    buildForm();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_demoNote);
    right->addWidget(m_form);
    right->addWidget(m_certificatePanel);
    right->addWidget(m_message);
    right->addStretch(1);
    right->addWidget(m_hint);
    right->addWidget(m_saveButton, 0, Qt::AlignRight);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectWindow::onSelectionChanged);
    connect(m_list, &QListWidget::itemActivated, this, &ConnectWindow::connectNow);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectWindow::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectWindow::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectWindow::askToDelete);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (saveEdits()) {
            showMessage(tr("Saved."), false);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectWindow::connectNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        // Saved with the profile, and tried at once: the token typed is still in its field.
        m_shown.pinnedSha256 = m_pendingPin;
        m_certificatePanel->hide();
        connectNow();
    });
    resize(860, 540);
    connect(m_forgetPin, &QPushButton::clicked, this, [this] {
        m_shown.pinnedSha256.clear();
        updateState();
    });
    reload();
}

ConnectWindow::~ConnectWindow() = default;

void ConnectWindow::buildForm()
{
    m_nameEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_urlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://waldur.example.com/"));
    m_tokenKind->setObjectName(QStringLiteral("tokenKindCombo"));
    m_tokenKind->addItem(tr("Token: a Waldur API token"), int(TokenKind::Token));
    m_tokenKind->addItem(tr("Bearer: a personal access token or OIDC token"), int(TokenKind::Bearer));
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);
    m_remember->setObjectName(QStringLiteral("rememberTokenCheck"));
    m_plainFile->setObjectName(QStringLiteral("plainFileCheck"));
    m_plainHttp->setObjectName(QStringLiteral("plainHttpCheck"));
    m_plainHttpWarning->setText(
        tr("The address is plain http:// to another computer: the API token would travel "
           "unencrypted, readable by anyone on the way. Use https:// if the server offers it."));
    StatusColors::applyText(m_plainHttpWarning, StatusColors::Role::Error);
    m_caBundleEdit->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundleEdit->setPlaceholderText(tr("Only for a server whose authority this computer does not trust"));
    m_caBrowse->setText(QStringLiteral("…"));
    m_caBrowse->setToolTip(tr("Choose a CA bundle file (PEM)"));
    m_forgetPin->setObjectName(QStringLiteral("forgetPinButton"));
    m_certificatePanel->setObjectName(QStringLiteral("certificatePanel"));
    m_certificatePanel->setFrameShape(QFrame::StyledPanel);
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    auto *panelLayout = new QVBoxLayout(m_certificatePanel);
    panelLayout->addWidget(m_certificateText);
    panelLayout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    m_certificatePanel->hide();
    m_message->hide();
    StatusColors::applyText(m_hint, StatusColors::Role::Neutral);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundleEdit, 1);
    caRow->addWidget(m_caBrowse);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinLabel, 1);
    pinRow->addWidget(m_forgetPin);

    auto *form = new QFormLayout(m_form);
    m_formLayout = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Address:"), m_urlEdit);
    form->addRow(QString(), m_addressHint);
    form->addRow(QString(), m_plainHttpWarning);
    form->addRow(QString(), m_plainHttp);
    form->addRow(tr("Token &kind:"), m_tokenKind);
    form->addRow(tr("&Token:"), m_tokenEdit);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_plainFile);
    form->addRow(QString(), m_keychainNote);
    auto *caLabel = new QLabel(tr("CA &bundle:"), m_form);
    caLabel->setBuddy(m_caBundleEdit);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Trusted certificate:"), pinRow);

    for (QLineEdit *edit : { m_nameEdit, m_urlEdit, m_tokenEdit, m_caBundleEdit }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectWindow::updateState);
    }
    for (QCheckBox *box : { m_remember, m_plainFile, m_plainHttp }) {
        connect(box, &QCheckBox::toggled, this, &ConnectWindow::updateState);
    }
    connect(m_caBrowse, &QToolButton::clicked, this, &ConnectWindow::browseCaBundle);
}

void ConnectWindow::reload()
{
    const QString keep = m_shown.id;
    m_loading = true;
    m_list->clear();
    m_profiles = m_store->profiles(); // read once here; the form checks against it at every keystroke
    for (const Profile &profile : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(kIdRole, profile.id);
        item->setToolTip(profile.demo ? tr("The built-in simulator") : profile.serverRoot.toString());
    }
    m_loading = false;
    m_shown = {};
    selectProfile(keep.isEmpty() ? QString::fromLatin1(ProfileStore::kDemoId) : keep);
}

const Profile *ConnectWindow::stored(const QString &id) const
{
    const auto found = std::find_if(
        m_profiles.cbegin(), m_profiles.cend(), [&id](const Profile &profile) { return profile.id == id; });
    return found == m_profiles.cend() ? nullptr : &*found;
}

void ConnectWindow::selectProfile(const QString &id)
{
    if (id == m_shown.id && m_list->currentItem() && m_list->currentItem()->data(kIdRole).toString() == id) {
        return; // shown already: what the user typed stays
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            onSelectionChanged(); // also when it was current already
            return;
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void ConnectWindow::onSelectionChanged()
{
    if (m_loading || !m_list->currentItem()) {
        return;
    }
    if (const Profile *profile = stored(m_list->currentItem()->data(kIdRole).toString())) {
        showProfile(*profile);
    }
}

void ConnectWindow::showProfile(const Profile &profile)
{
    m_loading = true;
    m_shown = profile;
    m_certificatePanel->hide();
    m_message->hide();
    m_demoNote->setVisible(profile.demo);
    m_demoNote->setText(tr("Runs a Waldur simulator inside the console, with made-up resources: no server and no "
                           "token needed. Changes you make there are forgotten when the console quits."));
    m_form->setVisible(!profile.demo);
    m_nameEdit->setText(profile.name);
    m_urlEdit->setText(profile.serverRoot.toString());
    m_tokenKind->setCurrentIndex(m_tokenKind->findData(int(profile.tokenKind)));
    m_tokenEdit->clear();
    const bool neverSaved = !stored(profile.id);
    m_remember->setChecked(neverSaved ? m_keychainAnswers : profile.secret != Profile::Secret::Session);
    m_plainFile->setChecked(profile.secret == Profile::Secret::File);
    m_plainHttp->setChecked(profile.plainHttpConsent);
    m_caBundleEdit->setText(profile.caBundlePath);
    m_loading = false;
    updateState();
}

Profile ConnectWindow::currentProfile() const
{
    Profile profile = m_shown;
    if (profile.demo) {
        return profile;
    }
    profile.name = m_nameEdit->text().trimmed();
    QString why;
    profile.serverRoot = ApiClient::normaliseServerUrl(m_urlEdit->text(), &why);
    profile.tokenKind = TokenKind(m_tokenKind->currentData().toInt());
    if (!m_remember->isChecked()) {
        profile.secret = Profile::Secret::Session;
    } else if (m_plainFile->isChecked() && !m_keychainAnswers) {
        profile.secret = Profile::Secret::File;
    } else {
        profile.secret = m_keychainAnswers ? Profile::Secret::Keychain : Profile::Secret::Session;
    }
    profile.plainHttpConsent = profile.isPlainHttpRemote() && m_plainHttp->isChecked();
    profile.caBundlePath = m_caBundleEdit->text().trimmed();
    return profile;
}

QString ConnectWindow::whyNotReady() const
{
    const Profile profile = currentProfile();
    if (profile.demo) {
        return {};
    }
    QString why;
    if (!ApiClient::normaliseServerUrl(m_urlEdit->text(), &why).isValid()) {
        return why;
    }
    if (const QString problem = ProfileStore::problemWith(profile, m_profiles); !problem.isEmpty()) {
        return problem;
    }
    if (profile.isPlainHttpRemote() && !profile.plainHttpConsent) {
        return tr("Tick \"Allow plain http\" to send the token unencrypted, or use https://.");
    }
    if (m_tokenEdit->text().trimmed().isEmpty() && !(m_tokenAvailable && m_tokenAvailable(profile))) {
        return tr("Paste the API token.");
    }
    return {};
}

void ConnectWindow::updateState()
{
    if (m_loading) {
        return;
    }
    const Profile profile = currentProfile();
    const bool saved = stored(profile.id) != nullptr;
    m_duplicateButton->setEnabled(!m_busy && saved && !profile.demo);
    m_deleteButton->setEnabled(!m_busy && saved && !profile.demo);
    m_addButton->setEnabled(!m_busy);
    m_list->setEnabled(!m_busy);
    m_form->setEnabled(!m_busy);

    QString why;
    const QUrl root = ApiClient::normaliseServerUrl(m_urlEdit->text(), &why);
    if (m_urlEdit->text().trimmed().isEmpty()) {
        m_addressHint->clear();
    } else {
        m_addressHint->setText(root.isValid() ? tr("Connects to %1api/.").arg(root.toString()) : why);
    }
    const bool plainRemote = profile.isPlainHttpRemote();
    m_formLayout->setRowVisible(m_plainHttp, plainRemote);
    m_formLayout->setRowVisible(m_plainHttpWarning, plainRemote);

    const bool offerFile = !m_keychainAnswers && m_remember->isChecked();
    m_formLayout->setRowVisible(m_plainFile, offerFile);
    m_formLayout->setRowVisible(m_keychainNote, !m_keychainAnswers);
    if (offerFile && m_plainFile->isChecked()) {
        m_keychainNote->setText(tr("The token will be written unencrypted to a file only you can read. Anyone "
                                   "with access to your account or a backup of it can use it."));
        StatusColors::applyText(m_keychainNote, StatusColors::Role::Error);
    } else {
        m_keychainNote->setText(m_keychainWhy);
        StatusColors::applyText(m_keychainNote, StatusColors::Role::Warning);
    }
    const bool typed = !m_tokenEdit->text().trimmed().isEmpty();
    m_tokenEdit->setPlaceholderText(!typed && m_tokenAvailable && m_tokenAvailable(profile)
            ? tr("Remembered; type a new one to replace it")
            : tr("Paste the token"));

    m_pinLabel->setText(
        m_shown.pinnedSha256.isEmpty() ? tr("None") : CertificateProblem::formatFingerprint(m_shown.pinnedSha256));
    m_forgetPin->setVisible(!m_shown.pinnedSha256.isEmpty());
    m_formLayout->setRowVisible(m_addressHint, !m_addressHint->text().isEmpty());

    const QString notReady = whyNotReady();
    m_connectButton->setEnabled(!m_busy && notReady.isEmpty());
    m_connectButton->setToolTip(notReady);
    m_saveButton->setEnabled(!m_busy && !profile.demo && ProfileStore::problemWith(profile, m_profiles).isEmpty());
    m_saveButton->setVisible(!profile.demo);
    // Why Connect is disabled, in sight and not only in a tooltip.
    m_hint->setText(notReady);
    m_hint->setVisible(!m_busy && !notReady.isEmpty() && notReady != m_addressHint->text());
}

void ConnectWindow::setKeychainState(bool answers, const QString &why)
{
    m_keychainAnswers = answers;
    m_keychainWhy = why;
    if (m_shown.isValid() && !stored(m_shown.id)) {
        m_remember->setChecked(answers);
    }
    updateState();
}

void ConnectWindow::setTokenAvailable(std::function<bool(const Profile &)> available)
{
    m_tokenAvailable = std::move(available);
    updateState();
}

void ConnectWindow::addProfile()
{
    Profile profile = m_store->newProfile();
    profile.secret = m_keychainAnswers ? Profile::Secret::Keychain : Profile::Secret::Session;
    auto *item = new QListWidgetItem(profile.name, m_list);
    item->setData(kIdRole, profile.id);
    m_loading = true;
    m_list->setCurrentItem(item);
    m_loading = false;
    showProfile(profile);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll(); // typing replaces "New server"
}

void ConnectWindow::duplicateProfile()
{
    if (!saveEdits()) {
        return;
    }
    Profile copy = m_store->duplicate(currentProfile());
    m_store->save(copy);
    m_shown = copy;
    reload();
    showMessage(tr("The copy has its own token: paste it before connecting."), false);
}

void ConnectWindow::askToDelete()
{
    const Profile profile = m_shown;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its remembered token and its saved filters and columns are deleted too.")
            .arg(profile.name),
        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, profile] {
        m_store->remove(profile.id);
        Q_EMIT profileDeleted(profile);
        m_shown = {};
        reload();
        showMessage(tr("The profile \"%1\" was deleted.").arg(profile.name), false);
    });
    box->open();
}

bool ConnectWindow::saveEdits()
{
    const Profile profile = currentProfile();
    if (profile.demo) {
        return true;
    }
    if (const QString problem = m_store->problemWith(profile); !problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    m_store->save(profile);
    m_shown = profile;
    if (const Profile *known = stored(profile.id)) {
        m_profiles[int(known - m_profiles.constData())] = profile;
    } else {
        m_profiles.append(profile);
    }
    if (QListWidgetItem *item = m_list->currentItem()) {
        item->setText(profile.name);
        item->setToolTip(profile.serverRoot.toString());
    }
    return true;
}

void ConnectWindow::connectNow()
{
    if (m_busy || !whyNotReady().isEmpty() || !saveEdits()) {
        return;
    }
    setBusy(true);
    Q_EMIT connectRequested(currentProfile(), m_tokenEdit->text().trimmed().toUtf8());
}

void ConnectWindow::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_certificatePanel->hide();
        showMessage(tr("Connecting to %1…").arg(currentProfile().name), false);
    }
    updateState();
}

void ConnectWindow::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    StatusColors::applyText(m_message, error ? StatusColors::Role::Error : StatusColors::Role::Neutral);
    m_message->setVisible(!message.isEmpty());
}

void ConnectWindow::showError(const ApiError &error)
{
    setBusy(false);
    QString text = error.message;
    if (error.kind == ApiError::Kind::Unauthorized) {
        text += QLatin1Char(' ')
            + (currentProfile().tokenKind == TokenKind::Token
                    ? tr("Check that the whole token was pasted. A personal access token or an OIDC token needs the "
                         "token kind Bearer.")
                    : tr("Check that the whole token was pasted. A Waldur API token (user profile ▸ Credentials ▸ "
                         "API token) needs the token kind Token."));
    }
    showMessage(text, true);
    m_tokenEdit->setFocus();
}

void ConnectWindow::showCertificateProblem(const CertificateProblem &problem)
{
    setBusy(false);
    m_pendingPin = problem.sha256;
    m_certificateText->setText(problem.toPlainText());
    m_certificatePanel->show();
    showMessage(tr("The connection was stopped before the token was sent."), true);
}

void ConnectWindow::browseCaBundle()
{
    auto *dialog = new QFileDialog(
        this, tr("CA bundle"), m_caBundleEdit->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_caBundleEdit, &QLineEdit::setText);
    dialog->open();
}

} // namespace wpc
