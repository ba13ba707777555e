#include "http/export_stream.h"

#include <cstdio>
#include <ostream>
#include <streambuf>

namespace lkg::http {
namespace {

// A buffered std::streambuf writing to an httplib DataSink. (httplib's own
// DataSink::os fails on single characters: its streambuf has no overflow.)
class SinkBuffer : public std::streambuf {
 public:
  explicit SinkBuffer(httplib::DataSink& sink) : sink_(sink) { setp(buffer_, buffer_ + sizeof buffer_); }
  // Sends what is buffered; false once the client is gone.
  bool Drain() {
    size_t n = static_cast<size_t>(pptr() - pbase());
    if (n > 0 && ok_) ok_ = sink_.write(pbase(), n);
    setp(buffer_, buffer_ + sizeof buffer_);
    return ok_;
  }

 protected:
  int overflow(int c) override {
    if (!Drain()) return traits_type::eof();
    if (c != traits_type::eof()) sputc(static_cast<char>(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  httplib::DataSink& sink_;
  char buffer_[16384];
  bool ok_ = true;
};

}  // namespace

bool StreamWholeGraph(const GraphReader& reader, query::ExportFormat format, const query::ExportOptions& options,
                      httplib::DataSink& sink) {
  SinkBuffer buffer(sink);
  std::ostream out(&buffer);
  query::ExportScope scope = query::ExportScope::WholeGraph(reader);
  Status written = query::WriteExport(format, scope, options, out);
  if (written.ok() && buffer.Drain()) {
    sink.done();
    return true;
  }
  if (!written.ok()) std::fprintf(stderr, "lkg serve: export stopped: %s\n", written.ToString().c_str());
  return false;
}

}  // namespace lkg::http
