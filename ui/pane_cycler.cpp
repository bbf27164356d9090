#include "pane_cycler.h"

#include <QApplication>
#include <QDockWidget>
#include <QWidget>

namespace c360::ui {

PaneCycler::PaneCycler(QObject* parent) : QObject(parent) {}

void PaneCycler::addPane(QWidget* pane, const QString& name) {
    panes_.push_back({pane, name});
}

int PaneCycler::currentPane() const {
    const QWidget* focus = QApplication::focusWidget();
    for (std::size_t i = 0; i < panes_.size(); ++i) {
        const QWidget* pane = panes_[i].widget;
        if (pane && focus && (focus == pane || pane->isAncestorOf(focus)))
            return static_cast<int>(i);
    }
    return -1;
}

QString PaneCycler::paneName(int index) const {
    return index >= 0 && index < static_cast<int>(panes_.size())
               ? panes_[static_cast<std::size_t>(index)].name
               : QString();
}

void PaneCycler::focusNextPane() {
    focusPane(+1);
}

void PaneCycler::focusPreviousPane() {
    focusPane(-1);
}

namespace {

// The widget in `pane` that should take the focus: the pane itself when it accepts focus,
// else its first child in tab order that does.
QWidget* focusTarget(QWidget* pane) {
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    QWidget* w = pane->nextInFocusChain();
    while (w && w != pane) {
        if (pane->isAncestorOf(w) && w->isVisibleTo(pane) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            return w;
        w = w->nextInFocusChain();
    }
    return nullptr;
}

} // namespace

void PaneCycler::focusPane(int step) {
    const int count = static_cast<int>(panes_.size());
    if (count == 0)
        return;
    int index = currentPane();
    if (index < 0)
        index = step > 0 ? -1 : 0;
    for (int tries = 0; tries < count; ++tries) {
        index = (index + step + count) % count;
        QWidget* pane = panes_[static_cast<std::size_t>(index)].widget;
        if (!pane || !pane->isVisible())
            continue;
        if (QWidget* target = focusTarget(pane)) {
            // A pane reached by key must show its focus frame as Tab would show it.
            target->window()->setAttribute(Qt::WA_KeyboardFocusChange);
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            emit paneFocused(panes_[static_cast<std::size_t>(index)].name);
            return;
        }
    }
}

} // namespace c360::ui
