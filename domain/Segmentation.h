#pragma once

namespace sellercrm {

// Placeholder: filled by the domain issue (SEG-1..SEG-6).
int segmentationSchemaVersion();

} // namespace sellercrm
