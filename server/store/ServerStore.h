#pragma once

namespace sellercrm::server {

// Placeholder so server_core builds until the server issue fills it.
int serverStoreSchemaVersion();

} // namespace sellercrm::server
