// F6 and Shift+F6 move the keyboard focus from pane to pane (filters, table, charts, saved
// segments), as in file managers and mail programs: one key per pane instead of dozens of
// Tabs. Hidden panes are skipped.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QWidget;

namespace c360::ui {

class PaneCycler : public QObject {
    Q_OBJECT

public:
    explicit PaneCycler(QObject* parent = nullptr);

    // Panes in cycling order; `name` is announced by the widget that takes focus.
    void addPane(QWidget* pane, const QString& name);

    // The pane holding the focus widget, or -1.
    int currentPane() const;
    QString paneName(int index) const;

public slots:
    void focusNextPane();
    void focusPreviousPane();

signals:
    void paneFocused(const QString& name);

private:
    void focusPane(int step);

    struct Pane {
        QPointer<QWidget> widget;
        QString name;
    };
    std::vector<Pane> panes_;
};

} // namespace c360::ui
