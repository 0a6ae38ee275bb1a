#include "UiLayer.h"

namespace sellercrm {

const char* uiLayerName()
{
    return "ui";
}

} // namespace sellercrm
