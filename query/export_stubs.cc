#include "query/export.h"
namespace lkg::query {
namespace { Status NotYet() { return Status::Internal("this export format is not built yet"); } }
Status WriteGraphml(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteGexf(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteCyjs(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteDot(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteCsvNodes(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteCsvEdges(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteCypher(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteNeo4jAdminNodes(const ExportScope&, std::ostream&) { return NotYet(); }
Status WriteNeo4jAdminEdges(const ExportScope&, std::ostream&) { return NotYet(); }
}  // namespace lkg::query
