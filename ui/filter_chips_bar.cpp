#include "filter_chips_bar.h"

#include "filter_parts.h"
#include "query_controller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

namespace c360::ui {

FilterChipsBar::FilterChipsBar(QueryController* controller, const QLocale& locale, QWidget* parent)
    : QWidget(parent), controller_(controller), locale_(locale), row_(nullptr),
      empty_(new QLabel(tr("No filters"))) {
    setObjectName(QStringLiteral("filterChipsBar"));
    setAccessibleName(tr("Active filters"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("Filters:"));
    outer->addWidget(caption);
    // Many chips scroll sideways instead of widening the window.
    auto* scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget;
    row_ = new QHBoxLayout(content);
    row_->setContentsMargins(0, 0, 0, 0);
    row_->addWidget(empty_);
    row_->addStretch(1);
    scroll->setWidget(content);
    // As tall as a chip plus the scroll bar that appears when they overflow.
    scroll->setFixedHeight(QPushButton(QStringLiteral("X")).sizeHint().height() +
                           scroll->horizontalScrollBar()->sizeHint().height() + 4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    outer->addWidget(scroll, 1);
    connect(controller_, &QueryController::filterChanged, this, &FilterChipsBar::rebuild);
    rebuild();
}

QList<QPushButton*> FilterChipsBar::chips() const {
    return chips_;
}

void FilterChipsBar::rebuild() {
    // The chip being activated may be the sender: hide now, delete once its signal returns.
    for (QPushButton* chip : std::as_const(chips_)) {
        chip->hide();
        chip->deleteLater();
    }
    chips_.clear();
    const std::vector<FilterPart> parts = filterParts(controller_->filter(), locale_);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        QString text = parts[i].label;
        auto* chip = new QPushButton(text.replace(QLatin1Char('&'), QLatin1String("&&")) +
                                     QStringLiteral("  ✕"));
        chip->setAccessibleName(tr("Remove filter %1").arg(parts[i].label));
        chip->setToolTip(tr("Remove filter %1").arg(parts[i].label));
        chip->setFocusPolicy(Qt::StrongFocus);
        // Enter as well as Space activates, as it does in dialogs.
        chip->setAutoDefault(true);
        const int index = static_cast<int>(i);
        connect(chip, &QPushButton::clicked, this, [this, index] { removePart(index); });
        row_->insertWidget(row_->count() - 1, chip);
        chips_.append(chip);
    }
    empty_->setVisible(chips_.isEmpty());
    if (focusAfterRebuild_ >= 0) {
        // Focus stays in the row: on the chip that took the removed one's place.
        if (!chips_.isEmpty())
            chips_[std::min(focusAfterRebuild_, static_cast<int>(chips_.size()) - 1)]->setFocus(
                Qt::OtherFocusReason);
        focusAfterRebuild_ = -1;
    }
}

void FilterChipsBar::removePart(int index) {
    CustomerFilter filter = controller_->filter();
    const std::vector<FilterPart> parts = filterParts(filter, locale_);
    if (index < 0 || index >= static_cast<int>(parts.size()))
        return;
    parts[static_cast<std::size_t>(index)].remove(filter);
    focusAfterRebuild_ = index;
    controller_->setFilter(filter);
}

} // namespace c360::ui
