#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QVBoxLayout;

namespace sellercrm {

class FieldErrorBinder;
class WizardModel;

// WIZ-4 step 1: segments and sub-segments with their size and an info popover; a segment with no
// buyers is disabled with a tooltip why. Default: "All your buyers in 90 days" (Regular ∪ New).
class AudienceStep final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceStep)

public:
    AudienceStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent = nullptr);
    void load();

private:
    QCheckBox* addRow(QVBoxLayout* layout, const QString& code, const QString& name, qint64 buyers,
                      const QString& description, int indent);
    void store();

    WizardModel* m_model;
    QHash<QString, QCheckBox*> m_boxes; // "seg:regular", "sub:top"
    bool m_loading = false;
};

} // namespace sellercrm
