// Placeholder so the http library has a source until its first real file lands.
namespace lkg { [[maybe_unused]] static int http_placeholder = 0; }
