#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QVBoxLayout;

namespace sellercrm {

class FieldErrorBinder;
class WizardModel;

// WIZ-4 step 1: segments and sub-segments with their size and an info popover; a segment with no
// buyers is disabled with a tooltip why. Default: "All your buyers in 90 days" (Regular ∪ New).
// Or a saved audience of the portrait (POR-2), chosen in `savedAudience`; its counts are the
// recipients and cost bounds.
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
    void addSavedAudiences(QVBoxLayout* layout);

    WizardModel* m_model;
    QHash<QString, QCheckBox*> m_boxes; // "seg:regular", "sub:top"
    QComboBox* m_saved = nullptr;       // item data: the saved audience's id ("" = none)
    bool m_loading = false;
};

} // namespace sellercrm
