#pragma once

namespace sellercrm {

// Placeholder so the ui layer builds until its issue fills it.
const char* uiLayerName();

} // namespace sellercrm
