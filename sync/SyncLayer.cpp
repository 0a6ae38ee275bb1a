#include "SyncLayer.h"

namespace sellercrm {

const char* syncLayerName()
{
    return "sync";
}

} // namespace sellercrm
