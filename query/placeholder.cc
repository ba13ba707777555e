// Placeholder so the query library has a source until its first real file lands.
namespace lkg { [[maybe_unused]] static int query_placeholder = 0; }
