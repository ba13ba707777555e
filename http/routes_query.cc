// Routes answered by the query library (query/): neighbourhoods, paths,
// rankings, communities and exports.
#include "http/params.h"
#include "http/routes.h"

namespace lkg::http {

void RegisterQueryRoutes(httplib::Server& server, ApiContext& ctx) {
  (void)ctx;
  for (const char* route : {"/api/v1/path", "/api/v1/rank", "/api/v1/communities", "/api/v1/export",
                            R"(/api/v1/nodes/([^/]+)/neighbors)"}) {
    server.Get(route, [](const httplib::Request&, httplib::Response& res) {
      SendError(res, NotImplemented("this route needs the query library, which this build lacks"));
    });
  }
}

}  // namespace lkg::http
