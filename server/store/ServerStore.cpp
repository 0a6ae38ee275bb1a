#include "store/ServerStore.h"

namespace sellercrm::server {

int serverStoreSchemaVersion()
{
    return 0;
}

} // namespace sellercrm::server
