#include "ModelsLayer.h"

namespace sellercrm {

const char* modelsLayerName()
{
    return "models";
}

} // namespace sellercrm
