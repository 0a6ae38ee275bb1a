#pragma once

#include "Communication.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace sellercrm {

class FieldErrorBinder;
class WizardModel;

// WIZ-5 step 2: the six offers. Existing promotion (search, status filter, empty state with a
// link), order-total discount, promo code (generated or typed, single or multi use), installments
// (read-only term), bonuses (live cost with the discounts tooltip, recommended recipients),
// product promotion. Numbers are typed in line edits so an empty field is "missing" (WIZ-3).
class OfferStep final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferStep)

public:
    OfferStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent = nullptr);
    void load();

signals:
    void createPromotionRequested();

private:
    QWidget* buildPromotionPage(FieldErrorBinder* errors);
    QWidget* buildDiscountPage(FieldErrorBinder* errors);
    QWidget* buildBonusPage(FieldErrorBinder* errors);
    void fillPromotions();
    void store();
    void updateBonusSummary();

    WizardModel* m_model;
    bool m_loading = false;
    QButtonGroup* m_types;
    QStackedWidget* m_pages;
    // Existing promotion.
    QLineEdit* m_promotionSearch;
    QComboBox* m_promotionStatus;
    QListWidget* m_promotionList;
    QWidget* m_promotionsEmpty;
    QLabel* m_promotionsNoMatch;
    // Discount, promo code and installments share the period; discount and code the amount.
    QFormLayout* m_discountForm = nullptr; // promo code, discount, term and period rows
    QWidget* m_codeBox;
    QRadioButton* m_codeGenerate;
    QRadioButton* m_codeTyped;
    QLineEdit* m_code;
    QRadioButton* m_singleUse;
    QRadioButton* m_multiUse;
    QWidget* m_amountBox;
    QComboBox* m_unit;
    QLineEdit* m_value;
    QLineEdit* m_minOrder;
    QLabel* m_minOrderHint;
    QWidget* m_termBox;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLabel* m_visibilityNote;
    // Bonuses.
    QLineEdit* m_bonuses;
    QLineEdit* m_recipients;
    QLabel* m_recommended;
    QComboBox* m_validity;
    QLabel* m_cost;
};

} // namespace sellercrm
