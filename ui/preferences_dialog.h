// Edit → Preferences: the workbench's language and what it opens at start, kept in QSettings.
// A new language takes effect at the next start (every window would otherwise have to be
// rebuilt in place), and the dialog says so as soon as another one is chosen.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace c360::ui {

// Whether the workbench reopens the last workspace at start (else it opens the demo).
inline constexpr char kReopenLastWorkspaceKey[] = "workspace/reopenLast";

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `runningLanguage` is the language this session shows ("de"), to tell a change apart.
    PreferencesDialog(QSettings& settings, const QString& runningLanguage,
                      QWidget* parent = nullptr);

    // The note under the language choice: empty while the choice is the running language.
    QString restartNote() const;

public slots:
    void accept() override;

private:
    void updateRestartNote();

    QSettings& settings_;
    QString runningLanguage_;
    QComboBox* language_;
    QLabel* restartNote_;
    QCheckBox* reopenLast_;
};

} // namespace c360::ui
