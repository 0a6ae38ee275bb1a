#pragma once

namespace sellercrm {

// Placeholder so the sync layer builds until its issue fills it.
const char* syncLayerName();

} // namespace sellercrm
