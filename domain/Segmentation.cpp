#include "Segmentation.h"

namespace sellercrm {

int segmentationSchemaVersion()
{
    return 1;
}

} // namespace sellercrm
