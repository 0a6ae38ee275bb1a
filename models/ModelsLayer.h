#pragma once

namespace sellercrm {

// Placeholder so the models layer builds until its issue fills it.
const char* modelsLayerName();

} // namespace sellercrm
