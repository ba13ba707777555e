// Placeholder so the ingest library has a source until its first real file lands.
namespace lkg { [[maybe_unused]] static int ingest_placeholder = 0; }
