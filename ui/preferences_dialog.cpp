#include "preferences_dialog.h"

#include "language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace c360::ui {

PreferencesDialog::PreferencesDialog(QSettings& settings, const QString& runningLanguage,
                                     QWidget* parent)
    : QDialog(parent), settings_(settings), runningLanguage_(runningLanguage),
      language_(new QComboBox), restartNote_(new QLabel),
      reopenLast_(new QCheckBox(tr("&Open the last workspace at start"))) {
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(440);

    const QString desktop = resolveLanguage(QString(), QLocale().uiLanguages());
    QString desktopName;
    for (const Language& language : workbenchLanguages())
        if (language.code == desktop)
            desktopName = language.nativeName;
    //: First entry of the language list: use the desktop's language; %1 is its name.
    language_->addItem(tr("As the desktop (%1)").arg(desktopName), QString());
    for (const Language& language : workbenchLanguages())
        language_->addItem(language.nativeName, language.code);
    const int saved = language_->findData(settings_.value(kLanguageKey).toString());
    language_->setCurrentIndex(saved < 0 ? 0 : saved);
    language_->setAccessibleName(tr("Language"));
    language_->setAccessibleDescription(
        tr("The language of menus, windows and messages. Numbers and dates follow the "
           "regional format of the desktop."));

    restartNote_->setWordWrap(true);
    restartNote_->setAccessibleName(tr("Language note"));
    reopenLast_->setChecked(settings_.value(kReopenLastWorkspaceKey, true).toBool());
    reopenLast_->setAccessibleName(tr("Open the last workspace at start"));
    reopenLast_->setAccessibleDescription(
        tr("Without it the workbench starts on the demo workspace."));

    auto* form = new QFormLayout;
    auto* languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(language_);
    form->addRow(languageLabel, language_);
    form->addRow(QString(), restartNote_);
    form->addRow(QString(), reopenLast_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(language_, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

QString PreferencesDialog::restartNote() const {
    return restartNote_->text();
}

void PreferencesDialog::updateRestartNote() {
    const QString chosen =
        resolveLanguage(language_->currentData().toString(), QLocale().uiLanguages());
    restartNote_->setText(chosen == runningLanguage_
                              ? QString()
                              : tr("The workbench shows the new language the next time it "
                                   "starts."));
    restartNote_->setVisible(!restartNote_->text().isEmpty());
}

void PreferencesDialog::accept() {
    const QString code = language_->currentData().toString();
    if (code.isEmpty())
        settings_.remove(kLanguageKey);
    else
        settings_.setValue(kLanguageKey, code);
    settings_.setValue(kReopenLastWorkspaceKey, reopenLast_->isChecked());
    QDialog::accept();
}

} // namespace c360::ui
